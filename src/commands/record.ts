/**
 * `ub2030 record <project>/<indicator> <value>`: check one measurement, append it to the project's
 * log without touching any other byte, re-read and re-check the result, and replace the file
 * atomically.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { join, relative } from 'node:path';
import { checkSchema } from '../check/schema-problems.js';
import { didYouMean } from '../check/suggest.js';
import { appendMeasurement, newLogText } from '../io/append.js';
import { DataError, UsageError } from '../io/errors.js';
import { MEASUREMENTS_DIR } from '../io/workspace.js';
import { replaceFile } from '../io/write.js';
import { parseYamlFile } from '../io/yaml-file.js';
import { entryValue } from '../model/model.js';
import { measurementLogSchema, type Indicator, type Measurement, type Programme, type Project } from '../model/schema.js';
import { unitLabel, unitMismatch } from '../model/units.js';
import { formatValue } from '../render/format.js';
import type { Messages } from '../i18n/index.js';
import type { Io } from './io.js';
import { loadProgramme, parseDateOption } from './load.js';
import { parseValue } from './parse-value.js';

export interface RecordOptions {
  dir?: string;
  date?: string;
  note?: string;
  source?: string;
  by?: string;
  dryRun?: boolean;
  lang?: string;
}

export async function runRecord(ref: string, rawValue: string, options: RecordOptions, io: Io): Promise<number> {
  const loaded = loadProgramme(options.dir, options.lang);
  const programme = loaded.workspace.programme.data;
  if (!programme) throw new DataError('programme.yaml has problems, so nothing can be recorded.', 'Run `ub2030 validate` and fix them first.');
  const projects = loaded.workspace.projects.flatMap((entry) => (entry.data ? [entry.data] : []));
  const { project, indicator } = resolveRef(ref, projects);
  const date = parseDateOption(options.date, '--date');
  checkDate(date, programme);
  const measurement = buildMeasurement(indicator, rawValue, date, options);

  const path = join(loaded.dir, MEASUREMENTS_DIR, `${project.id}.yaml`);
  const before = existsSync(path) ? readFileSync(path, 'utf8') : newLogText(project.id, '../../schema/measurements.schema.json');
  const next = composeLog(path, before, measurement, indicator, loaded.m);
  const shown = relative(process.cwd(), path) || path;
  const value = formatValue(entryValue(indicator, measurement), indicator.unit, loaded.m.locale);

  if (options.dryRun) {
    io.out(`Would record ${project.id}/${indicator.id} = ${value} on ${date} in ${shown} (dry run: nothing written).\n`);
    return 0;
  }
  mkdirSync(join(loaded.dir, MEASUREMENTS_DIR), { recursive: true });
  await replaceFile(path, next);
  io.out(`Recorded ${project.id}/${indicator.id} = ${value} on ${date} in ${shown}.\n`);
  return 0;
}

function resolveRef(ref: string, projects: Project[]): { project: Project; indicator: Indicator } {
  const [projectId, indicatorId, ...rest] = ref.split('/');
  if (!projectId || !indicatorId || rest.length > 0) {
    throw new UsageError(`"${ref}" does not name an indicator.`, 'Write it as <project>/<indicator>, for example digital-community-platform/registered-users');
  }
  const project = projects.find((candidate) => candidate.id === projectId);
  if (!project) {
    const names = projects.map((candidate) => candidate.id);
    throw new UsageError(
      `There is no project \`${projectId}\`. ${didYouMean(projectId, names)}`.trim(),
      `The projects are: ${names.join(', ')}`,
    );
  }
  const indicator = project.indicators.find((candidate) => candidate.id === indicatorId);
  if (!indicator) {
    const names = project.indicators.map((candidate) => candidate.id);
    throw new UsageError(
      `Indicator \`${indicatorId}\` is not defined in project \`${project.id}\`. ${didYouMean(indicatorId, names)}`.trim(),
      `The indicators of ${project.id} are: ${names.join(', ')}`,
    );
  }
  return { project, indicator };
}

function checkDate(date: string, programme: Programme): void {
  if (date < programme.start || date > programme.horizon) {
    throw new UsageError(
      `--date ${date} lies outside the programme (${programme.start} to ${programme.horizon}).`,
      'Give the date the value applies to with --date YYYY-MM-DD.',
    );
  }
}

function buildMeasurement(indicator: Indicator, rawValue: string, date: string, options: RecordOptions): Measurement {
  const parsed = parseValue(rawValue, indicator);
  const extras = {
    ...(options.note ? { note: options.note } : {}),
    ...(options.source ? { source: options.source } : {}),
    ...(options.by ? { by: options.by } : {}),
  };
  if ('numerator' in parsed) return { indicator: indicator.id, date, ...parsed, ...extras };
  const mismatch = unitMismatch(indicator, parsed.value);
  if (mismatch) {
    throw new UsageError(`The value ${rawValue} ${mismatch}.`, `\`${indicator.id}\` is measured in ${unitLabel(indicator)}.`);
  }
  return { indicator: indicator.id, date, value: parsed.value, ...extras };
}

/** The log's new text, checked: it parses, passes its schema and holds exactly one entry more. */
function composeLog(path: string, before: string, measurement: Measurement, indicator: Indicator, m: Messages): string {
  const old = parseYamlFile(path, Buffer.from(before, 'utf8'), m);
  const oldLog = checkSchema(old, measurementLogSchema, 'project: my-project', m);
  if (!old.doc || !oldLog.data || old.problems.some((problem) => problem.severity === 'error')) {
    throw new DataError(`${path} has problems, so nothing was added to it.`, 'Run `ub2030 validate`, fix the file, then record again.');
  }
  const existing = oldLog.data.measurements ?? [];
  if (existing.some((entry) => entry.indicator === indicator.id && entry.date === measurement.date)) {
    throw new DataError(
      `\`${indicator.id}\` already has a value for ${measurement.date}; nothing was recorded.`,
      'To correct it, edit that entry in the log and say why in its note.',
    );
  }
  const next = appendMeasurement(before, old.doc, measurement);
  if (next === undefined) {
    throw new DataError(
      `${path}: the \`measurements:\` list must be the last part of the file, written as a list of \`- \` items.`,
      'Move the measurements list to the end of the file, then record again.',
    );
  }
  const reread = parseYamlFile(path, Buffer.from(next, 'utf8'), m);
  const newLog = checkSchema(reread, measurementLogSchema, 'project: my-project', m);
  const expected = { ...oldLog.data, measurements: [...existing, measurement] };
  if (!newLog.data || !isDeepStrictEqual(newLog.data, expected)) {
    throw new DataError(`Adding the entry to ${path} would not read back as intended; nothing was written.`, 'Please report this, with the file.');
  }
  return next;
}
