/**
 * Calendar periods (month, quarter, year) with `YYYY-MM-DD` bounds. date-fns does the calendar
 * arithmetic on local dates at midnight, so month and quarter boundaries never shift.
 */
import { addMonths } from 'date-fns/addMonths';
import { addQuarters } from 'date-fns/addQuarters';
import { addYears } from 'date-fns/addYears';
import { endOfMonth } from 'date-fns/endOfMonth';
import { endOfQuarter } from 'date-fns/endOfQuarter';
import { endOfYear } from 'date-fns/endOfYear';
import { startOfMonth } from 'date-fns/startOfMonth';
import { startOfQuarter } from 'date-fns/startOfQuarter';
import { startOfYear } from 'date-fns/startOfYear';
import { localIsoDate } from '../model/dates.js';
import type { Cadence } from '../model/schema.js';

export const PERIOD_KINDS = ['month', 'quarter', 'year'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export interface Period {
  /** Stable, language-neutral id: `2026-03` (month), `2026-Q1` (quarter), `2026` (year). */
  id: string;
  kind: PeriodKind;
  /** First day of the period. */
  start: string;
  /** Last day of the period. */
  end: string;
}

function localDate(iso: string): Date {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, day);
}

function isoDate(date: Date): string {
  return localIsoDate(date);
}

const BOUNDS: Record<PeriodKind, [(date: Date) => Date, (date: Date) => Date]> = {
  month: [startOfMonth, endOfMonth],
  quarter: [startOfQuarter, endOfQuarter],
  year: [startOfYear, endOfYear],
};

const STEP: Record<PeriodKind, (date: Date, count: number) => Date> = {
  month: addMonths,
  quarter: addQuarters,
  year: addYears,
};

/** Periods already worked out, by id: long daily series ask for the same few periods often. */
const known = new Map<string, Period>();

/** The period of `kind` that holds the date `iso`. */
export function periodOf(iso: string, kind: PeriodKind): Period {
  const id = periodId(iso, kind);
  const cached = known.get(id);
  if (cached) return cached;
  const [toStart, toEnd] = BOUNDS[kind];
  const start = toStart(localDate(iso));
  const period = { id, kind, start: isoDate(start), end: isoDate(toEnd(start)) };
  known.set(id, period);
  return period;
}

/** `2026-03`, `2026-Q1` or `2026`, read straight from the `YYYY-MM-DD` text. */
function periodId(iso: string, kind: PeriodKind): string {
  if (kind === 'month') return iso.slice(0, 7);
  if (kind === 'quarter') return `${iso.slice(0, 4)}-Q${Math.ceil(Number(iso.slice(5, 7)) / 3)}`;
  return iso.slice(0, 4);
}

/** The period `count` periods after `period` (before it when `count` is negative). */
export function shiftPeriod(period: Period, count: number): Period {
  return periodOf(isoDate(STEP[period.kind](localDate(period.start), count)), period.kind);
}

/** Every period from the one holding `from` to the one holding `to`, oldest first. */
export function periodsBetween(from: string, to: string, kind: PeriodKind): Period[] {
  const periods: Period[] = [];
  const last = periodOf(to, kind);
  let period = periodOf(from, kind);
  while (period.start <= last.start) {
    periods.push(period);
    period = shiftPeriod(period, 1);
  }
  return periods;
}

/** The period a cadence is totalled over: a month for daily, weekly and monthly measurements. */
export function cadencePeriod(cadence: Cadence): PeriodKind {
  if (cadence === 'yearly') return 'year';
  if (cadence === 'quarterly') return 'quarter';
  return 'month';
}

/**
 * The first and last day named by `text`: a year (`2026`), a month (`2026-03`), a quarter
 * (`2026-Q1`, or `2026-K1` as Dutch writes it) or a single date (`2026-03-15`). Undefined when
 * `text` is none of these; the caller checks that a date exists.
 */
export function namedSpan(text: string): { start: string; end: string } | undefined {
  const value = text.trim().toUpperCase();
  let match = /^(\d{4})$/.exec(value);
  if (match) return spanOf(`${match[1]}-01-01`, 'year');
  match = /^(\d{4})-(\d{2})$/.exec(value);
  const month = Number(match?.[2]);
  if (match && month >= 1 && month <= 12) return spanOf(`${value}-01`, 'month');
  match = /^(\d{4})-?[QK]([1-4])$/.exec(value);
  if (match) {
    const month = String((Number(match[2]) - 1) * 3 + 1).padStart(2, '0');
    return spanOf(`${match[1]}-${month}-01`, 'quarter');
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return { start: value, end: value };
  return undefined;
}

function spanOf(iso: string, kind: PeriodKind): { start: string; end: string } {
  const { start, end } = periodOf(iso, kind);
  return { start, end };
}
