/**
 * The words of `ub2030 status`: status words, project states, headers, summaries, in English.
 * `../nl/status.ts` has the same keys.
 */
import type { StatusWord } from '../../maths/status.js';

const plural = (count: number, one: string, many: string): string =>
  `${count} ${count === 1 ? one : many}`;

export const statusEn = {
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
};

export type StatusWords = typeof statusEn;
