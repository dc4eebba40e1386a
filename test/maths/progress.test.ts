import { describe, expect, it } from 'vitest';
import { expectedProgress, expectedValue, progress } from '../../src/maths/progress.js';

describe('progress', () => {
  it('is the share of the way from baseline to target', () => {
    expect(progress(100, 200, 150)).toBe(0.5);
  });

  it('works for a decreasing target', () => {
    // (35 − 40) ÷ (20 − 40) = −5 ÷ −20
    expect(progress(40, 20, 35)).toBe(0.25);
  });

  it('is not clipped: above 100 % when exceeded, below 0 when moving the wrong way', () => {
    expect(progress(100, 200, 230)).toBeCloseTo(1.3, 10);
    expect(progress(100, 200, 90)).toBeCloseTo(-0.1, 10);
  });

  it('is undefined when baseline equals target', () => {
    expect(progress(80, 80, 81)).toBeUndefined();
  });
});

describe('expected progress', () => {
  const line = [
    { date: '2025-01-01', value: 0 },
    { date: '2027-01-01', value: 100 },
  ];

  it('follows a straight line from baseline date to deadline, counted in days', () => {
    // 2025-01-01 → 2026-01-01 is 365 of the 730 days
    expect(expectedProgress(line, '2026-01-01')).toBe(0.5);
    expect(expectedValue(line, '2026-01-01')).toBe(50);
  });

  it('is 0 before the baseline date and 1 from the deadline on', () => {
    expect(expectedProgress(line, '2024-06-01')).toBe(0);
    expect(expectedProgress(line, '2027-01-01')).toBe(1);
    expect(expectedProgress(line, '2028-03-01')).toBe(1);
  });

  it('goes through milestones', () => {
    const path = [
      { date: '2025-01-01', value: 0 },
      { date: '2025-07-01', value: 80 },
      { date: '2027-01-01', value: 100 },
    ];
    // 2025-04-01 is day 90 of the 181 days to the milestone: 80 × 90 ÷ 181
    expect(expectedValue(path, '2025-04-01')).toBeCloseTo((80 * 90) / 181, 10);
    expect(expectedProgress(path, '2025-04-01')).toBeCloseTo(0.39779, 5);
    // after the milestone: 80 + 20 × (days since 2025-07-01 ÷ 549)
    expect(expectedValue(path, '2026-01-01')).toBeCloseTo(80 + (20 * 184) / 549, 10);
  });

  it('is undefined when the line is flat', () => {
    expect(expectedProgress([{ date: '2025-01-01', value: 5 }, { date: '2026-01-01', value: 5 }], '2025-06-01'))
      .toBeUndefined();
  });
});
