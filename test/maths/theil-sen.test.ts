import { describe, expect, it } from 'vitest';
import { median, theilSenSlope } from '../../src/maths/theil-sen.js';

const line = (days: number[], slope: number, start = 0) =>
  days.map((day) => ({ day, value: start + slope * day }));

describe('Theil–Sen slope', () => {
  it('finds the slope of a straight line exactly', () => {
    // value = 7 + 2.5 × day, so every pairwise slope is 2.5
    expect(theilSenSlope(line([0, 3, 8, 20, 21], 2.5, 7))).toBe(2.5);
  });

  it('ignores one wild value in the middle of a line', () => {
    // 10 points on value = 3 × day, then day 5 replaced by 9999: 36 of the 45 pairwise slopes
    // leave that point out and are exactly 3, so they fill the middle of the sorted list.
    const points = line([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 3);
    points[5] = { day: 5, value: 9999 };
    expect(theilSenSlope(points)).toBe(3);
    // A least-squares line would tilt: the mean of the slopes alone is far from 3.
    const slopes = points.flatMap((a, i) =>
      points.slice(i + 1).map((b) => (b.value - a.value) / (b.day - a.day)));
    const mean = slopes.reduce((sum, slope) => sum + slope, 0) / slopes.length;
    expect(Math.abs(mean - 3)).toBeGreaterThan(10);
  });

  it('counts time in days, so a gap between measurements does not change the slope', () => {
    // Three points ten days apart, nothing for 180 days, then two more: slope 5 per day.
    // Counting entries instead of days, the same ten pairs (values −7, 43, 93, 993, 1043) would
    // have slopes 50, 50, 50, 50, 262.5, 333.3, 333.3, 475, 475, 900 per entry: median 297.9.
    expect(theilSenSlope(line([0, 10, 20, 200, 210], 5, -7))).toBe(5);
  });

  it('is 0 for a flat series', () => {
    const points = [{ day: 0, value: 4 }, { day: 30, value: 4 }, { day: 61, value: 4 }];
    expect(theilSenSlope(points)).toBe(0);
  });

  it('has no slope for a single point or points on one day', () => {
    expect(theilSenSlope([{ day: 3, value: 1 }])).toBeUndefined();
    expect(theilSenSlope([{ day: 3, value: 1 }, { day: 3, value: 2 }])).toBeUndefined();
  });

  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 10])).toBe(3.5);
    expect(median([])).toBeUndefined();
  });

  it('finds the same median by selection as by sorting, duplicates and all', () => {
    // A fixed pseudo-random sequence (a linear congruential generator), so the test never varies.
    let seed = 12345;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % 40;
    for (let size = 1; size <= 60; size++) {
      const values = Array.from({ length: size }, next);
      const sorted = [...values].sort((a, b) => a - b);
      const half = size >> 1;
      const expected = size % 2 === 1 ? sorted[half]! : (sorted[half - 1]! + sorted[half]!) / 2;
      expect(median(values)).toBe(expected);
    }
  });

  it('stays quick for thousands of daily values', () => {
    // 5000 days on value = 0.5 × day: thinned to every 5th point, still exactly on the line.
    const points = line(Array.from({ length: 5000 }, (_, day) => day), 0.5);
    expect(theilSenSlope(points)).toBe(0.5);
  });
});
