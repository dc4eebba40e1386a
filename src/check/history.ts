/**
 * `validate --since REV`: what changed since a git revision that should not have. A measurement
 * that existed then is identified by its indicator and date; it must still be there with the same
 * value (or the same two parts), unless its `note` changed too, to say why it was corrected. An
 * indicator that already had values then must keep what makes them comparable: its unit, unit
 * name, scale, aggregation, ratio parts and method. Everything here is a warning.
 */
import { join } from 'node:path';
import type { z } from 'zod';
import { UsageError } from '../io/errors.js';
import { gitCommit, gitShow, gitTopLevel } from '../io/git.js';
import { MEASUREMENTS_DIR, type FileEntry, type Workspace } from '../io/workspace.js';
import { parseYamlFile, readClean, type ParsedFile } from '../io/yaml-file.js';
import {
  measurementLogSchema,
  projectSchema,
  type Indicator,
  type Measurement,
  type MeasurementLog,
  type Project,
} from '../model/schema.js';
import type { Messages } from '../i18n/index.js';
import type { Problem } from './problem.js';
import { Reporter } from './reporter.js';
import { checkSchema } from './schema-problems.js';

/** The parts of an indicator's definition that make its values comparable over time. */
export const SERIES_FIELDS = [
  'unit',
  'unit_name',
  'scale',
  'aggregation',
  'ratio',
  'method',
] as const;

type Checked<T> = FileEntry<T> & { data: T };

export function checkSince(workspace: Workspace, rev: string, m: Messages): Problem[] {
  const { usage } = m.validate;
  const root = gitTopLevel(workspace.dir);
  if (!root) throw new UsageError(usage.noGit(workspace.dir), usage.noGitHint);
  const commit = gitCommit(root, rev);
  if (!commit) throw new UsageError(usage.badRev(rev), usage.badRevHint);

  const report = new Reporter(m);
  const then = (path: string): ParsedFile | undefined => {
    const bytes = gitShow(root, commit, path);
    return bytes ? (readClean(path, bytes, m) ?? parseYamlFile(path, bytes, m)) : undefined;
  };
  for (const entry of workspace.logs) {
    const before = entry.data && checked(then(entry.path), measurementLogSchema, m);
    if (before) compareLogs(report, entry as Checked<MeasurementLog>, before, rev);
  }
  for (const entry of workspace.projects) {
    const before = entry.data && checked(then(entry.path), projectSchema, m);
    if (!before) continue;
    const log = checked(
      then(join(workspace.dir, MEASUREMENTS_DIR, `${before.id}.yaml`)),
      measurementLogSchema,
      m,
    );
    compareProjects(report, entry as Checked<Project>, before, log, rev);
  }
  return report.problems;
}

/**
 * The data of a file as it was, when it passed its schema then.
 * NOTE: a file that did not pass at REV is not compared: there is nothing reliable to compare with.
 */
function checked<S extends z.ZodType>(
  file: ParsedFile | undefined,
  schema: S,
  m: Messages,
): z.output<S> | undefined {
  return file ? checkSchema(file, schema, '', m).data : undefined;
}

function compareLogs(
  report: Reporter,
  entry: Checked<MeasurementLog>,
  before: MeasurementLog,
  rev: string,
): void {
  const { history } = report.m.validate;
  const now = new Map<string, { measurement: Measurement; index: number }>();
  (entry.data.measurements ?? []).forEach((measurement, index) => {
    const key = `${measurement.indicator} ${measurement.date}`;
    if (!now.has(key)) now.set(key, { measurement, index });
  });
  const seen = new Set<string>();
  for (const old of before.measurements ?? []) {
    const key = `${old.indicator} ${old.date}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const current = now.get(key);
    // NOTE: in a log with entries that fail their schema, a missing entry may be one of those.
    if (!current && !entry.complete) continue;
    if (!current) {
      report.warn(
        entry,
        ['measurements'],
        'measurement-removed',
        history.removed(old.indicator, old.date, rev),
        true,
      );
      continue;
    }
    const explained =
      (current.measurement.note ?? '') !== (old.note ?? '') &&
      (current.measurement.note ?? '').trim() !== '';
    if (sameValue(old, current.measurement) || explained) continue;
    const field = current.measurement.value === undefined ? 'numerator' : 'value';
    report.warn(
      entry,
      ['measurements', current.index, field],
      'measurement-changed',
      history.changed(old.indicator, old.date, showValue(old), showValue(current.measurement), rev),
    );
  }
}

function sameValue(a: Measurement, b: Measurement): boolean {
  return a.value === b.value && a.numerator === b.numerator && a.denominator === b.denominator;
}

function showValue(measurement: Measurement): string {
  if (measurement.value !== undefined) return String(measurement.value);
  return `${measurement.numerator ?? '?'}/${measurement.denominator ?? '?'}`;
}

function compareProjects(
  report: Reporter,
  entry: Checked<Project>,
  before: Project,
  log: MeasurementLog | undefined,
  rev: string,
): void {
  const { history } = report.m.validate;
  entry.data.indicators.forEach((indicator, index) => {
    const old = before.indicators.find((candidate) => candidate.id === indicator.id);
    if (!old || !hadValues(old, log)) return;
    for (const field of SERIES_FIELDS) {
      const [was, is] = [
        show(old[field], history.nothing),
        show(indicator[field], history.nothing),
      ];
      if (was === is) continue;
      report.warn(
        entry,
        ['indicators', index, field],
        'series-break',
        history.seriesBreak(indicator.id, field, was, is, rev),
      );
    }
  });
}

/** Whether values after the baseline were recorded for the indicator, as it was defined then. */
function hadValues(indicator: Indicator, log: MeasurementLog | undefined): boolean {
  return (log?.measurements ?? []).some(
    (item) => item.indicator === indicator.id && item.date > indicator.baseline.date,
  );
}

function show(value: unknown, nothing: string): string {
  if (value === undefined || value === null) return nothing;
  if (typeof value !== 'object') return String(value);
  const parts = Object.entries(value as Record<string, unknown>).map(
    ([key, part]) => `${key}: ${String(part)}`,
  );
  return `{${parts.join(', ')}}`;
}
