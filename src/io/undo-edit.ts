/**
 * Takes back a change ub2030 made to a log, as its journal describes it: only when the text it
 * wrote is still there unchanged (for an append: still at the very end of the file, so that
 * nothing a person wrote after it is ever removed), and touching no other byte.
 */
import { isDeepStrictEqual } from 'node:util';
import type { Messages } from '../i18n/index.js';
import { DataError } from './errors.js';
import type { JournalChange } from './journal.js';
import { checkReadsBack, readLog, type LogEdit } from './log-edit.js';

export function composeUndo(
  shown: string,
  current: string,
  change: JournalChange,
  m: Messages,
): LogEdit {
  const restored = restoredText(shown, current, change, m);
  const entries = readLog(shown, current, m).measurements;
  const edit: LogEdit = {
    text: restored,
    start: change.start,
    before: change.after,
    after: change.before,
    atEnd: change.atEnd,
    entries: change.entries,
  };
  if (change.created !== undefined && restored === change.created) return { ...edit, remove: true };

  const expected = change.atEnd ? withoutTail(entries, change.entries) : swapped(entries, change);
  if (!expected)
    throw new DataError(m.recordUndo.changedSince(shown), m.recordUndo.changedSinceHint);
  checkReadsBack(shown, restored, expected, m);
  return edit;
}

function restoredText(shown: string, current: string, change: JournalChange, m: Messages): string {
  if (change.atEnd) {
    if (!current.endsWith(change.after))
      throw new DataError(m.recordUndo.notAtEnd(shown), m.recordUndo.changedSinceHint);
    return current.slice(0, current.length - change.after.length) + change.before;
  }
  const at = current.indexOf(change.after);
  if (at < 0 || current.indexOf(change.after, at + 1) >= 0) {
    throw new DataError(m.recordUndo.changedSince(shown), m.recordUndo.changedSinceHint);
  }
  return current.slice(0, at) + change.before + current.slice(at + change.after.length);
}

/** The entries without `tail` at their end, or undefined when they do not end with it. */
function withoutTail<T>(entries: T[], tail: T[]): T[] | undefined {
  const kept = entries.slice(0, entries.length - tail.length);
  return isDeepStrictEqual(entries.slice(kept.length), tail) ? kept : undefined;
}

/** The entries with the rewritten one put back as it was, or undefined when it is not there. */
function swapped(
  entries: JournalChange['entries'],
  change: JournalChange,
): JournalChange['entries'] | undefined {
  const at = entries.findIndex((entry) => isDeepStrictEqual(entry, change.entries[0]));
  if (at < 0 || !change.replaced) return undefined;
  return entries.map((entry, index) => (index === at ? change.replaced! : entry));
}
