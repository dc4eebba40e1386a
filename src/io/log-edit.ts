/**
 * Works out a log's new text for `record`, `import` and `undo`, and checks it before anything is
 * written: the old text must be a sound log, and the new text must read back as exactly the old
 * entries with the intended change.
 */
import { isDeepStrictEqual } from 'node:util';
import { checkSchema } from '../check/schema-problems.js';
import type { Messages } from '../i18n/index.js';
import { measurementLogSchema, type Measurement, type MeasurementLog } from '../model/schema.js';
import {
  appendMeasurements,
  appendToList,
  rewriteEntry,
  rewriteItem,
  type EntryEdit,
} from './append.js';
import { DataError } from './errors.js';
import { documentOf, entryDocument, listItemStarts } from './locate.js';
import { parseYamlFile, readClean, type ParsedFile } from './yaml-file.js';
import { yamlLib } from './yaml-lib.js';

/** A checked change to one log. */
export interface LogEdit {
  /** The log's whole new text. */
  text: string;
  /** Where the change starts; `before` is the old text there and `after` the new. */
  start: number;
  before: string;
  after: string;
  /** True when the change runs to the end of the file (an append). */
  atEnd: boolean;
  /** The entries added, or the entry as rewritten. */
  entries: Measurement[];
  /** For a rewrite: the entry as it was. */
  replaced?: Measurement;
  /** True when the file is to be removed (an undo of the change that created it). */
  remove?: boolean;
  /** The SHA-256 of `text`, when already worked out. */
  sha256?: string;
}

export interface ReadLog {
  /** The file as read: its YAML document is made on demand (`documentOf`). */
  file: ParsedFile;
  /** The top-level keys, in the order written. */
  keys: string[];
  log: MeasurementLog;
  measurements: Measurement[];
}

/**
 * The log in `text`, or a DataError naming its first problem. A clean log is read by the fast
 * reader; any other is read with `yaml`, which finds and places its problems.
 */
export function readLog(shown: string, text: string, m: Messages): ReadLog {
  const bytes = Buffer.from(text, 'utf8');
  const clean = readClean(shown, bytes, m);
  const passed = clean && measurementLogSchema.safeParse(clean.data);
  if (clean && passed?.success) {
    const keys = Object.keys(clean.data as object);
    return { file: clean, keys, log: passed.data, measurements: passed.data.measurements ?? [] };
  }
  const file = parseYamlFile(shown, bytes, m);
  const checked = checkSchema(file, measurementLogSchema, 'project: my-project', m);
  const problems = [...file.problems, ...checked.problems].filter(
    (problem) => problem.severity === 'error',
  );
  if (!file.doc || !checked.data || problems.length > 0) {
    const first = problems[0];
    throw new DataError(
      m.record.logHasProblems(shown, first ? `${first.line}: ${first.message}` : undefined),
      m.record.logHasProblemsHint,
    );
  }
  const keys = Object.keys(file.data as object);
  return { file, keys, log: checked.data, measurements: checked.data.measurements ?? [] };
}

/** Appends `added` to the log in `before`, refusing a second value for an indicator and date. */
export function composeAppend(
  shown: string,
  before: string,
  added: Measurement[],
  m: Messages,
): LogEdit {
  const old = readLog(shown, before, m);
  const seen = new Map(old.measurements.map((entry) => [keyOf(entry), entry]));
  for (const entry of added) {
    const existing = seen.get(keyOf(entry));
    if (existing)
      throw new DataError(m.record.exists(entry.indicator, entry.date, shown), m.record.existsHint);
    seen.set(keyOf(entry), entry);
  }
  const text =
    appendToList(before, old.keys, old.measurements.length, added) ??
    appendMeasurements(before, documentOf(old.file), added);
  if (text === undefined)
    throw new DataError(m.record.listNotLast(shown), m.record.listNotLastHint);
  const start = commonPrefix(before, text);
  checkReadsBack(shown, text, [...old.measurements, ...added], m);
  return {
    text,
    start,
    before: before.slice(start),
    after: text.slice(start),
    atEnd: true,
    entries: added,
  };
}

/**
 * Overwrites the value of `measurement`'s indicator and date, keeping the old value in the entry's
 * `history`; appends it when there is none yet.
 */
export function composeReplace(
  shown: string,
  before: string,
  measurement: Measurement,
  today: string,
  m: Messages,
): LogEdit {
  const old = readLog(shown, before, m);
  const index = old.measurements.findIndex((entry) => keyOf(entry) === keyOf(measurement));
  if (index < 0) return composeAppend(shown, before, [measurement], m);
  const previous = old.measurements[index]!;
  const { indicator: _indicator, date: _date, history, ...kept } = previous;
  const next: Measurement = {
    ...measurement,
    history: [...(history ?? []), { ...kept, replaced: today }],
  };
  const edit = rewriteInPlace(before, old, index, next);
  if (!edit)
    throw new DataError(
      m.record.cannotRewrite(measurement.indicator, measurement.date, shown),
      m.record.cannotRewriteHint,
    );
  checkReadsBack(
    shown,
    edit.text,
    old.measurements.map((entry, at) => (at === index ? next : entry)),
    m,
  );
  return { ...edit, atEnd: false, entries: [next], replaced: previous };
}

/** Refuses a new text that does not read back as the expected entries. */
export function checkReadsBack(
  shown: string,
  text: string,
  expected: Measurement[],
  m: Messages,
): void {
  let measurements: Measurement[] | undefined;
  try {
    measurements = readLog(shown, text, m).measurements;
  } catch {
    measurements = undefined;
  }
  if (!measurements || !isDeepStrictEqual(measurements, expected)) {
    throw new DataError(m.record.wouldNotReadBack(shown), m.record.wouldNotReadBackHint);
  }
}

/**
 * Entry `index` rewritten as `next`. In a long log only that entry's lines are read with `yaml`
 * (when they read alone as the entry), so the whole log never needs a document.
 */
function rewriteInPlace(
  before: string,
  old: ReadLog,
  index: number,
  next: Measurement,
): EntryEdit | undefined {
  const starts = listItemStarts(before, 'measurements', old.measurements.length);
  const entry = starts && entryDocument(before, starts, index, old.measurements[index]);
  if (!entry) return rewriteEntry(before, documentOf(old.file), index, next);
  const { doc, start, end } = entry;
  const item = yamlLib().isSeq(doc.contents) ? doc.contents.items[0] : undefined;
  const edit = rewriteItem(before.slice(start, end), item, next);
  if (!edit) return undefined;
  return {
    text: before.slice(0, start) + edit.text + before.slice(end),
    start: start + edit.start,
    before: edit.before,
    after: edit.after,
  };
}

export function keyOf(entry: Pick<Measurement, 'indicator' | 'date'>): string {
  return `${entry.indicator}@${entry.date}`;
}

function commonPrefix(a: string, b: string): number {
  let at = 0;
  while (at < a.length && at < b.length && a[at] === b[at]) at++;
  return at;
}
