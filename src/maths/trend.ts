/**
 * Where an indicator is heading: its recent changes, a robust pace, the value it reaches by the
 * deadline at that pace, and a verdict. Pure functions; the method is documented in the README.
 */
import { addCalendarMonths, dayNumber, daysBetween, fromDayNumber } from '../model/dates.js';
import type { Entry } from '../model/model.js';
import type { Indicator } from '../model/schema.js';
import { boundsOf } from '../model/units.js';
import { cadencePeriod, periodsBetween, shiftPeriod } from './periods.js';
import { median, theilSenSlope } from './theil-sen.js';
import { levelPoints, periodValues, type DatedValue, type PeriodValue } from './trend-series.js';

/** The fewest points (periods, for a count of events) a pace is taken from. */
export const MIN_POINTS = 3;
/** Flat: at this pace the whole planned period would cover less than this share of the way. */
export const FLAT_SHARE = 0.1;
/** The pace looks back this many months from the as-of date, unless told otherwise. */
export const DEFAULT_WINDOW_MONTHS = 12;
/** The sparkline shows at most this many periods. */
export const SPARK_PERIODS = 12;
/** A value counts as "a year earlier" when it lies within this many days of that date. */
const YEAR_SLACK_DAYS = 46;
const LAST_DAY = dayNumber('9999-12-31');

export interface TrendSettings {
  /** Months the pace looks back from the as-of date; undefined for the whole series. */
  windowMonths?: number;
  /** A keep indicator without a tolerance is judged within this share of its target. */
  keepBand: number;
}

export const VERDICTS = ['improving', 'flat', 'worsening', 'too-few-points'] as const;
export type Verdict = (typeof VERDICTS)[number];
/** Which way is good news: up, down, or staying within the target's band. */
export type GoodWay = 'up' | 'down' | 'keep';

export interface Change {
  /** The date of the value the change is measured from. */
  from: string;
  /** Latest value minus that value, in the indicator's unit. */
  amount: number;
  /** The change as a share of that value; left out when that value is 0 or below. */
  share?: number;
}

export interface Pace {
  /** Change per day, in the indicator's unit. */
  perDay: number;
  /** How many points (or periods, for a count of events) it was taken from. */
  points: number;
  /** First and last day of the data it was taken from. */
  from: string;
  to: string;
}

/** When the target is reached at the current pace. */
export type Reach =
  | { kind: 'reached' }
  | { kind: 'within' }
  | { kind: 'on'; date: string }
  | { kind: 'never' };

export interface Projection {
  deadline: string;
  /** The value at the deadline at the current pace, kept within the unit's bounds. */
  value: number;
  reach: Reach;
  /** The projected value at the deadline meets the target (or stays within its band). */
  onTime: boolean;
}

/** One mark of the sparkline: a period and its value, none when nothing was measured. */
export interface SparkPoint {
  period: string;
  value?: number;
}

export interface IndicatorTrend {
  good: GoodWay;
  spark: SparkPoint[];
  /** The latest value (for a count of events: the total so far) and its date. */
  latest?: DatedValue;
  sincePrevious?: Change;
  overYear?: Change;
  pace?: Pace;
  projection?: Projection;
  verdict: Verdict;
}

export function indicatorTrend(
  indicator: Indicator, entries: Entry[], asOf: string, settings: TrendSettings,
): IndicatorTrend {
  const periods = periodValues(indicator, entries, asOf, cadencePeriod(indicator.cadence));
  const track = valueTrack(indicator, entries, asOf, periods);
  const measured = track.length > 0 && track[track.length - 1]!.date > indicator.baseline.date;
  const latest = measured ? track[track.length - 1] : undefined;
  const windowStart = settings.windowMonths === undefined
    ? undefined : addCalendarMonths(asOf, -settings.windowMonths);
  const pace = indicator.aggregation === 'events'
    ? eventPace(periods, asOf, windowStart) : slopePace(track, windowStart);
  const good: GoodWay = indicator.direction === 'increase' ? 'up' : indicator.direction === 'decrease' ? 'down' : 'keep';
  const base = { good, spark: sparkPoints(periods) };
  if (!latest) return { ...base, verdict: 'too-few-points' };
  const changes = {
    ...defined('sincePrevious', changeFrom(latest, track[track.length - 2])),
    ...defined('overYear', changeFrom(latest, yearEarlier(track, latest))),
  };
  if (!pace) return { ...base, latest, ...changes, verdict: 'too-few-points' };
  const projection = project(indicator, latest, pace.perDay, asOf);
  return {
    ...base, latest, ...changes, pace, ...defined('projection', projection),
    verdict: verdictOf(indicator, latest.value, pace.perDay, settings.keepBand),
  };
}

/** The indicator's value over time: each measurement of a level, each period of a ratio, and the
 *  running total of a count of events at the end of each period. The baseline comes first. */
function valueTrack(indicator: Indicator, entries: Entry[], asOf: string, periods: PeriodValue[]): DatedValue[] {
  if (indicator.aggregation === 'level') return levelPoints(indicator, entries, asOf);
  if (indicator.aggregation === 'ratio') return periods.map(({ date, value }) => ({ date, value }));
  if (indicator.baseline.date > asOf) return [];
  let total = indicator.baseline.value;
  const running = periods.map(({ date, value }) => ({ date, value: (total += value) }));
  return [{ ...indicator.baseline }, ...running];
}

/** The items from `start` on, or the latest MIN_POINTS when fewer; undefined when there are not that many. */
function windowed<T>(items: T[], dateOf: (item: T) => string, start: string | undefined): T[] | undefined {
  if (items.length < MIN_POINTS) return undefined;
  const recent = start === undefined ? items : items.filter((item) => dateOf(item) >= start);
  return recent.length >= MIN_POINTS ? recent : items.slice(-MIN_POINTS);
}

function slopePace(track: DatedValue[], windowStart: string | undefined): Pace | undefined {
  const used = windowed(track, (point) => point.date, windowStart);
  const slope = used && theilSenSlope(used.map(({ date, value }) => ({ day: dayNumber(date), value })));
  if (!used || slope === undefined) return undefined;
  return { perDay: slope, points: used.length, from: used[0]!.date, to: used[used.length - 1]!.date };
}

/** A count of events: the median of the complete periods' totals, each divided by the days it covers. */
function eventPace(periods: PeriodValue[], asOf: string, windowStart: string | undefined): Pace | undefined {
  const complete = periods.filter(({ period }) => period.end <= asOf);
  const used = windowed(complete, ({ period }) => period.end, windowStart);
  const rate = used && median(used.map(({ value, days }) => value / days));
  if (!used || rate === undefined) return undefined;
  return { perDay: rate, points: used.length, from: used[0]!.period.start, to: used[used.length - 1]!.period.end };
}

function changeFrom(latest: DatedValue, earlier: DatedValue | undefined): Change | undefined {
  if (!earlier) return undefined;
  const amount = latest.value - earlier.value;
  return { from: earlier.date, amount, ...(earlier.value > 0 ? { share: amount / earlier.value } : {}) };
}

/** The value nearest to a year before the latest one, if one lies close enough to that date. */
function yearEarlier(track: DatedValue[], latest: DatedValue): DatedValue | undefined {
  const target = dayNumber(addCalendarMonths(latest.date, -12));
  let best: DatedValue | undefined;
  for (const point of track) {
    const distance = Math.abs(dayNumber(point.date) - target);
    if (point.date < latest.date && distance <= YEAR_SLACK_DAYS
      && (!best || distance < Math.abs(dayNumber(best.date) - target))) best = point;
  }
  return best;
}

/** The values that meet the target: at or past it, or within a keep indicator's band. */
export function goalBand(indicator: Indicator): { low: number; high: number } {
  const { direction, target } = indicator;
  const tolerance = direction === 'keep' ? target.tolerance ?? 0 : 0;
  return {
    low: direction === 'decrease' ? -Infinity : target.value - tolerance,
    high: direction === 'increase' ? Infinity : target.value + tolerance,
  };
}

function project(indicator: Indicator, latest: DatedValue, perDay: number, asOf: string): Projection | undefined {
  const deadline = indicator.target.deadline;
  if (asOf > deadline) return undefined;
  const bounds = boundsOf(indicator);
  const raw = latest.value + perDay * Math.max(0, daysBetween(latest.date, deadline));
  const value = Math.min(bounds.max ?? Infinity, Math.max(bounds.min ?? -Infinity, raw));
  const band = goalBand(indicator);
  const onTime = value >= band.low && value <= band.high;
  return { deadline, value, onTime, reach: reachOf(indicator, latest, perDay, band) };
}

function reachOf(indicator: Indicator, latest: DatedValue, perDay: number, band: { low: number; high: number }): Reach {
  if (latest.value >= band.low && latest.value <= band.high) {
    return indicator.direction === 'keep' ? { kind: 'within' } : { kind: 'reached' };
  }
  const gap = (latest.value < band.low ? band.low : band.high) - latest.value;
  if (perDay === 0 || Math.sign(perDay) !== Math.sign(gap)) return { kind: 'never' };
  const day = dayNumber(latest.date) + Math.ceil(gap / perDay);
  return day > LAST_DAY ? { kind: 'never' } : { kind: 'on', date: fromDayNumber(day) };
}

/** How far the plan means to move: |target − baseline|, or a keep indicator's tolerance band. */
export function planDistance(indicator: Indicator, keepBand: number): number {
  const { baseline, target, direction, scale } = indicator;
  const span = Math.abs(target.value - baseline.value);
  if (direction !== 'keep' && span > 0) return span;
  if ((target.tolerance ?? 0) > 0) return target.tolerance!;
  const range = scale?.min !== undefined && scale.max !== undefined ? scale.max - scale.min : 1;
  return keepBand * (Math.abs(target.value) || range);
}

/** At this pace the planned period (baseline date to deadline) covers under FLAT_SHARE of the way. */
function isFlat(indicator: Indicator, perDay: number, keepBand: number): boolean {
  const planDays = Math.max(1, daysBetween(indicator.baseline.date, indicator.target.deadline));
  return Math.abs(perDay) * planDays < FLAT_SHARE * planDistance(indicator, keepBand);
}

function verdictOf(indicator: Indicator, latest: number, perDay: number, keepBand: number): Verdict {
  if (isFlat(indicator, perDay, keepBand)) return 'flat';
  const { direction, target } = indicator;
  const good = direction === 'increase' ? 1 : direction === 'decrease' ? -1 : Math.sign(target.value - latest);
  return Math.sign(perDay) === good ? 'improving' : 'worsening';
}

/** The last SPARK_PERIODS periods up to the latest one with a value, gaps included. */
function sparkPoints(periods: PeriodValue[]): SparkPoint[] {
  const first = periods[0];
  const last = periods[periods.length - 1];
  if (!first || !last) return [];
  const from = shiftPeriod(last.period, 1 - SPARK_PERIODS);
  const start = from.start > first.period.start ? from.start : first.period.start;
  const byId = new Map(periods.map(({ period, value }) => [period.id, value]));
  return periodsBetween(start, last.period.end, last.period.kind).map(({ id }) => {
    const value = byId.get(id);
    return value === undefined ? { period: id } : { period: id, value };
  });
}

function defined<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}
