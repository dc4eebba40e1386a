/**
 * Replaces a file atomically: the new text goes to a temporary file beside it, is flushed to disk
 * and then renamed over the old one, so a crash leaves either the old file or the new one, never
 * half of one.
 */
import { readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { pauseFor } from './test-hooks.js';

export async function replaceFile(path: string, text: string): Promise<void> {
  await writeFileAtomic(path, text, {
    encoding: 'utf8',
    fsync: true,
    tmpfileCreated: () => pauseFor('temp-file'),
  });
}

/**
 * Removes the temporary files that a killed write left beside `path` (write-file-atomic names
 * them `<name>.<number>`). Call it only while holding the file's lock: then no write is running.
 */
export function removeStrayTemps(path: string): string[] {
  const name = basename(path);
  const stray = readdirSync(dirname(path)).filter(
    (other) => other.startsWith(`${name}.`) && /^\d{1,10}$/.test(other.slice(name.length + 1)),
  );
  for (const other of stray) rmSync(join(dirname(path), other), { force: true });
  return stray;
}
