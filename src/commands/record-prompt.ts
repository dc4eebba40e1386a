/**
 * `ub2030 record` in a terminal, with something missing: asks for the project and the indicator
 * (a list to filter by typing), the value (with its unit and the last value as a hint), the date
 * and a note, then shows the entry and asks whether to save it. Questions go to stderr, so that
 * stdout keeps only the result.
 */
import { input, search, select } from '@inquirer/prompts';
import { entryLines } from '../io/entry-text.js';
import { UsageError } from '../io/errors.js';
import type { Messages } from '../i18n/index.js';
import type { Indicator, Project } from '../model/schema.js';
import { entryValue } from '../model/model.js';
import { formatValue } from '../render/format.js';
import type { Loaded } from './load.js';
import { helpTheme } from './prompt-theme.js';
import { parseDate } from './parse-date.js';
import { parseValue } from './parse-value.js';
import { indent, type Draft, type RecordOptions } from './record.js';
import {
  buildMeasurement,
  checkInProgramme,
  findProject,
  lastEntry,
  programmeParts,
  resolveRef,
  unitName,
  type Target,
} from './record-entry.js';

export interface Known {
  ref: string | undefined;
  rawValue: string | undefined;
  options: RecordOptions;
  by: string | undefined;
  today: string;
}

const context = { input: process.stdin, output: process.stderr };

/** The entry as the person gives it, or undefined when they choose not to save it. */
export async function askDraft(loaded: Loaded, known: Known): Promise<Draft | undefined> {
  const { m } = loaded;
  try {
    return await ask(loaded, known);
  } catch (error) {
    if ((error as Error).name === 'ExitPromptError') throw new UsageError(m.recordPrompt.stopped);
    throw error;
  }
}

async function ask(loaded: Loaded, known: Known): Promise<Draft | undefined> {
  const { m } = loaded;
  const { programme, projects } = programmeParts(loaded);
  const target = await askTarget(known.ref, projects, m);
  const rawValue = known.rawValue ?? (await askValue(loaded, target));
  const date =
    known.options.date !== undefined
      ? checkedDate(known.options.date, loaded, target, known, '--date')
      : await input(
          {
            message: m.recordPrompt.date,
            default: known.today,
            validate: (text) =>
              answerProblem(() =>
                checkedDate(text, loaded, target, known, m.recordPrompt.dateName),
              ),
          },
          context,
        );
  const note = known.options.note ?? (await input({ message: m.recordPrompt.note }, context));

  const parsed = parseValue(rawValue, target.indicator, m);
  const measurement = buildMeasurement(
    target.indicator,
    parsed,
    rawValue,
    parseDate(date, m, '--date', known.today),
    { note: note.trim(), source: known.options.source, by: known.by },
    m,
  );
  checkInProgramme(measurement.date, programme, '--date', m);
  const draft: Draft = { ...target, measurement };
  process.stderr.write(
    `\n${m.recordPrompt.entryFor(`${target.project.id}/${target.indicator.id}`)}\n` +
      `${indent(entryLines(draft.measurement))}\n`,
  );
  const save = await select(
    {
      message: m.recordPrompt.save,
      choices: [
        { name: m.recordPrompt.yes, value: true },
        { name: m.recordPrompt.no, value: false },
      ],
      theme: helpTheme(m),
    },
    context,
  );
  return save ? draft : undefined;
}

async function askTarget(
  ref: string | undefined,
  projects: Project[],
  m: Messages,
): Promise<Target> {
  if (ref?.includes('/')) return resolveRef(ref, projects, m);
  const project =
    ref !== undefined
      ? findProject(ref, projects, m)
      : await search(
          {
            message: m.recordPrompt.project,
            source: (term) =>
              filter(projects, term).map((choice) => ({
                name: `${choice.id} — ${choice.title}`,
                value: choice,
              })),
            theme: helpTheme(m),
          },
          context,
        );
  const indicator = await search<Indicator>(
    {
      message: m.recordPrompt.indicator(project.id),
      source: (term) =>
        filter(project.indicators, term).map((choice) => ({
          name: `${choice.id} — ${choice.title}`,
          value: choice,
          description: unitName(choice, m),
        })),
      theme: helpTheme(m),
    },
    context,
  );
  return { project, indicator };
}

async function askValue(loaded: Loaded, target: Target): Promise<string> {
  const { m } = loaded;
  const last = lastEntry(loaded, target);
  const lastText = last
    ? m.recordPrompt.last(
        formatValue(entryValue(target.indicator, last), target.indicator.unit, m.locale),
        last.date,
      )
    : m.recordPrompt.noLast;
  const ratio = target.indicator.aggregation === 'ratio' ? target.indicator.ratio : undefined;
  const unit = ratio ? `${ratio.numerator}/${ratio.denominator}` : unitName(target.indicator, m);
  return input(
    {
      message: m.recordPrompt.value(unit, lastText),
      validate: (text) =>
        answerProblem(() => {
          const parsed = parseValue(text, target.indicator, m);
          buildMeasurement(target.indicator, parsed, text, '2000-01-01', {}, m);
        }),
    },
    context,
  );
}

/** The date as typed, refused when outside the programme or already holding a value. */
function checkedDate(
  text: string,
  loaded: Loaded,
  target: Target,
  known: Known,
  what: string,
): string {
  const { m } = loaded;
  const date = parseDate(text, m, what, known.today);
  checkInProgramme(date, programmeParts(loaded).programme, what, m);
  const taken = loaded.workspace.logs.some(
    (log) =>
      log.data?.project === target.project.id &&
      (log.data.measurements ?? []).some(
        (entry) => entry.indicator === target.indicator.id && entry.date === date,
      ),
  );
  if (taken && !known.options.replace)
    throw new UsageError(m.recordPrompt.taken(date), m.recordPrompt.takenHint);
  return text;
}

/** True, or the message of the refusal, for the prompt to show under the answer. */
function answerProblem(check: () => unknown): true | string {
  try {
    check();
    return true;
  } catch (error) {
    if (!(error instanceof UsageError) && (error as Error).name !== 'DataError') throw error;
    const hint = (error as UsageError).hint;
    return hint ? `${(error as Error).message} ${hint}` : (error as Error).message;
  }
}

function filter<T extends { id: string; title: string }>(
  items: T[],
  term: string | undefined,
): T[] {
  const words = (term ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  return items.filter((item) =>
    words.every((word) => `${item.id} ${item.title}`.toLowerCase().includes(word)),
  );
}

