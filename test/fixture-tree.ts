/** The reproducers in test/fixtures/bad: each copied into a small valid programme. */
import {
  cpSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { execFile } from 'node:child_process';
import { dirname, join, relative } from 'node:path';
import { BIN, ROOT, programmeTree, type Run } from './helpers.js';

export const BAD_FILES = join(ROOT, 'test', 'fixtures', 'bad');
const LINK_SUFFIX = '.symlink-outside';
const EXPECTED = /^expected(\.github)?\.(txt|json)$/;

/** The names of the reproducer folders, sorted. */
export function badCases(): string[] {
  return readdirSync(BAD_FILES)
    .filter((name) => statSync(join(BAD_FILES, name)).isDirectory())
    .sort();
}

/** A temporary folder holding `programme/`: the minimal programme with the case's files in place. */
export function badCaseTree(name: string): string {
  const dir = programmeTree();
  const from = join(BAD_FILES, name);
  for (const path of filesUnder(from)) {
    const inside = relative(from, path);
    if (EXPECTED.test(inside)) continue;
    const target = join(dir, 'programme', inside);
    if (inside.endsWith(LINK_SUFFIX)) {
      const outside = join(dir, 'outside', 'linked.yaml');
      mkdirSync(dirname(outside), { recursive: true });
      writeFileSync(outside, readFileSync(path));
      const link = target.slice(0, -LINK_SUFFIX.length);
      rmSync(link, { force: true });
      symlinkSync(outside, link);
    } else {
      cpSync(path, target);
    }
  }
  return dir;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

/**
 * The built CLI run as `runCli` runs it (no colours, English locale, no GitHub Actions), but
 * without blocking: the reproducers run side by side.
 */
export function runCliAsync(args: string[], cwd: string): Promise<Run> {
  const {
    FORCE_COLOR: _force,
    UB2030_DIR: _dir,
    LC_ALL: _all,
    LC_MESSAGES: _messages,
    GITHUB_ACTIONS: _actions,
    ...rest
  } = process.env;
  const env = { ...rest, NO_COLOR: '1', LANG: 'en_GB.UTF-8' } as NodeJS.ProcessEnv;
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd, env, encoding: 'utf8' },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}
