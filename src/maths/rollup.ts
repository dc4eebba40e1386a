/** Counts per status for a group of indicators, and the share on track among those with data. */
import { STATUS_WORDS, type IndicatorStatus, type StatusWord } from './status.js';

export interface Rollup {
  total: number;
  counts: Record<StatusWord, number>;
  /** Indicators that have at least one value since their baseline and have started. */
  withData: number;
  /** Achieved or on track. */
  onTrack: number;
  /** onTrack ÷ withData, or undefined when nothing has data. */
  share?: number;
  stale: number;
}

const WITHOUT_DATA: readonly StatusWord[] = ['no-data', 'not-started'];

export function rollup(statuses: readonly Pick<IndicatorStatus, 'status' | 'stale'>[]): Rollup {
  const counts = Object.fromEntries(STATUS_WORDS.map((word) => [word, 0])) as Record<StatusWord, number>;
  for (const { status } of statuses) counts[status] += 1;
  const withData = statuses.filter(({ status }) => !WITHOUT_DATA.includes(status)).length;
  const onTrack = counts.achieved + counts['on-track'];
  return {
    total: statuses.length,
    counts,
    withData,
    onTrack,
    stale: statuses.filter(({ stale }) => stale).length,
    ...(withData > 0 ? { share: onTrack / withData } : {}),
  };
}
