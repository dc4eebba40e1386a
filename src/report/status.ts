/** The status of a whole programme on a date, as plain data that every output format renders. */
import type { Entry, ProgrammeModel } from '../model/model.js';
import type { Indicator, Project, Thresholds } from '../model/schema.js';
import { indicatorFacts, type IndicatorFacts } from './facts.js';
import { rollup, type Rollup } from '../maths/rollup.js';
import { indicatorStatus, type StatusWord } from '../maths/status.js';
import { DEFAULT_WINDOW_MONTHS, indicatorTrend } from '../maths/trend.js';

/** Statuses still open, for which a projection to the deadline tells something new. */
const PROJECTED: readonly StatusWord[] = ['on-track', 'at-risk', 'off-track', 'too-early'];

export interface StatusRow extends IndicatorFacts {
  /** Latest value, or total so far for a count of events. */
  current?: number;
  currentDate?: string;
  /** Share of the way from baseline to target (1 = 100 %). */
  progress?: number;
  /** Share that should be covered by the as-of date. */
  expected?: number;
  expectedValue?: number;
  /** Measurements since the baseline, up to the as-of date. */
  count: number;
  status: StatusWord;
  stale: boolean;
  keep: boolean;
  /** Whether the target is met by the deadline at the current pace (see `trend`); left out when
   *  the status is already settled or there are too few points for a pace. */
  projected?: 'on-time' | 'late';
}

export interface StatusProject {
  id: string;
  title: string;
  state: string;
  period: { start: string; end: string };
  indicators: StatusRow[];
  summary: Rollup;
}

export interface StatusTerm {
  id: string;
  label: string;
  projects: StatusProject[];
  summary: Rollup;
}

export interface StatusReport {
  programme: { id: string; title: string };
  asOf: string;
  terms: StatusTerm[];
  summary: Rollup;
}

export interface StatusFilter {
  term?: string;
  project?: string;
}

export function buildStatus(
  model: ProgrammeModel,
  asOf: string,
  filter: StatusFilter = {},
): StatusReport {
  const { programme } = model;
  const terms = model.terms
    .filter(({ term }) => !filter.term || term.id === filter.term)
    .map(({ term, projects }): StatusTerm => {
      const shown = projects
        .filter(({ project }) => !filter.project || project.id === filter.project)
        .map(({ project, indicators }): StatusProject => {
          const rows = indicators.map(({ indicator, entries }) =>
            statusRow(indicator, entries, project, asOf, programme.thresholds),
          );
          return {
            id: project.id,
            title: project.title,
            state: project.state,
            period: { ...project.period },
            indicators: rows,
            summary: rollup(rows),
          };
        });
      return {
        id: term.id,
        label: term.label,
        projects: shown,
        summary: rollup(shown.flatMap((p) => p.indicators)),
      };
    })
    .filter((term) => !filter.project || term.projects.length > 0);
  return {
    programme: { id: programme.id, title: programme.title },
    asOf,
    terms,
    summary: rollup(
      terms.flatMap((term) => term.projects.flatMap((project) => project.indicators)),
    ),
  };
}

function statusRow(
  indicator: Indicator,
  entries: Entry[],
  project: Project,
  asOf: string,
  thresholds: Thresholds,
): StatusRow {
  const status = indicatorStatus(indicator, entries, project, asOf, thresholds);
  const settings = { windowMonths: DEFAULT_WINDOW_MONTHS, keepBand: thresholds.keep_band };
  const projection = PROJECTED.includes(status.status)
    ? indicatorTrend(indicator, entries, asOf, settings).projection
    : undefined;
  return {
    ...indicatorFacts(project.id, indicator),
    ...status,
    ...(projection ? { projected: projection.onTime ? 'on-time' : 'late' } : {}),
  };
}
