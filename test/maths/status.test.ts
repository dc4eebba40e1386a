import { describe, expect, it } from 'vitest';
import { indicatorStatus } from '../../src/maths/status.js';
import type { Entry } from '../../src/model/model.js';
import { thresholdsSchema, type Indicator, type Project } from '../../src/model/schema.js';

const thresholds = thresholdsSchema.parse({});

function indicator(overrides: Partial<Indicator> = {}): Indicator {
  return {
    id: 'users', title: 'Users', unit: 'count', direction: 'increase', aggregation: 'level', cadence: 'monthly',
    // 2025-01-01 → 2026-12-31 is 729 days
    baseline: { value: 0, date: '2025-01-01' },
    target: { value: 1000, deadline: '2026-12-31' },
    ...overrides,
  };
}

const project: Project = {
  id: 'p', title: 'P', term: 'short', goal: 'g', state: 'active',
  period: { start: '2025-01-01', end: '2026-12-31' }, indicators: [],
};

function at(value: number, date: string): Entry {
  return { value, date };
}

function statusOf(entries: Entry[], asOf: string, overrides: Partial<Indicator> = {}) {
  return indicatorStatus(indicator(overrides), entries, project, asOf, thresholds);
}

describe('status words', () => {
  // On 2025-12-31, 364 of 729 days have passed: expected progress 364 ÷ 729 = 0.49931.
  // On track from 0.85 × 0.49931 = 0.42442, at risk from 0.60 × 0.49931 = 0.29959.
  it('is on track at or above 85 % of the expected progress', () => {
    const result = statusOf([at(450, '2025-12-15')], '2025-12-31');
    expect(result.expected).toBeCloseTo(364 / 729, 10);
    expect(result.progress).toBe(0.45);
    expect(result.expectedValue).toBeCloseTo((1000 * 364) / 729, 10);
    expect(result.status).toBe('on-track');
  });

  it('is at risk between 60 % and 85 % of the expected progress', () => {
    expect(statusOf([at(400, '2025-12-15')], '2025-12-31').status).toBe('at-risk');
    expect(statusOf([at(300, '2025-12-15')], '2025-12-31').status).toBe('at-risk');
  });

  it('is off track below 60 % of the expected progress', () => {
    expect(statusOf([at(299, '2025-12-15')], '2025-12-31').status).toBe('off-track');
  });

  it('is never a problem when ahead', () => {
    expect(statusOf([at(900, '2025-12-15')], '2025-12-31').status).toBe('on-track');
  });

  it('is achieved at 100 % or more, even before the deadline', () => {
    const result = statusOf([at(1200, '2025-12-15')], '2025-12-31');
    expect(result.progress).toBe(1.2);
    expect(result.status).toBe('achieved');
  });

  it('is missed past the deadline when short of the target', () => {
    expect(statusOf([at(900, '2026-12-20')], '2027-01-15').status).toBe('missed');
  });

  it('is too early while expected progress is under 10 %', () => {
    // 2025-02-01: 31 ÷ 729 = 0.0425 expected
    const result = statusOf([at(5, '2025-01-31')], '2025-02-01');
    expect(result.status).toBe('too-early');
    expect(result.progress).toBe(0.005);
  });

  it('is not started before the project starts', () => {
    expect(statusOf([], '2024-12-01').status).toBe('not-started');
  });

  it('is no data without a measurement since the baseline', () => {
    const none = statusOf([], '2025-12-31');
    expect(none.status).toBe('no-data');
    expect(none.current).toBeUndefined();
    expect(none.progress).toBeUndefined();
  });

  it('ignores a measurement before the baseline, and one after the as-of date', () => {
    expect(statusOf([at(500, '2024-12-01')], '2025-12-31').status).toBe('no-data');
    expect(statusOf([at(500, '2026-03-01')], '2025-12-31').status).toBe('no-data');
  });

  it('takes the latest value of a level', () => {
    const result = statusOf([at(300, '2025-06-30'), at(450, '2025-12-15'), at(420, '2025-09-30')], '2025-12-31');
    expect(result.current).toBe(450);
    expect(result.currentDate).toBe('2025-12-15');
  });
});

describe('decreasing indicators', () => {
  // 2025-01-01 → 2027-01-01 is 730 days; on 2026-01-01 expected progress is exactly 0.5.
  const decrease = {
    direction: 'decrease' as const, unit: 'minutes' as const,
    baseline: { value: 40, date: '2025-01-01' }, target: { value: 20, deadline: '2027-01-01' },
  };

  it('counts a fall toward the target as progress', () => {
    const result = statusOf([at(31, '2025-12-31')], '2026-01-01', decrease);
    expect(result.progress).toBe(0.45); // (31 − 40) ÷ (20 − 40)
    expect(result.expected).toBe(0.5);
    expect(result.status).toBe('on-track'); // 0.45 ≥ 0.85 × 0.5
  });

  it('counts a rise as moving the wrong way', () => {
    const result = statusOf([at(44, '2025-12-31')], '2026-01-01', decrease);
    expect(result.progress).toBe(-0.2);
    expect(result.status).toBe('off-track');
  });
});

describe('counts of events', () => {
  it('adds up the values since the baseline date', () => {
    const entries = [at(100, '2025-03-31'), at(150, '2025-06-30'), at(120, '2025-09-30'), at(80, '2024-12-31')];
    const result = statusOf(entries, '2025-12-31', { aggregation: 'events' });
    expect(result.current).toBe(370); // 100 + 150 + 120; the 2024 value predates the baseline
    expect(result.count).toBe(3);
    expect(result.currentDate).toBe('2025-09-30');
  });
});

describe('keep indicators', () => {
  const keep = { unit: 'percent' as const, baseline: { value: 80, date: '2025-01-01' }, target: { value: 80, deadline: '2026-12-31' } };

  it('are on track on the right side of the target, with no progress figure', () => {
    const result = statusOf([at(83, '2025-12-01')], '2025-12-31', keep);
    expect(result.keep).toBe(true);
    expect(result.progress).toBeUndefined();
    expect(result.expected).toBeUndefined();
    expect(result.status).toBe('on-track');
  });

  it('are at risk within 5 % beyond the target, off track further', () => {
    // 5 % of 80 is 4: 77 is 3 below, 75 is 5 below
    expect(statusOf([at(77, '2025-12-01')], '2025-12-31', keep).status).toBe('at-risk');
    expect(statusOf([at(75, '2025-12-01')], '2025-12-31', keep).status).toBe('off-track');
  });

  it('keep within a band with direction keep and a tolerance', () => {
    const band = { direction: 'keep' as const, unit: 'percent' as const, baseline: { value: 50, date: '2025-01-01' },
      target: { value: 50, deadline: '2026-12-31', tolerance: 10 } };
    expect(statusOf([at(59, '2025-12-01')], '2025-12-31', band).status).toBe('on-track');
    expect(statusOf([at(62, '2025-12-01')], '2025-12-31', band).status).toBe('at-risk'); // 2 beyond 60; 5 % of 50 = 2.5
    expect(statusOf([at(36, '2025-12-01')], '2025-12-31', band).status).toBe('off-track');
  });

  it('treat a target already met at baseline as keep, never dividing the wrong way', () => {
    const met = { baseline: { value: 1200, date: '2025-01-01' }, target: { value: 1000, deadline: '2026-12-31' } };
    const result = statusOf([at(1100, '2025-12-01')], '2025-12-31', met);
    expect(result.keep).toBe(true);
    expect(result.status).toBe('on-track');
  });
});

describe('stale values', () => {
  // monthly: 31 days × (1 + 0.5 grace) = 46.5 days
  it('marks the latest value stale once older than the cadence and its grace', () => {
    expect(statusOf([at(400, '2025-10-31')], '2025-12-16').stale).toBe(false); // 46 days
    expect(statusOf([at(400, '2025-10-31')], '2025-12-17').stale).toBe(true); // 47 days
  });

  it('marks a first value overdue', () => {
    expect(statusOf([], '2025-03-01').stale).toBe(true); // 59 days since the start
    expect(statusOf([], '2025-02-01').stale).toBe(false);
  });
});
