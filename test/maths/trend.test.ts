import { describe, expect, it } from 'vitest';
import { FLAT_SHARE, indicatorTrend, MIN_POINTS } from '../../src/maths/trend.js';
import { periodValues } from '../../src/maths/trend-series.js';
import type { Entry } from '../../src/model/model.js';
import type { Indicator } from '../../src/model/schema.js';

const settings = { windowMonths: 12, keepBand: 0.05 };

function indicator(overrides: Partial<Indicator> = {}): Indicator {
  return {
    id: 'users', title: 'Users', unit: 'count', direction: 'increase', aggregation: 'level',
    cadence: 'monthly',
    // 2025-01-01 → 2026-12-31 is 729 days
    baseline: { value: 0, date: '2025-01-01' },
    target: { value: 1000, deadline: '2026-12-31' },
    ...overrides,
  };
}

const at = (date: string, value: number): Entry => ({ date, value });

describe('trend of a level', () => {
  it('takes the pace of a straight line and projects it to the deadline', () => {
    // value = 2 × days since 2025-01-01: day 30, 60, 90 and 120 (2025-05-01), plus the baseline.
    const entries = [
      at('2025-01-31', 60), at('2025-03-02', 120), at('2025-04-01', 180), at('2025-05-01', 240),
    ];
    const trend = indicatorTrend(indicator(), entries, '2025-05-01', settings);
    expect(trend.pace).toEqual({ perDay: 2, points: 5, from: '2025-01-01', to: '2025-05-01' });
    // 2025-05-01 → 2026-12-31 is 365 + 244 = 609 days: 240 + 2 × 609 = 1458.
    // 1000 is reached after (1000 − 240) ÷ 2 = 380 days: 2026-05-01 + 15 days.
    expect(trend.projection).toEqual({
      deadline: '2026-12-31', value: 1458, onTime: true, reach: { kind: 'on', date: '2026-05-16' },
    });
    expect(trend.verdict).toBe('improving');
    expect(trend.good).toBe('up');
    expect(trend.latest).toEqual({ date: '2025-05-01', value: 240 });
    expect(trend.sincePrevious).toEqual({ from: '2025-04-01', amount: 60, share: 60 / 180 });
  });

  it('is not swung by one wild value', () => {
    // The same line, with 5000 recorded on day 60 instead of 120: of the 10 pairwise slopes, the
    // 6 that leave it out are exactly 2, so the median is 2.
    const entries = [
      at('2025-01-31', 60), at('2025-03-02', 5000), at('2025-04-01', 180), at('2025-05-01', 240),
    ];
    expect(indicatorTrend(indicator(), entries, '2025-05-01', settings).pace?.perDay).toBe(2);
  });

  it('measures time in days across a gap in the measurements', () => {
    // 100 + 5 × day, days 10, 20, 200 and 210 since 2025-01-01: the gap of 180 days does not
    // matter, the pace stays 5 a day.
    const entries = [
      at('2025-01-11', 150), at('2025-01-21', 200), at('2025-07-20', 1100), at('2025-07-30', 1150),
    ];
    const gapped = indicator({
      baseline: { value: 100, date: '2025-01-01' }, target: { value: 2000, deadline: '2026-12-31' },
    });
    const trend = indicatorTrend(gapped, entries, '2025-08-01', settings);
    expect(trend.pace?.perDay).toBe(5);
  });

  it('reads a falling line as good news when the goal is a decrease', () => {
    // 100 → 90, 80, 70 on days 100, 200, 300: −0.1 a day. From 70 on 2025-10-28, 40 is 300 days
    // away (64 days to the year's end, then 236 days: 24 August); the deadline is 429 days away:
    // 70 − 42.9 = 27.1.
    const falling = indicator({ direction: 'decrease', baseline: { value: 100, date: '2025-01-01' },
      target: { value: 40, deadline: '2026-12-31' } });
    const entries = [at('2025-04-11', 90), at('2025-07-20', 80), at('2025-10-28', 70)];
    const trend = indicatorTrend(falling, entries, '2025-10-31', settings);
    expect(trend.good).toBe('down');
    expect(trend.pace?.perDay).toBeCloseTo(-0.1, 12);
    expect(trend.verdict).toBe('improving');
    expect(trend.projection?.value).toBeCloseTo(27.1, 9);
    expect(trend.projection?.reach).toEqual({ kind: 'on', date: '2026-08-24' });
    expect(trend.projection?.onTime).toBe(true);

    const rising = [at('2025-04-11', 110), at('2025-07-20', 120), at('2025-10-28', 130)];
    const worse = indicatorTrend(falling, rising, '2025-10-31', settings);
    expect(worse.verdict).toBe('worsening');
    expect(worse.projection?.reach).toEqual({ kind: 'never' });
    expect(worse.projection?.onTime).toBe(false);
  });

  it('calls a flat series flat and never reaches the target', () => {
    // The baseline is 500 too, so all six pairwise slopes are 0.
    const steady = indicator({ baseline: { value: 500, date: '2025-01-01' } });
    const entries = [at('2025-02-01', 500), at('2025-03-01', 500), at('2025-04-01', 500)];
    const trend = indicatorTrend(steady, entries, '2025-04-15', settings);
    expect(trend.pace?.perDay).toBe(0);
    expect(trend.verdict).toBe('flat');
    expect(trend.projection).toMatchObject({ value: 500, onTime: false, reach: { kind: 'never' } });
  });

  it('is flat below a tenth of the pace the plan needs', () => {
    // The plan covers 1000 in 729 days; flat below 0.1 × 1000 ÷ 729 = 0.1372 a day.
    expect(FLAT_SHARE).toBe(0.1);
    const slow = [at('2025-04-11', 13), at('2025-07-20', 26)]; // 0.13 a day from the baseline
    const fast = [at('2025-04-11', 14), at('2025-07-20', 28)]; // 0.14 a day
    expect(indicatorTrend(indicator(), slow, '2025-08-01', settings).verdict).toBe('flat');
    expect(indicatorTrend(indicator(), fast, '2025-08-01', settings).verdict).toBe('improving');
  });

  it('says too few points for a single measurement, and still shows the change', () => {
    expect(MIN_POINTS).toBe(3);
    const trend = indicatorTrend(indicator(), [at('2025-03-31', 120)], '2025-04-15', settings);
    expect(trend.verdict).toBe('too-few-points');
    expect(trend.pace).toBeUndefined();
    expect(trend.projection).toBeUndefined();
    expect(trend.sincePrevious).toEqual({ from: '2025-01-01', amount: 120 });
  });

  it('reaches back past the window for the fewest points it needs', () => {
    // Yearly values: the last 12 months hold one, so the pace takes the latest three.
    const yearly = indicator({ cadence: 'yearly', baseline: { value: 10, date: '2020-12-31' },
      target: { value: 20, deadline: '2030-12-31' } });
    const entries = [
      at('2021-12-31', 11), at('2022-12-31', 12), at('2023-12-31', 14), at('2024-12-31', 15),
    ];
    const trend = indicatorTrend(yearly, entries, '2025-06-30', settings);
    expect(trend.pace).toMatchObject({ points: 3, from: '2022-12-31', to: '2024-12-31' });
    const all = indicatorTrend(yearly, entries, '2025-06-30', { keepBand: 0.05 });
    expect(all.pace).toMatchObject({ points: 5, from: '2020-12-31' });
  });

  it('judges a keep indicator by the way toward its target and the band at the deadline', () => {
    // 53 ± 3; 53.3, 53.6, 51.5 a year apart: slopes 0.3 ÷ 365, −2.1 ÷ 366, −1.8 ÷ 731; the median
    // −1.8 ÷ 731 a day moves 51.5 down by 1.8 × 2191 ÷ 731 = 5.395 over the six years to 2030.
    const keep = indicator({ direction: 'keep', cadence: 'yearly', unit: 'number',
      baseline: { value: 72.7, date: '2015-12-31' },
      target: { value: 53, tolerance: 3, deadline: '2030-12-31' } });
    const entries = [at('2022-12-31', 53.3), at('2023-12-31', 53.6), at('2024-12-31', 51.5)];
    const trend = indicatorTrend(keep, entries, '2026-12-01', settings);
    expect(trend.good).toBe('keep');
    expect(trend.pace?.perDay).toBeCloseTo(-1.8 / 731, 12);
    expect(trend.verdict).toBe('worsening');
    expect(trend.projection?.value).toBeCloseTo(51.5 - (1.8 * 2191) / 731, 9);
    expect(trend.projection).toMatchObject({ onTime: false, reach: { kind: 'within' } });
  });
});

describe('trend of a count of events', () => {
  const events = indicator({
    aggregation: 'events', cadence: 'quarterly', target: { value: 20000, deadline: '2026-12-31' },
  });
  // Quarters of 90, 91, 92 and 92 days; the third holds a festival.
  const entries = [
    at('2025-03-31', 900), at('2025-06-30', 910), at('2025-09-30', 9200), at('2025-12-31', 920),
  ];

  it('takes the median of the quarter totals per day, so one big quarter does not count', () => {
    // 900 ÷ 90 = 10, 910 ÷ 91 = 10, 9200 ÷ 92 = 100, 920 ÷ 92 = 10 a day: median 10.
    const trend = indicatorTrend(events, entries, '2026-01-15', settings);
    expect(trend.pace).toEqual({ perDay: 10, points: 4, from: '2025-01-01', to: '2025-12-31' });
    expect(trend.latest).toEqual({ date: '2025-12-31', value: 11930 });
    expect(trend.sincePrevious).toEqual({ from: '2025-09-30', amount: 920, share: 920 / 11010 });
    // 11,930 + 10 × 365 = 15,580 at the deadline; 20,000 after 807 more days: 2027-12-31 + 77.
    expect(trend.projection).toEqual({
      deadline: '2026-12-31', value: 15580, onTime: false,
      reach: { kind: 'on', date: '2028-03-17' },
    });
    expect(trend.spark.map(({ value }) => value)).toEqual([900, 910, 9200, 920]);
  });

  it('leaves out the quarter still running, and shows a quarter without entries as a gap', () => {
    const gappy = [
      at('2025-03-31', 900), at('2025-09-30', 920), at('2025-12-31', 910), at('2026-01-31', 50),
    ];
    const trend = indicatorTrend(events, gappy, '2026-02-15', settings);
    expect(trend.pace?.points).toBe(3);
    expect(trend.spark).toEqual([
      { period: '2025-Q1', value: 900 }, { period: '2025-Q2' }, { period: '2025-Q3', value: 920 },
      { period: '2025-Q4', value: 910 }, { period: '2026-Q1', value: 50 },
    ]);
  });
});

describe('values per period', () => {
  it('computes a ratio from the summed parts, never as an average of ratios', () => {
    // January: 5 of 100 (5 %) and 45 of 300 (15 %): 50 ÷ 400 = 12.5 %, not the average 10 %.
    const ratio = indicator({ unit: 'percent', aggregation: 'ratio',
      ratio: { numerator: 'likes', denominator: 'followers', factor: 100 } });
    const entries = [
      { date: '2025-01-15', value: 5, numerator: 5, denominator: 100 },
      { date: '2025-01-31', value: 15, numerator: 45, denominator: 300 },
    ];
    const values = periodValues(ratio, entries, '2025-02-01', 'month');
    expect(values.map(({ period, value }) => [period.id, value])).toEqual([['2025-01', 12.5]]);
  });

  it('keeps the latest value of a level and the baseline where nothing was measured', () => {
    const pairs = (entries: Entry[]) => periodValues(indicator(), entries, '2025-06-30', 'quarter')
      .map(({ period, value }) => [period.id, value]);
    expect(pairs([at('2025-03-10', 5), at('2025-03-31', 8)])).toEqual([['2025-Q1', 8]]);
    expect(pairs([at('2025-04-10', 5)])).toEqual([['2025-Q1', 0], ['2025-Q2', 5]]);
  });
});
