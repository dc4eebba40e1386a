/**
 * What ub2030 changed in each log, so that `undo` can take back its own last change and nothing
 * else. One journal per log, `measurements/.ub2030/<log>.journal`, one JSON object per line,
 * appended while the log's lock is held. A line cut short by a crash is skipped when read.
 */
import {
  appendFileSync,
  closeSync,
  fstatSync,
  fsyncSync,
  openSync,
  readFileSync,
  readSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Measurement } from '../model/schema.js';
import { ensureStateDir, STATE_DIR } from './state.js';

/** One change ub2030 made to a log. */
export interface JournalChange {
  type: 'change';
  /** One id per run: an import that changed several logs writes the same id in each journal. */
  action: string;
  /** `record`, `replace` or `import`. */
  kind: 'record' | 'replace' | 'import';
  /** When, as an ISO date-time. */
  at: string;
  /** Who ran ub2030 (the computer's user name) and the `--by` given, if any. */
  user: string;
  /** Where the change starts, the old text there and the new text written in its place. */
  start: number;
  before: string;
  after: string;
  /** True when the change ran to the end of the file (an append). */
  atEnd: boolean;
  /** The log's text before, when the log did not exist and ub2030 created it. */
  created?: string;
  /** The entries added, or the entry as rewritten. */
  entries: Measurement[];
  /** For a rewrite: the entry as it was. */
  replaced?: Measurement;
  /**
   * The whole log after the change was read back and found sound by this build of ub2030: its
   * SHA-256. The next `record` that finds the log exactly so need not read it all again.
   */
  checked?: { build: string; sha256: string };
}

/** A change taken back by `undo`. */
export interface JournalUndo {
  type: 'undo';
  action: string;
  at: string;
}

export type JournalLine = JournalChange | JournalUndo;

export function journalPathOf(log: string): string {
  return join(dirname(log), STATE_DIR, `${basename(log)}.journal`);
}

/** Adds one line to the journal of `log` and flushes it to disk. Call it holding the log's lock. */
export function appendJournal(log: string, line: JournalLine): void {
  ensureStateDir(dirname(log));
  const path = journalPathOf(log);
  appendFileSync(path, `${JSON.stringify(line)}\n`, 'utf8');
  const handle = openSync(path, 'r');
  try {
    fsyncSync(handle);
  } finally {
    closeSync(handle);
  }
}

/** The changes of `log` that have not been undone, oldest first. */
export function openChanges(log: string): JournalChange[] {
  let text: string;
  try {
    text = readFileSync(journalPathOf(log), 'utf8');
  } catch {
    return [];
  }
  const changes: JournalChange[] = [];
  for (const raw of text.split('\n')) {
    const line = parseLine(raw);
    if (line?.type === 'change') changes.push(line);
    if (line?.type === 'undo') {
      const at = changes.findLastIndex((change) => change.action === line.action);
      if (at >= 0) changes.splice(at, 1);
    }
  }
  return changes;
}

/** The last line of the journal of `log`, read from its end; undefined when there is none. */
export function lastJournalLine(log: string): JournalLine | undefined {
  let handle: number;
  try {
    handle = openSync(journalPathOf(log), 'r');
  } catch {
    return undefined;
  }
  try {
    const size = fstatSync(handle).size;
    // Lines are short unless an import added many entries: read more until a whole line is in.
    for (let length = Math.min(size, 16_384); ; length = Math.min(size, length * 4)) {
      const tail = Buffer.alloc(length);
      readSync(handle, tail, 0, length, size - length);
      const text = tail.toString('utf8').replace(/\n$/, '');
      const start = text.lastIndexOf('\n');
      if (start >= 0 || length === size) return parseLine(text.slice(start + 1));
    }
  } finally {
    closeSync(handle);
  }
}

function parseLine(raw: string): JournalLine | undefined {
  if (raw.trim() === '') return undefined;
  try {
    const line = JSON.parse(raw) as JournalLine;
    return line.type === 'change' || line.type === 'undo' ? line : undefined;
  } catch {
    return undefined;
  }
}
