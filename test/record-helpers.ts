/** Helpers for the tests of record, import and undo: a clean git identity and running processes. */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { BIN, runCli, type Run } from './helpers.js';

/** No git user name from this machine, so that `by:` only appears when a test asks for it. */
export const NO_GIT = { GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };

export function run(args: string[], cwd: string, env: Record<string, string> = {}): Run {
  return runCli(args, cwd, { ...NO_GIT, ...env });
}

export function logPath(dir: string, project = 'platform'): string {
  return join(dir, 'programme', 'measurements', `${project}.yaml`);
}

export interface Started {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  done: Promise<number | null>;
}

/** Starts the built CLI without waiting for it. */
export function start(args: string[], cwd: string, env: Record<string, string> = {}): Started {
  const {
    FORCE_COLOR: _force,
    UB2030_DIR: _dir,
    LC_ALL: _all,
    LC_MESSAGES: _messages,
    ...rest
  } = process.env;
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd,
    env: { ...rest, NO_COLOR: '1', LANG: 'en_GB.UTF-8', ...NO_GIT, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  child.stderr!.on('data', (chunk: Buffer) => {
    err += chunk.toString();
  });
  const done = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return { child, stdout: () => out, stderr: () => err, done };
}

/** Resolves once the process says it paused at a test step (see src/io/test-hooks.ts). */
export async function pausedAt(started: Started, step: string): Promise<void> {
  for (;;) {
    if (started.stderr().includes(`[test] paused at ${step}`)) return;
    if (started.child.exitCode !== null)
      throw new Error(`exited before pausing at ${step}: ${started.stderr()}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
