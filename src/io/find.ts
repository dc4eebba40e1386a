/** Finds the programme folder: --dir, else UB2030_DIR, else the nearest `programme/` upwards. */
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { UsageError } from './errors.js';

export const PROGRAMME_FILE = 'programme.yaml';

export function findProgrammeDir(option: string | undefined, cwd = process.cwd(), env = process.env): string {
  const given = option ?? env.UB2030_DIR;
  if (given) {
    const dir = resolve(cwd, given);
    const origin = option ? '--dir' : 'UB2030_DIR';
    if (!existsSync(dir) || !statSync(dir).isDirectory()) {
      throw new UsageError(`${origin} names ${dir}, which is not a folder.`, 'Give the folder that holds programme.yaml.');
    }
    if (!existsSync(join(dir, PROGRAMME_FILE))) {
      throw new UsageError(
        `${origin} names ${dir}, but there is no ${PROGRAMME_FILE} in it.`,
        'Give the folder that holds programme.yaml, or start a programme there.',
      );
    }
    return dir;
  }
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (existsSync(join(dir, PROGRAMME_FILE))) return dir;
    if (existsSync(join(dir, 'programme', PROGRAMME_FILE))) return join(dir, 'programme');
    if (dirname(dir) === dir) break;
  }
  throw new UsageError(
    `No programme found: there is no programme/${PROGRAMME_FILE} in ${resolve(cwd)} or any folder above it.`,
    'Run ub2030 inside your programme repository, or point at the folder with --dir PATH or UB2030_DIR.',
  );
}
