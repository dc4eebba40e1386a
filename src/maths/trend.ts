/**
 * Where an indicator is heading: its recent changes, a robust pace, the value it reaches by the
 * deadline at that pace, and a verdict. Pure functions; the method is documented in the README.
 */
import { addCalendarMonths, dayNumber } from '../model/dates.js';
import type { Entry } from '../model/model.js';
import type { Indicator } from '../model/schema.js';
import { cadencePeriod, periodsBetween, shiftPeriod } from './periods.js';
import { project, verdictOf, type Projection, type Verdict } from './projection.js';
import { median, theilSenSlope } from './theil-sen.js';
import { levelPoints, periodValues, type DatedValue, type PeriodValue } from './trend-series.js';

export { FLAT_SHARE, VERDICTS, type Projection, type Reach, type Verdict } from './projection.js';

/** The fewest points (periods, for a count of events) a pace is taken from. */
export const MIN_POINTS = 3;
/** The pace looks back this many months from the as-of date, unless told otherwise. */
export const DEFAULT_WINDOW_MONTHS = 12;
/** The sparkline shows at most this many periods. */
export const SPARK_PERIODS = 12;
/** A value counts as "a year earlier" when it lies within this many days of that date. */
const YEAR_SLACK_DAYS = 46;

export interface TrendSettings {
  /** Months the pace looks back from the as-of date; undefined for the whole series. */
  windowMonths?: number;
  /** A keep indicator without a tolerance is judged within this share of its target. */
  keepBand: number;
}

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

const GOOD: Record<Indicator['direction'], GoodWay> = {
  increase: 'up', decrease: 'down', keep: 'keep',
};

export function indicatorTrend(
  indicator: Indicator, entries: Entry[], asOf: string, settings: TrendSettings,
): IndicatorTrend {
  const periods = periodValues(indicator, entries, asOf, cadencePeriod(indicator.cadence));
  const track = valueTrack(indicator, entries, asOf, periods);
  const last = track[track.length - 1];
  const latest = last && last.date > indicator.baseline.date ? last : undefined;
  const windowStart = settings.windowMonths === undefined
    ? undefined : addCalendarMonths(asOf, -settings.windowMonths);
  const pace = indicator.aggregation === 'events'
    ? eventPace(periods, asOf, windowStart) : slopePace(track, windowStart);

  const base = { good: GOOD[indicator.direction], spark: sparkPoints(periods) };
  if (!latest) return { ...base, verdict: 'too-few-points' };
  const changes = {
    ...defined('sincePrevious', changeFrom(latest, track[track.length - 2])),
    ...defined('overYear', changeFrom(latest, yearEarlier(track, latest))),
  };
  if (!pace) return { ...base, latest, ...changes, verdict: 'too-few-points' };
  return {
    ...base, latest, ...changes, pace,
    ...defined('projection', project(indicator, latest, pace.perDay, asOf)),
    verdict: verdictOf(indicator, latest.value, pace.perDay, settings.keepBand),
  };
}

/**
 * The indicator's value over time, the baseline first: each measurement of a level, each period
 * of a ratio, and for a count of events the running total at the end of each period. The report
 * draws this line in its charts.
 */
export function valueTrack(
  indicator: Indicator, entries: Entry[], asOf: string, periods: PeriodValue[],
): DatedValue[] {
  if (indicator.aggregation === 'level') return levelPoints(indicator, entries, asOf);
  if (indicator.aggregation === 'ratio') return periods.map(({ date, value }) => ({ date, value }));
  if (indicator.baseline.date > asOf) return [];
  let total = indicator.baseline.value;
  const running = periods.map(({ date, value }) => ({ date, value: (total += value) }));
  return [{ ...indicator.baseline }, ...running];
}

/** The items from `start` on, or the latest MIN_POINTS when fewer; undefined without that many. */
function windowed<T>(
  items: T[], dateOf: (item: T) => string, start: string | undefined,
): T[] | undefined {
  if (items.length < MIN_POINTS) return undefined;
  const recent = start === undefined ? items : items.filter((item) => dateOf(item) >= start);
  return recent.length >= MIN_POINTS ? recent : items.slice(-MIN_POINTS);
}

/** A level or a ratio: the Theil–Sen slope of the values in the window. */
function slopePace(track: DatedValue[], windowStart: string | undefined): Pace | undefined {
  const used = windowed(track, (point) => point.date, windowStart);
  if (!used) return undefined;
  const slope = theilSenSlope(used.map(({ date, value }) => ({ day: dayNumber(date), value })));
  if (slope === undefined) return undefined;
  const [first, last] = [used[0]!, used[used.length - 1]!];
  return { perDay: slope, points: used.length, from: first.date, to: last.date };
}

/** A count of events: the median of the complete periods' totals, each per day it covers. */
function eventPace(
  periods: PeriodValue[], asOf: string, windowStart: string | undefined,
): Pace | undefined {
  const complete = periods.filter(({ period }) => period.end <= asOf);
  const used = windowed(complete, ({ period }) => period.end, windowStart);
  const rate = used && median(used.map(({ value, days }) => value / days));
  if (!used || rate === undefined) return undefined;
  const [first, last] = [used[0]!, used[used.length - 1]!];
  return { perDay: rate, points: used.length, from: first.period.start, to: last.period.end };
}

function changeFrom(latest: DatedValue, earlier: DatedValue | undefined): Change | undefined {
  if (!earlier) return undefined;
  const amount = latest.value - earlier.value;
  const share = earlier.value > 0 ? { share: amount / earlier.value } : {};
  return { from: earlier.date, amount, ...share };
}

/** The value nearest to a year before the latest one, if one lies close enough to that date. */
function yearEarlier(track: DatedValue[], latest: DatedValue): DatedValue | undefined {
  const target = dayNumber(addCalendarMonths(latest.date, -12));
  let best: DatedValue | undefined;
  let bestDistance = YEAR_SLACK_DAYS + 1;
  for (const point of track) {
    const distance = Math.abs(dayNumber(point.date) - target);
    if (point.date < latest.date && distance < bestDistance) {
      best = point;
      bestDistance = distance;
    }
  }
  return best;
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
