/**
 * Progress toward a target, and where it should be by a date. Pure functions over plain numbers
 * and `YYYY-MM-DD` dates.
 */
import { dayNumber } from '../model/dates.js';

/** (x − b) ÷ (t − b), unclipped; undefined when baseline equals target. */
export function progress(baseline: number, target: number, value: number): number | undefined {
  if (target === baseline) return undefined;
  return (value - baseline) / (target - baseline);
}

export interface PathPoint {
  date: string;
  value: number;
}

/**
 * The share of the way from baseline to target that should be covered by `asOf`, following a
 * straight line through the points (baseline, milestones…, target). 0 before the baseline date,
 * 1 from the deadline on. Undefined when baseline equals target.
 */
export function expectedProgress(points: PathPoint[], asOf: string): number | undefined {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last || first.value === last.value) return undefined;
  const value = expectedValue(points, asOf);
  return (value - first.value) / (last.value - first.value);
}

/** The value the straight line(s) through `points` gives at `asOf`, held flat outside them. */
export function expectedValue(points: PathPoint[], asOf: string): number {
  const day = dayNumber(asOf);
  const first = points[0]!;
  if (day <= dayNumber(first.date)) return first.value;
  for (let index = 1; index < points.length; index++) {
    const from = points[index - 1]!;
    const to = points[index]!;
    const end = dayNumber(to.date);
    if (day <= end) {
      const start = dayNumber(from.date);
      const share = end === start ? 1 : (day - start) / (end - start);
      return from.value + share * (to.value - from.value);
    }
  }
  return points[points.length - 1]!.value;
}
