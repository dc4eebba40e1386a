/**
 * The folder where ub2030 keeps its own bookkeeping beside the logs: the locks, the journals that
 * `undo` reads, and the caches of long logs. It ignores itself in git, so none of it is committed
 * by accident.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const STATE_DIR = '.ub2030';

/** Creates `<dir>/.ub2030/` with its `.gitignore` when it is missing, and returns its path. */
export function ensureStateDir(dir: string): string {
  const state = join(dir, STATE_DIR);
  mkdirSync(state, { recursive: true });
  const ignore = join(state, '.gitignore');
  if (!existsSync(ignore)) {
    writeFileSync(
      ignore,
      '# ub2030 keeps its locks, undo journals and caches here; they are not for git.\n*\n',
    );
  }
  return state;
}
