/**
 * `ub2030 record <project>/<indicator> <value>`: check one measurement and add it to the project's
 * log without touching any other byte, safely when others record at the same time. In a terminal,
 * whatever is missing is asked for.
 */
import { UsageError } from '../io/errors.js';
import { changeLine, updateLogs } from '../io/log-update.js';
import { localToday } from '../model/dates.js';
import { entryValue } from '../model/model.js';
import type { Measurement } from '../model/schema.js';
import { formatValue } from '../render/format.js';
import type { Io } from './io.js';
import { loadDefinitions, loadProgramme, type Loaded } from './load.js';
import { parseDate } from './parse-date.js';
import { parseValue } from './parse-value.js';
import {
  buildMeasurement,
  checkInProgramme,
  defaultBy,
  logTask,
  programmeParts,
  readIfThere,
  resolveRef,
  type Target,
} from './record-entry.js';

export interface RecordOptions {
  dir?: string;
  date?: string;
  note?: string;
  source?: string;
  by?: string;
  replace?: boolean;
  dryRun?: boolean;
  /** False with `--no-input`: never ask, fail on what is missing. */
  input?: boolean;
  undo?: boolean;
  yes?: boolean;
  lang?: string;
}

/** A measurement ready to be written, with its indicator. */
export interface Draft extends Target {
  measurement: Measurement;
}

export async function runRecord(
  ref: string | undefined,
  rawValue: string | undefined,
  options: RecordOptions,
  io: Io,
): Promise<number> {
  if (options.undo) {
    const { runUndo } = await import('./undo.js');
    return runUndo(ref, options, io);
  }
  const asking = (ref === undefined || rawValue === undefined) && canAsk(options);
  // Questions show the latest values, so they need the logs; a plain record needs only the
  // definitions, and the one log it changes is read and checked when it is changed.
  // NOTE: when two project files claim one id (an error `validate` reports), a plain record uses
  // the file named after the id, where reading them all would have taken the first by name.
  const named = ref?.trim().split('/')[0];
  let loaded = asking
    ? loadProgramme(options.dir, options.lang)
    : loadDefinitions(options.dir, options.lang, named);
  const { m } = loaded;
  const today = localToday();
  const by = options.by ?? defaultBy(loaded.dir);

  let draft: Draft | undefined;
  if (asking) {
    const { askDraft } = await import('./record-prompt.js');
    draft = await askDraft(loaded, { ref, rawValue, options, by, today });
    if (!draft) {
      io.err(`${m.recordPrompt.notSaved}\n`);
      return 0;
    }
  } else {
    // A project that is not there is named among all the others: read them too.
    if (named && !loaded.workspace.projects.some((entry) => entry.data?.id === named)) {
      loaded = loadDefinitions(options.dir, options.lang);
    }
    draft = draftFromArguments(loaded, ref, rawValue, options, by, today);
  }

  const task = logTask(
    loaded,
    draft.project.id,
    [draft.measurement],
    options.replace ? { today } : undefined,
  );
  const summary = describe(loaded, draft);
  const baseline = draft.indicator.baseline.date;
  if (draft.measurement.date <= baseline) {
    // kept, as asked, but status and trend start after the baseline: say so now, not never
    io.err(`${m.record.beforeBaseline(draft.measurement.date, baseline)}\n`);
  }
  if (options.dryRun) {
    const edit = task.compose(readIfThere(task.path) ?? task.skeleton);
    io.out(`${m.record.wouldRecord(summary, task.shown)}\n${edit.after.replace(/^\r?\n/, '')}`);
    return 0;
  }
  const [written] = await updateLogs(
    [task],
    { command: 'record', journal: changeLine(options.replace ? 'replace' : 'record', by ?? '') },
    m,
  );
  const replaced = written?.edit.replaced;
  io.out(
    replaced
      ? `${m.record.replaced(summary, task.shown, describeValue(loaded, draft, replaced))}\n`
      : `${m.record.recorded(summary, task.shown)}\n`,
  );
  return 0;
}

/** Asks only when a person can answer: stdin is a terminal and `--no-input` was not given. */
function canAsk(options: RecordOptions): boolean {
  return options.input !== false && process.stdin.isTTY === true;
}

function draftFromArguments(
  loaded: Loaded,
  ref: string | undefined,
  rawValue: string | undefined,
  options: RecordOptions,
  by: string | undefined,
  today: string,
): Draft {
  const { m } = loaded;
  const why = options.input === false ? m.record.noInputOption : m.record.notATerminal;
  if (ref === undefined)
    throw new UsageError(m.record.missing('<project>/<indicator>', why), m.record.missingRefHint);
  if (rawValue === undefined) {
    const value = `<${m.cli.placeholders.value}>`;
    throw new UsageError(m.record.missing(value, why), m.record.missingValueHint(ref));
  }
  const { programme, projects } = programmeParts(loaded);
  const target = resolveRef(ref, projects, m);
  const date = options.date === undefined ? today : parseDate(options.date, m, '--date', today);
  checkInProgramme(date, programme, '--date', m);
  const parsed = parseValue(rawValue, target.indicator, m);
  const measurement = buildMeasurement(
    target.indicator,
    parsed,
    rawValue,
    date,
    { note: options.note, source: options.source, by },
    m,
  );
  return { ...target, measurement };
}

/** `project/indicator = value on date`, for messages. */
export function describe(loaded: Loaded, draft: Draft): string {
  const value = describeValue(loaded, draft, draft.measurement);
  const { id } = draft.indicator;
  return `${draft.project.id}/${id} = ${value} ${loaded.m.record.on} ${draft.measurement.date}`;
}

function describeValue(loaded: Loaded, draft: Draft, measurement: Measurement): string {
  const value = formatValue(
    entryValue(draft.indicator, measurement),
    draft.indicator.unit,
    loaded.m.locale,
  );
  if (measurement.numerator === undefined) return value;
  return `${value} (${measurement.numerator}/${measurement.denominator})`;
}

export function indent(lines: string[]): string {
  return lines.map((line, at) => `${at === 0 ? '  - ' : '    '}${line}\n`).join('');
}
