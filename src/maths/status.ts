/**
 * The status of one indicator on a date: progress, expected progress, status word and staleness.
 * The rules and default bands are documented in the README.
 */
import { dayNumber } from '../model/dates.js';
import type { Entry } from '../model/model.js';
import type { Cadence, Indicator, Project, Thresholds } from '../model/schema.js';
import { expectedProgress, expectedValue, progress, type PathPoint } from './progress.js';

export const STATUS_WORDS = [
  'achieved',
  'on-track',
  'at-risk',
  'off-track',
  'missed',
  'too-early',
  'no-data',
  'not-started',
] as const;
export type StatusWord = (typeof STATUS_WORDS)[number];

/** Days a value stays fresh, per cadence, before the grace period. */
export const CADENCE_DAYS: Record<Cadence, number> = {
  daily: 1,
  weekly: 7,
  monthly: 31,
  quarterly: 92,
  yearly: 366,
};

export interface IndicatorStatus {
  status: StatusWord;
  /** The latest value (a level or a ratio) or the total so far (a count of events). */
  current?: number;
  /** Date of the latest measurement that counts. */
  currentDate?: string;
  /** Measurements since the baseline up to the as-of date. */
  count: number;
  /** Share of the way from baseline to target; undefined for a keep indicator. */
  progress?: number;
  /** Share of the way that should be covered by now. */
  expected?: number;
  /** The value the line from baseline to target gives for the as-of date. */
  expectedValue?: number;
  /** Judged by staying on the right side of the target rather than by progress. */
  keep: boolean;
  /** The latest value is older than the cadence allows (or a first value is overdue). */
  stale: boolean;
}

export function targetPath(indicator: Indicator): PathPoint[] {
  const milestones = [...(indicator.target.milestones ?? [])].sort((a, b) =>
    a.date < b.date ? -1 : 1,
  );
  return [
    { date: indicator.baseline.date, value: indicator.baseline.value },
    ...milestones,
    { date: indicator.target.deadline, value: indicator.target.value },
  ];
}

/** True when the indicator is judged by side, not progress: keep, or baseline already at target. */
export function isKeep(indicator: Indicator): boolean {
  const { direction, baseline, target } = indicator;
  if (direction === 'keep' || baseline.value === target.value) return true;
  return direction === 'increase' ? baseline.value > target.value : baseline.value < target.value;
}

/** The entries that count on `asOf`: after the baseline date, not after the as-of date; oldest first. */
export function countingEntries(indicator: Indicator, entries: Entry[], asOf: string): Entry[] {
  return entries
    .filter((entry) => entry.date > indicator.baseline.date && entry.date <= asOf)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The latest value, or for a count of events the baseline plus everything counted since. */
export function currentValue(indicator: Indicator, counting: Entry[]): number | undefined {
  const last = counting[counting.length - 1];
  if (!last) return undefined;
  if (indicator.aggregation !== 'events') return last.value;
  return counting.reduce((total, entry) => total + entry.value, indicator.baseline.value);
}

export function indicatorStatus(
  indicator: Indicator,
  entries: Entry[],
  project: Project,
  asOf: string,
  thresholds: Thresholds,
): IndicatorStatus {
  const counting = countingEntries(indicator, entries, asOf);
  const current = currentValue(indicator, counting);
  const currentDate = counting[counting.length - 1]?.date;
  const keep = isKeep(indicator);
  const path = targetPath(indicator);
  const base = {
    count: counting.length,
    keep,
    stale: isStale(indicator, project, currentDate, asOf, thresholds),
    ...(current === undefined ? {} : { current, currentDate }),
    ...(keep
      ? {}
      : definedOnly({
          progress:
            current === undefined
              ? undefined
              : progress(indicator.baseline.value, indicator.target.value, current),
          expected: expectedProgress(path, asOf),
          expectedValue: expectedValue(path, asOf),
        })),
  };
  return { ...base, status: statusWord(indicator, project, asOf, thresholds, base) };
}

function statusWord(
  indicator: Indicator,
  project: Project,
  asOf: string,
  thresholds: Thresholds,
  facts: Pick<IndicatorStatus, 'current' | 'progress' | 'expected' | 'keep'>,
): StatusWord {
  if (asOf < project.period.start) return 'not-started';
  if (facts.current === undefined) return 'no-data';
  const pastDeadline = asOf > indicator.target.deadline;
  if (facts.keep) return keepWord(indicator, facts.current, thresholds, pastDeadline);
  const done = facts.progress ?? 0;
  if (done >= 1) return 'achieved';
  if (pastDeadline) return 'missed';
  const expected = facts.expected ?? 0;
  if (expected < thresholds.too_early) return 'too-early';
  if (done >= thresholds.on_track * expected) return 'on-track';
  if (done >= thresholds.at_risk * expected) return 'at-risk';
  return 'off-track';
}

/** A keep indicator: on the right side of the target (within its tolerance), or how far off. */
function keepWord(
  indicator: Indicator,
  value: number,
  thresholds: Thresholds,
  pastDeadline: boolean,
): StatusWord {
  const { target, direction } = indicator;
  const tolerance = target.tolerance ?? 0;
  const low =
    direction === 'keep'
      ? target.value - tolerance
      : direction === 'increase'
        ? target.value
        : -Infinity;
  const high =
    direction === 'keep'
      ? target.value + tolerance
      : direction === 'increase'
        ? Infinity
        : target.value;
  const outside = value < low ? low - value : value > high ? value - high : 0;
  if (outside === 0) return pastDeadline ? 'achieved' : 'on-track';
  if (pastDeadline) return 'missed';
  const scale = indicator.scale;
  const reference =
    Math.abs(target.value) ||
    (scale?.min !== undefined && scale.max !== undefined ? scale.max - scale.min : 1);
  return outside <= thresholds.keep_band * reference ? 'at-risk' : 'off-track';
}

function isStale(
  indicator: Indicator,
  project: Project,
  latest: string | undefined,
  asOf: string,
  thresholds: Thresholds,
): boolean {
  if (project.state !== 'active' || asOf < project.period.start) return false;
  const allowed = CADENCE_DAYS[indicator.cadence] * (1 + thresholds.stale_grace);
  const deadlineDay = dayNumber(indicator.target.deadline);
  if (dayNumber(asOf) > deadlineDay + allowed) return false;
  const since = latest ?? maxDate(indicator.baseline.date, project.period.start);
  return dayNumber(asOf) - dayNumber(since) > allowed;
}

function maxDate(a: string, b: string): string {
  return a > b ? a : b;
}

function definedOnly<T extends Record<string, number | undefined>>(
  values: T,
): Partial<Record<keyof T, number>> {
  const out: Partial<Record<keyof T, number>> = {};
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined && Number.isFinite(value)) out[key as keyof T] = value;
  }
  return out;
}
