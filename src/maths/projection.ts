/**
 * What a pace means for the target: the value at the deadline, the day the target is reached,
 * and a verdict (improving, flat or worsening) that knows which way is good news.
 */
import { dayNumber, daysBetween, fromDayNumber } from '../model/dates.js';
import type { Indicator } from '../model/schema.js';
import { boundsOf } from '../model/units.js';
import type { DatedValue } from './trend-series.js';

/** Flat: at this pace the whole planned period would cover less than this share of the way. */
export const FLAT_SHARE = 0.1;
const LAST_DAY = dayNumber('9999-12-31');

export const VERDICTS = ['improving', 'flat', 'worsening', 'too-few-points'] as const;
export type Verdict = (typeof VERDICTS)[number];

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

/** The values that meet the target: at or past it, or within a keep indicator's band. */
export function goalBand(indicator: Indicator): { low: number; high: number } {
  const { direction, target } = indicator;
  const tolerance = direction === 'keep' ? target.tolerance ?? 0 : 0;
  return {
    low: direction === 'decrease' ? -Infinity : target.value - tolerance,
    high: direction === 'increase' ? Infinity : target.value + tolerance,
  };
}

/** Carries `latest` at `perDay` to the deadline; undefined once the deadline has passed. */
export function project(
  indicator: Indicator, latest: DatedValue, perDay: number, asOf: string,
): Projection | undefined {
  const deadline = indicator.target.deadline;
  if (asOf > deadline) return undefined;
  const bounds = boundsOf(indicator);
  const raw = latest.value + perDay * Math.max(0, daysBetween(latest.date, deadline));
  const value = Math.min(bounds.max ?? Infinity, Math.max(bounds.min ?? -Infinity, raw));
  const band = goalBand(indicator);
  const onTime = value >= band.low && value <= band.high;
  return { deadline, value, onTime, reach: reachOf(indicator, latest, perDay, band) };
}

function reachOf(
  indicator: Indicator, latest: DatedValue, perDay: number, band: { low: number; high: number },
): Reach {
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

/** Flat: at this pace the planned period (baseline date to deadline) covers < FLAT_SHARE of it. */
export function isFlat(indicator: Indicator, perDay: number, keepBand: number): boolean {
  const planDays = Math.max(1, daysBetween(indicator.baseline.date, indicator.target.deadline));
  return Math.abs(perDay) * planDays < FLAT_SHARE * planDistance(indicator, keepBand);
}

/** Improving when moving the good way: up, down, or (keep) toward the target value. */
export function verdictOf(
  indicator: Indicator, latest: number, perDay: number, keepBand: number,
): Verdict {
  if (isFlat(indicator, perDay, keepBand)) return 'flat';
  const { direction, target } = indicator;
  const good = direction === 'increase' ? 1
    : direction === 'decrease' ? -1 : Math.sign(target.value - latest);
  return Math.sign(perDay) === good ? 'improving' : 'worsening';
}
