/** Temporary programme folders from inline file trees, and the real CLI run as a process. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const BIN = join(ROOT, 'bin', 'ub2030.js');

/** Writes `files` (path → text) under a new temporary folder and returns the folder. */
export function makeTree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'ub2030-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI with `args` in `cwd`, without colours unless `env` asks for them. */
export function runCli(args: string[], cwd: string, env: Record<string, string | undefined> = {}): Run {
  const {
    FORCE_COLOR: _force, UB2030_DIR: _dir, LC_ALL: _all, LC_MESSAGES: _messages, GITHUB_ACTIONS: _actions, ...rest
  } = process.env;
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...rest, NO_COLOR: '1', LANG: 'en_GB.UTF-8', ...env } as NodeJS.ProcessEnv,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A minimal valid programme: one short-term project with one increasing count indicator. */
export const PROGRAMME_YAML = `id: test
title: Test programme
start: 2025-01-01
horizon: 2030-12-31
terms:
  - id: short
    label: Short term
    from_year: 0
    to_year: 2
  - id: long
    label: Long term
    from_year: 2
`;

export const PROJECT_YAML = `id: platform
title: Platform
term: short
goal: Build a platform.
period:
  start: 2025-01-01
  end: 2026-12-31
state: active
indicators:
  - id: registered-users
    title: Registered users
    unit: count
    direction: increase
    aggregation: level
    cadence: monthly
    baseline:
      value: 0
      date: 2025-01-01
    target:
      value: 1000
      deadline: 2026-12-31
`;

export function programmeTree(extra: Record<string, string> = {}): string {
  return makeTree({
    'programme/programme.yaml': PROGRAMME_YAML,
    'programme/projects/platform.yaml': PROJECT_YAML,
    ...extra,
  });
}
