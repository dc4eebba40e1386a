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
  return values.length === 0 ? undefined : medianInPlace(Float64Array.from(values));
}

/**
 * The Theil–Sen slope in value per day: the median of (vⱼ − vᵢ) ÷ (dⱼ − dᵢ) over every pair of
 * points on different days. Undefined when no two points fall on different days.
 */
export function theilSenSlope(points: readonly DayPoint[]): number | undefined {
  const used = thin(points);
  const slopes = new Float64Array((used.length * (used.length - 1)) / 2);
  let count = 0;
  for (let i = 0; i < used.length; i++) {
    for (let j = i + 1; j < used.length; j++) {
      const a = used[i]!;
      const b = used[j]!;
      if (a.day !== b.day) slopes[count++] = (b.value - a.value) / (b.day - a.day);
    }
  }
  return count === 0 ? undefined : medianInPlace(slopes.subarray(0, count));
}

/** The median by selection (Hoare's quickselect), in linear time; reorders `values`. */
function medianInPlace(values: Float64Array): number {
  const middle = values.length >> 1;
  const upper = select(values, middle);
  if (values.length % 2 === 1) return upper;
  let lower = -Infinity;
  for (let index = 0; index < middle; index++) lower = Math.max(lower, values[index]!);
  return (lower + upper) / 2;
}

/** Puts the k-th smallest value at index k, smaller ones before it, and returns it. */
function select(values: Float64Array, k: number): number {
  let [left, right] = [0, values.length - 1];
  while (left < right) {
    const pivot = values[(left + right) >> 1]!;
    let [i, j] = [left, right];
    while (i <= j) {
      while (values[i]! < pivot) i++;
      while (values[j]! > pivot) j--;
      if (i <= j) {
        [values[i], values[j]] = [values[j]!, values[i]!];
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else break;
  }
  return values[k]!;
}

// NOTE: a window of daily values over several years would make millions of pairs; keeping every
// k-th point (always the latest) loses a little precision and keeps `trend` fast.
function thin(points: readonly DayPoint[]): readonly DayPoint[] {
  if (points.length <= MAX_POINTS) return points;
  const step = Math.ceil(points.length / MAX_POINTS);
  const last = points.length - 1;
  return points.filter((_, index) => (last - index) % step === 0);
}
