/**
 * Warnings about the measurements over time, on the as-of date: values dated after it, indicators
 * whose latest value is older than their cadence allows (stale), and values far outside an
 * indicator's recent range (a likely typing error). Run by `validate` only: they depend on the day.
 */
import type { FileEntry, Workspace } from '../io/workspace.js';
import { indicatorStatus } from '../maths/status.js';
import type { Entry, IndicatorModel, ProgrammeModel } from '../model/model.js';
import type { MeasurementLog, Project } from '../model/schema.js';
import { formatValue } from '../render/format.js';
import type { Messages } from '../i18n/index.js';
import type { Problem } from './problem.js';
import { Reporter } from './reporter.js';

/** A value this many times the highest recent value, or a this-manyth of the lowest, is a jump. */
export const JUMP_FACTOR = 10;
/** How many earlier values make up the recent range. */
export const JUMP_WINDOW = 3;

interface Place {
  entry: FileEntry<unknown>;
  index: number;
}

type CheckedLog = FileEntry<MeasurementLog> & { data: MeasurementLog };

/**
 * Finds where measurements are written, for the few that get a warning: the requests are
 * collected first and answered in one pass over the logs, without an index of every entry.
 */
class Places {
  private readonly requests = new Map<string, ((place: Place | undefined) => void)[]>();
  private readonly dates = new Set<string>();

  /** Calls `then` with the first entry for the project, indicator and date, if there is one. */
  find(project: string, indicator: string, date: string, then: (place?: Place) => void): void {
    const key = placeKey(project, indicator, date);
    this.requests.set(key, [...(this.requests.get(key) ?? []), then]);
    this.dates.add(date);
  }

  answer(logs: CheckedLog[]): void {
    const found = new Map<string, Place>();
    for (const entry of logs) {
      (entry.data.measurements ?? []).forEach((measurement, index) => {
        if (!this.dates.has(measurement.date)) return;
        const key = placeKey(entry.data.project, measurement.indicator, measurement.date);
        if (this.requests.has(key) && !found.has(key)) found.set(key, { entry, index });
      });
    }
    for (const [key, callbacks] of this.requests) {
      for (const then of callbacks) then(found.get(key));
    }
  }
}

export function checkTimeliness(
  workspace: Workspace,
  model: ProgrammeModel,
  asOf: string,
  m: Messages,
): Problem[] {
  const report = new Reporter(m);
  const logs = workspace.logs.filter((entry): entry is CheckedLog => !!entry.data);
  checkFuture(report, logs, asOf, model.programme.horizon);
  checkBeforeBaseline(report, logs, model);
  // A log that could not be read whole has errors of its own; its values are not missing.
  const unreadable = new Set(workspace.logs.filter((entry) => !entry.complete)
    .map((entry) => (entry.data?.project ?? logProjectId(entry.path))));

  const places = new Places();
  const projectFiles = new Map(
    workspace.projects.flatMap((entry) => (entry.data ? [[entry.data.id, entry] as const] : [])),
  );
  for (const { projects } of model.terms) {
    for (const { indicators } of projects) {
      for (const item of indicators) {
        checkJumps(report, item, places, m);
        if (unreadable.has(item.project.id)) continue;
        checkStale(report, item, places, projectFiles.get(item.project.id), model, asOf);
      }
    }
  }
  places.answer(logs);
  return report.problems;
}

/** Values dated after the as-of date. Dates past the horizon already have an error of their own. */
function checkFuture(
  report: Reporter,
  logs: CheckedLog[],
  asOf: string,
  horizon: string,
): void {
  for (const entry of logs) {
    (entry.data.measurements ?? []).forEach((measurement, index) => {
      if (measurement.date <= asOf || measurement.date > horizon) return;
      report.warn(
        entry,
        ['measurements', index, 'date'],
        'future-date',
        report.m.validate.warnings.future(measurement.date, asOf),
      );
    });
  }
}

/** The project a log belongs to, by its file name: `measurements/<project-id>.yaml`. */
function logProjectId(path: string): string {
  return path.replace(/^.*[\\/]/, '').replace(/\.ya?ml$/i, '');
}

/**
 * Values dated on or before their indicator's baseline date: status and trend leave them out
 * (the baseline is the starting point), so say so rather than drop them silently.
 */
function checkBeforeBaseline(
  report: Reporter,
  logs: CheckedLog[],
  model: ProgrammeModel,
): void {
  const baselines = new Map<string, string>();
  for (const { projects } of model.terms) {
    for (const { project, indicators } of projects) {
      for (const { indicator } of indicators) {
        baselines.set(`${project.id}/${indicator.id}`, indicator.baseline.date);
      }
    }
  }
  for (const entry of logs) {
    (entry.data.measurements ?? []).forEach((measurement, index) => {
      const baseline = baselines.get(`${entry.data.project}/${measurement.indicator}`);
      if (baseline === undefined || measurement.date > baseline) return;
      report.warn(
        entry,
        ['measurements', index, 'date'],
        'before-baseline',
        report.m.validate.warnings.beforeBaseline(measurement.date, baseline),
      );
    });
  }
}

function placeKey(project: string, indicator: string, date: string): string {
  return `${project}/${indicator}/${date}`;
}

/**
 * A value is a jump when it is at least JUMP_FACTOR times the highest of the JUMP_WINDOW earlier
 * values above zero, or at most the lowest of them divided by JUMP_FACTOR. Only values above zero
 * are compared: a zero or a change of sign has no ratio. For a level or a ratio the baseline
 * counts as an earlier value; for a count of events it does not, as its baseline is a total.
 */
function checkJumps(
  report: Reporter,
  item: IndicatorModel,
  places: Places,
  m: Messages,
): void {
  const { indicator } = item;
  const baseline: Entry = { date: indicator.baseline.date, value: indicator.baseline.value };
  const series = indicator.aggregation === 'events' ? item.entries : [baseline, ...item.entries];
  // The last JUMP_WINDOW values above zero before the one looked at, oldest first.
  const recent: number[] = [];
  for (const entry of series) {
    if (entry !== baseline && entry.value > 0 && recent.length > 0) {
      checkJump(report, item, places, m, entry, recent);
    }
    if (entry.value > 0) {
      recent.push(entry.value);
      if (recent.length > JUMP_WINDOW) recent.shift();
    }
  }
}

function checkJump(
  report: Reporter,
  { indicator, project }: IndicatorModel,
  places: Places,
  m: Messages,
  entry: Entry,
  recent: number[],
): void {
  const low = Math.min(...recent);
  const high = Math.max(...recent);
  if (entry.value < JUMP_FACTOR * high && entry.value > low / JUMP_FACTOR) return;
  const show = (value: number): string => formatValue(value, indicator.unit, m.locale);
  const field = indicator.aggregation === 'ratio' ? 'numerator' : 'value';
  const said = m.validate.warnings.jump(
    show(entry.value),
    low === high ? show(low) : `${show(low)}–${show(high)}`,
  );
  places.find(project.id, indicator.id, entry.date, (place) => {
    if (place) report.warn(place.entry, ['measurements', place.index, field], 'jump', said);
  });
}

/** The latest value is older than the cadence allows: the rule and grace of `status`. */
function checkStale(
  report: Reporter,
  item: IndicatorModel,
  places: Places,
  projectFile: FileEntry<Project> | undefined,
  model: ProgrammeModel,
  asOf: string,
): void {
  const { indicator, project, entries } = item;
  const status = indicatorStatus(indicator, entries, project, asOf, model.programme.thresholds);
  if (!status.stale) return;
  const { warnings } = report.m.validate;
  const cadence = warnings.cadence[indicator.cadence] ?? indicator.cadence;
  const noValueYet = (): void => {
    const index = project.indicators.findIndex((candidate) => candidate.id === indicator.id);
    if (!projectFile || index < 0) return;
    report.warn(
      projectFile,
      ['indicators', index, 'cadence'],
      'stale',
      warnings.noValueYet(indicator.id, cadence, asOf),
    );
  };
  const date = status.currentDate;
  if (!date) {
    noValueYet();
    return;
  }
  places.find(project.id, indicator.id, date, (place) => {
    if (!place) return noValueYet();
    report.warn(
      place.entry,
      ['measurements', place.index, 'date'],
      'stale',
      warnings.stale(indicator.id, date, cadence, asOf),
    );
  });
}
