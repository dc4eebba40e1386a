/** Finds the programme folder: --dir, else UB2030_DIR, else the nearest `programme/` upwards. */
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Messages } from '../i18n/index.js';
import { UsageError } from './errors.js';

export const PROGRAMME_FILE = 'programme.yaml';

export function findProgrammeDir(
  option: string | undefined, m: Messages, cwd = process.cwd(), env = process.env,
): string {
  const words = m.cli.find;
  const given = option ?? env.UB2030_DIR;
  if (given) {
    const dir = resolve(cwd, given);
    const origin = option ? '--dir' : 'UB2030_DIR';
    if (!existsSync(dir) || !statSync(dir).isDirectory()) {
      throw new UsageError(words.notAFolder(origin, dir), words.notAFolderHint);
    }
    if (!existsSync(join(dir, PROGRAMME_FILE))) {
      throw new UsageError(words.noProgrammeFile(origin, dir), words.noProgrammeFileHint);
    }
    return dir;
  }
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (existsSync(join(dir, PROGRAMME_FILE))) return dir;
    if (existsSync(join(dir, 'programme', PROGRAMME_FILE))) return join(dir, 'programme');
    if (dirname(dir) === dir) break;
  }
  throw new UsageError(words.notFound(resolve(cwd)), words.notFoundHint);
}
