/** Replaces a file atomically: a crash leaves either the old file or the new one, never half. */
import writeFileAtomic from 'write-file-atomic';

export async function replaceFile(path: string, text: string): Promise<void> {
  await writeFileAtomic(path, text, { encoding: 'utf8', fsync: true });
}
