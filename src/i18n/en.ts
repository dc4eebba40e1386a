/** The words ub2030 prints, in English. */
import type { StatusWord } from '../maths/status.js';

export const statusWords: Record<StatusWord, string> = {
  achieved: 'achieved',
  'on-track': 'on track',
  'at-risk': 'at risk',
  'off-track': 'off track',
  missed: 'missed',
  'too-early': 'too early',
  'no-data': 'no data',
  'not-started': 'not started',
};

export const headers = {
  indicator: 'Indicator',
  baseline: 'Baseline',
  latest: 'Latest',
  target: 'Target',
  progress: 'Progress',
  expected: 'Expected',
  status: 'Status',
  project: 'Project',
  term: 'Term',
} as const;

export const stateWords: Record<string, string> = {
  planned: 'planned', active: 'active', completed: 'completed', paused: 'paused', stopped: 'stopped',
};
