/** The reproducers in test/fixtures/bad: each copied into a small valid programme. */
import {
  cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { ROOT, programmeTree } from './helpers.js';

export const BAD_FILES = join(ROOT, 'test', 'fixtures', 'bad');
const LINK_SUFFIX = '.symlink-outside';
const EXPECTED = /^expected(\.github)?\.(txt|json)$/;

/** The names of the reproducer folders, sorted. */
export function badCases(): string[] {
  return readdirSync(BAD_FILES).filter((name) => statSync(join(BAD_FILES, name)).isDirectory()).sort();
}

/** A temporary folder holding `programme/`: the minimal programme with the case's files put in place. */
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
