import { describe, expect, it } from 'vitest';
import {
  cadencePeriod, namedSpan, periodOf, periodsBetween, shiftPeriod,
} from '../../src/maths/periods.js';

describe('calendar periods', () => {
  it('knows the month, quarter and year of a date', () => {
    expect(periodOf('2028-02-14', 'month'))
      .toEqual({ id: '2028-02', kind: 'month', start: '2028-02-01', end: '2028-02-29' });
    expect(periodOf('2026-05-31', 'quarter'))
      .toEqual({ id: '2026-Q2', kind: 'quarter', start: '2026-04-01', end: '2026-06-30' });
    expect(periodOf('2026-12-31', 'year'))
      .toEqual({ id: '2026', kind: 'year', start: '2026-01-01', end: '2026-12-31' });
  });

  it('steps forward and back across year ends', () => {
    expect(shiftPeriod(periodOf('2026-11-15', 'quarter'), 1).id).toBe('2027-Q1');
    expect(shiftPeriod(periodOf('2026-01-31', 'month'), -2).id).toBe('2025-11');
  });

  it('lists every period between two dates, both ends included', () => {
    expect(periodsBetween('2025-08-20', '2026-02-01', 'quarter').map(({ id }) => id))
      .toEqual(['2025-Q3', '2025-Q4', '2026-Q1']);
    expect(periodsBetween('2026-03-01', '2026-03-31', 'month').map(({ id }) => id))
      .toEqual(['2026-03']);
  });

  it('totals daily, weekly and monthly measurements per month', () => {
    const cadences = ['daily', 'weekly', 'monthly', 'quarterly', 'yearly'] as const;
    expect(cadences.map(cadencePeriod)).toEqual(['month', 'month', 'month', 'quarter', 'year']);
  });

  it('reads a year, a month, a quarter (Q or the Dutch K) or a date', () => {
    expect(namedSpan('2026')).toEqual({ start: '2026-01-01', end: '2026-12-31' });
    expect(namedSpan('2026-02')).toEqual({ start: '2026-02-01', end: '2026-02-28' });
    expect(namedSpan('2026-Q2')).toEqual({ start: '2026-04-01', end: '2026-06-30' });
    expect(namedSpan('2026-k3')).toEqual({ start: '2026-07-01', end: '2026-09-30' });
    expect(namedSpan('2026-03-15')).toEqual({ start: '2026-03-15', end: '2026-03-15' });
    expect(namedSpan('2026-13')).toBeUndefined();
    expect(namedSpan('March 2026')).toBeUndefined();
  });
});
