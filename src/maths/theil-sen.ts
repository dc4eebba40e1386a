/**
 * Robust slopes. The Theil–Sen estimator takes the median of the slopes between every pair of
 * points, so one odd value moves only the few slopes it takes part in and not the median.
 */

/** A value at a day number (days since 1970-01-01). */
export interface DayPoint {
  day: number;
  value: number;
}

/**
 * Above this many points, every other point is dropped until the rest fit, so that the number of
 * pairs stays near half a million.
 */
const MAX_POINTS = 1000;

/** The median of `values`, or undefined for an empty list. Does not change `values`. */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = Float64Array.from(values).sort();
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * The Theil–Sen slope in value per day: the median of (vⱼ − vᵢ) ÷ (dⱼ − dᵢ) over every pair of
 * points on different days. Undefined when no two points fall on different days.
 */
export function theilSenSlope(points: readonly DayPoint[]): number | undefined {
  const used = thin(points);
  const slopes: number[] = [];
  for (let i = 0; i < used.length; i++) {
    for (let j = i + 1; j < used.length; j++) {
      const a = used[i]!;
      const b = used[j]!;
      if (a.day !== b.day) slopes.push((b.value - a.value) / (b.day - a.day));
    }
  }
  return median(slopes);
}

// NOTE: a window of daily values over several years would make millions of pairs; keeping every
// k-th point (always the latest) loses a little precision and keeps `trend` fast.
function thin(points: readonly DayPoint[]): readonly DayPoint[] {
  if (points.length <= MAX_POINTS) return points;
  const step = Math.ceil(points.length / MAX_POINTS);
  const last = points.length - 1;
  return points.filter((_, index) => (last - index) % step === 0);
}
