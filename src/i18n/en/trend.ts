/** The words of `ub2030 trend`, in English. `../nl/trend.ts` has the same keys. */
import type { PeriodKind } from '../../maths/periods.js';
import type { GoodWay, Verdict } from '../../maths/trend.js';

export const trendEn = {
  trend: {
    title: (programme: string, date: string) => `${programme} — trend on ${date}`,
    periodsTitle: (programme: string, kind: string, date: string) =>
      `${programme} — per ${kind}, as of ${date}`,
    markdownIntro: (date: string) => `Trend on ${date}.`,
    periodsIntro: (kind: string, date: string) => `Per ${kind}, as of ${date}.`,
    kinds: {
      month: 'month', quarter: 'quarter', year: 'year',
    } satisfies Record<PeriodKind, string>,
    quarter: (year: string, quarter: string) => `${year} Q${quarter}`,
    headers: {
      indicator: 'Indicator',
      series: 'Series',
      latest: 'Latest',
      change: 'Change',
      yearChange: 'In a year',
      pace: 'Pace',
      deadline: 'At deadline',
      reached: 'Target reached',
      verdict: 'Verdict',
    },
    verdict: {
      improving: 'improving',
      flat: 'flat',
      worsening: 'worsening',
      'too-few-points': 'too few points',
    } satisfies Record<Verdict, string>,
    onTime: '→ on time',
    late: '→ too late',
    good: { up: '↑ is good', down: '↓ is good', keep: '↔ keep' } satisfies Record<GoodWay, string>,
    perMonth: '/mo',
    perYear: '/yr',
    reach: { reached: 'reached', within: 'within band', never: 'never at this pace' },
    target: 'target',
    partial: (date: string) => `* still running on ${date}`,
    legend: (months: number | undefined, minPoints: number) =>
      'Change: since the previous value; below it, over the last year. Pace: Theil–Sen slope over '
      + `${months === undefined ? 'the whole series' : `the last ${months} months`}, `
      + `at least ${minPoints} points (for a count of events: the median total per period). `
      + 'At deadline: the value at the deadline at this pace; below it, the day the target is '
      + 'reached. → on time / → too late: whether that value meets the target.',
    periodsLegend: 'The row "target" under each indicator is what the plan expects: the planned '
      + 'value at the end of the period, or, for a total, the planned number within the period.',
    summary: {
      improving: (count: number, total: number) => `${count} of ${total} improving`,
      flat: (count: number) => `${count} flat`,
      worsening: (count: number) => `${count} worsening`,
      tooFew: (count: number) => `${count} with too few points`,
      late: (count: number) => `${count} projected to miss their target`,
      noneLate: 'none projected to miss its target',
    },
    errors: {
      window: (value: string) =>
        `--window ${value}: expected a number of months or years, such as 12m, 24m or 2y, or all.`,
      windowHint: 'For example: --window 24m',
      period: (option: string, value: string) =>
        `${option} ${value}: expected a year (2026), a month (2026-03), a quarter (2026-Q1) `
        + 'or a date (2026-03-31).',
      periodHint: (option: string) => `For example: ${option} 2025-Q1`,
      noDay: (option: string, value: string) =>
        `${option} ${value}: this day does not exist in the calendar.`,
      order: (from: string, to: string) => `--from ${from} comes after --to ${to}.`,
      orderHint: 'Swap the two dates, or leave one out.',
      needBy: '--from and --to choose the period columns; '
        + 'use them together with --by month, quarter or year.',
      needByHint: 'For example: ub2030 trend --by quarter --from 2025-Q1',
    },
  },
};

export type TrendWords = typeof trendEn;
