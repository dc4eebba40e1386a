/**
 * Appending to a long log without reading it all. When the journal's last line says that this
 * build of ub2030 wrote the log exactly as it is now (same SHA-256), ending with an entry it
 * appended, and checked the whole of it then, the log is known to be sound: a new entry written
 * in the same layout after it extends the list and changes nothing else. Only the new entry is
 * read back, and only the entries that mention its date are read to refuse a second value.
 * In any other case (a first record, an edit by hand, a replace or an undo last) the caller
 * reads and checks the whole log as before.
 */
import { createHash } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import type { Messages } from '../i18n/index.js';
import type { Measurement } from '../model/schema.js';
import { BUILD } from './build.js';
import { entryLines } from './entry-text.js';
import { DataError } from './errors.js';
import { fastRead } from './fast-yaml.js';
import { lastJournalLine } from './journal.js';
import type { LogEdit } from './log-edit.js';

/** The layout of the entry ub2030 last appended: columns of its dash and keys, line ending. */
interface Layout {
  dash: number;
  key: number;
  newline: string;
}

/** The checked append of `added` to the log at `path` whose text is `before`, or undefined. */
export function quickAppend(
  path: string,
  shown: string,
  read: { text: string; bytes?: Uint8Array | undefined },
  added: Measurement[],
  m: Messages,
): LogEdit | undefined {
  const before = read.text;
  // The bytes as read hash faster than the text, which would be encoded again.
  const hash = createHash('sha256').update(read.bytes ?? before);
  const layout = knownLayout(path, before, hash.copy().digest('hex'));
  if (!layout || before.includes('\\')) return undefined;

  const seen = new Set<string>();
  for (const entry of added) {
    const key = `${entry.indicator}@${entry.date}`;
    const found = seen.has(key) || recorded(before, layout, entry);
    if (found === undefined) return undefined;
    if (found)
      throw new DataError(m.record.exists(entry.indicator, entry.date, shown), m.record.existsHint);
    seen.add(key);
  }

  const after = added.map((entry) => entryText(entry, layout)).join('');
  if (!isDeepStrictEqual(fastRead(after)?.data, added)) return undefined;
  return {
    text: before + after,
    start: before.length,
    before: '',
    after,
    atEnd: true,
    entries: added,
    sha256: hash.update(after).digest('hex'),
  };
}

/** The layout, when the journal vouches for `before` (SHA-256 `digest`), checked by this build. */
function knownLayout(path: string, before: string, digest: string): Layout | undefined {
  const last = lastJournalLine(path);
  if (!BUILD || last?.type !== 'change' || !last.atEnd || !last.after.endsWith('\n')) {
    return undefined;
  }
  if (last.checked?.build !== BUILD || last.checked.sha256 !== digest) return undefined;
  if (!before.endsWith(last.after)) return undefined;
  const first = /^( *)-( +)\S/m.exec(last.after);
  if (!first) return undefined;
  const dash = first[1]!.length;
  const newline = last.after.includes('\r\n') ? '\r\n' : '\n';
  return { dash, key: dash + 1 + first[2]!.length, newline };
}

/**
 * Whether the log already has a value for the entry's indicator and date. A date is written as
 * its ten characters in any YAML style but escaped text, which the caller ruled out: only the
 * entries where those characters appear are read. Undefined when one cannot be read alone.
 */
function recorded(text: string, layout: Layout, entry: Measurement): boolean | undefined {
  const marker = `\n${' '.repeat(layout.dash)}-`;
  for (let at = text.indexOf(entry.date); at >= 0; at = text.indexOf(entry.date, at + 1)) {
    const start = text.lastIndexOf(marker, at) + 1;
    const next = text.indexOf(marker, at);
    const item = text.slice(start, next < 0 ? text.length : next + 1);
    const read = fastRead(item)?.data;
    if (!Array.isArray(read) || read.length !== 1) return undefined;
    const found = read[0] as Partial<Measurement> | null;
    if (found?.indicator === entry.indicator && found.date === entry.date) return true;
  }
  return false;
}

function entryText(entry: Measurement, layout: Layout): string {
  const dash = `${' '.repeat(layout.dash)}-${' '.repeat(layout.key - layout.dash - 1)}`;
  return entryLines(entry)
    .map((line, at) => `${at === 0 ? dash : ' '.repeat(layout.key)}${line}${layout.newline}`)
    .join('');
}
