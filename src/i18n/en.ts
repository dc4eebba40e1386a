/**
 * Every word ub2030 prints, in English. `nl.ts` has the same keys (the type checker and a test
 * both insist); add a message to both or to neither.
 */
import type { PeriodKind } from '../maths/periods.js';
import { validateEn } from './en-validate.js';
import type { StatusWord } from '../maths/status.js';
import type { GoodWay, Verdict } from '../maths/trend.js';

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

export const en = {
  /** BCP 47 locale for numbers and dates. */
  locale: 'en-GB',

  status: {
    achieved: 'achieved',
    'on-track': 'on track',
    'at-risk': 'at risk',
    'off-track': 'off track',
    missed: 'missed',
    'too-early': 'too early',
    'no-data': 'no data',
    'not-started': 'not started',
  } satisfies Record<StatusWord, string>,

  state: {
    planned: 'planned', active: 'active', completed: 'completed', paused: 'paused', stopped: 'stopped',
  } as Record<string, string>,

  headers: {
    indicator: 'Indicator',
    baseline: 'Baseline',
    latest: 'Latest',
    target: 'Target',
    progress: 'Progress',
    expected: 'Expected',
    status: 'Status',
  },

  statusReport: {
    title: (programme: string, date: string) => `${programme} — status on ${date}`,
    markdownIntro: (date: string) => `Status on ${date}.`,
    noProjects: '(no projects in this term)',
    projectAbout: (id: string, state: string, start: string, end: string) => `(${id}, ${state}, ${start} to ${end})`,
    stale: 'stale',
    keep: 'keep',
    total: 'total',
    programme: 'Programme',
    problemsLeftOut: (count: number) =>
      `${plural(count, 'problem', 'problems')} in the programme files: what could not be read is left out above. `
      + 'Run `ub2030 validate` to see and fix them.',
    unreadable: 'The programme cannot be read: programme.yaml has problems. Run `ub2030 validate` to see them.',
  },

  summary: {
    onTrack: (count: number, total: number) => `${count} of ${total} indicators on track or achieved`,
    count: (count: number, word: string) => `${count} ${word}`,
    withoutData: (count: number) => `${count} without data`,
    notStarted: (count: number) => `${count} not started`,
    stale: (count: number) => `${count} stale`,
  },

  // ── trend: the words of `ub2030 trend` go below this line ──

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

  // (end of trend)


  // ── validate: the words of `ub2030 validate`, its rules and hints go below this line ──
  /** `ub2030 validate`: kept in a file of its own, as it is long. */
  validate: validateEn,
  // (end of validate)


  // ── record: the words of `ub2030 record`, `import` and `undo` go below this line ──

  // (end of record)


  // ── report: the words of `ub2030 report` and the rest go below this line ──

  // (end of report)
};

export type Messages = typeof en;
