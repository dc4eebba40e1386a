/**
 * An indicator's values per period: the latest value of a level, the total of a count of events,
 * and for a ratio the quotient of the summed parts (never an average of ratios).
 */
import { daysBetween } from '../model/dates.js';
import type { Entry } from '../model/model.js';
import type { Indicator } from '../model/schema.js';
import { countingEntries } from './status.js';
import { periodOf, type Period, type PeriodKind } from './periods.js';

export interface PeriodValue {
  period: Period;
  /** The indicator's value for the period, in its unit. */
  value: number;
  /** The date of the latest measurement in the period (the baseline date for a baseline). */
  date: string;
  /** Days the total of a count of events covers: the period, from the baseline date on. */
  days: number;
}

/** A dated value: a measurement, or the baseline. */
export interface DatedValue {
  date: string;
  value: number;
}

/** The baseline and every measurement that counts on `asOf`, oldest first. */
export function levelPoints(indicator: Indicator, entries: Entry[], asOf: string): DatedValue[] {
  const baseline = indicator.baseline.date <= asOf ? [{ ...indicator.baseline }] : [];
  const measured = countingEntries(indicator, entries, asOf)
    .map(({ date, value }) => ({ date, value }));
  return [...baseline, ...measured];
}

/**
 * The value of every period that has one, oldest first. The baseline fills its own period for a
 * level or a ratio when nothing was measured there; a count of events starts after it.
 */
export function periodValues(
  indicator: Indicator, entries: Entry[], asOf: string, kind: PeriodKind,
): PeriodValue[] {
  const groups = new Map<string, { period: Period; entries: Entry[] }>();
  for (const entry of countingEntries(indicator, entries, asOf)) {
    const period = periodOf(entry.date, kind);
    const group = groups.get(period.id) ?? { period, entries: [] };
    group.entries.push(entry);
    groups.set(period.id, group);
  }
  const values = [...groups.values()]
    .map(({ period, entries: list }) => combine(indicator, period, list));
  const { baseline } = indicator;
  const basePeriod = periodOf(baseline.date, kind);
  if (indicator.aggregation !== 'events' && baseline.date <= asOf && !groups.has(basePeriod.id)) {
    values.push({ period: basePeriod, value: baseline.value, date: baseline.date, days: 1 });
  }
  return values.sort((a, b) => (a.period.start < b.period.start ? -1 : 1));
}

function combine(indicator: Indicator, period: Period, entries: Entry[]): PeriodValue {
  const last = entries[entries.length - 1]!;
  const start = period.start > indicator.baseline.date ? period.start : indicator.baseline.date;
  const base = { period, date: last.date, days: daysBetween(start, period.end) + 1 };
  if (indicator.aggregation === 'events') {
    return { ...base, value: entries.reduce((total, entry) => total + entry.value, 0) };
  }
  if (indicator.aggregation === 'ratio') {
    const numerator = entries.reduce((total, entry) => total + (entry.numerator ?? 0), 0);
    const denominator = entries.reduce((total, entry) => total + (entry.denominator ?? 0), 0);
    if (denominator > 0) {
      return { ...base, value: (numerator / denominator) * (indicator.ratio?.factor ?? 1) };
    }
  }
  return { ...base, value: last.value };
}

/** The baseline plus every event counted after it, up to and including `date`. */
export function totalOn(indicator: Indicator, entries: Entry[], date: string): number {
  return countingEntries(indicator, entries, date)
    .reduce((total, entry) => total + entry.value, indicator.baseline.value);
}
