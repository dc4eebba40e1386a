/**
 * The report for the board, as plain data: per term the counts per status and the indicators
 * furthest behind; per project its goal; per indicator the figures of `status` and `trend` and the
 * three lines its chart draws (measured, planned, projected). Built from the same functions as
 * `status` and `trend`, so the report can never disagree with them.
 */
import type { IndicatorModel, ProgrammeModel } from '../model/model.js';
import type { Cadence, Thresholds } from '../model/schema.js';
import { cadencePeriod } from '../maths/periods.js';
import type { Rollup } from '../maths/rollup.js';
import { targetPath, type StatusWord } from '../maths/status.js';
import { DEFAULT_WINDOW_MONTHS, valueTrack } from '../maths/trend.js';
import { periodValues, type DatedValue } from '../maths/trend-series.js';
import { buildStatus, type StatusFilter, type StatusRow } from './status.js';
import { buildTrend, type TrendReport, type TrendRow } from './trend.js';

/** The lines of an indicator's chart, each a list of dated values, oldest first. */
export interface ChartLines {
  /** The baseline and every value since, up to the as-of date (for a count of events: the
   *  running total; for a ratio: one value per period of its cadence). */
  measured: DatedValue[];
  /** Where the plan says it should be: baseline, milestones, target. */
  plan: DatedValue[];
  /** From the latest value to the value at the deadline at the current pace; empty without a
   *  projection. */
  projection: DatedValue[];
}

export interface BoardIndicator {
  /** The row `status` prints for this indicator. */
  status: StatusRow;
  /** The row `trend` prints for this indicator. */
  trend: TrendRow;
  cadence: Cadence;
  /** For a keep indicator: how far the value may lie from the target on either side. */
  tolerance?: number;
  /** How the figure is obtained, in the plan's words. */
  method?: string;
  lines: ChartLines;
}

export interface BoardProject {
  id: string;
  title: string;
  /** The plan's goal text. */
  goal: string;
  owner?: string;
  state: string;
  period: { start: string; end: string };
  indicators: BoardIndicator[];
  summary: Rollup;
}

/** An indicator that is behind, for the summary of its term. */
export interface Behind {
  project: string;
  projectTitle: string;
  row: StatusRow;
}

export interface BoardTerm {
  id: string;
  label: string;
  projects: BoardProject[];
  summary: Rollup;
  /** Missed, off track or at risk, worst first; at most BEHIND_SHOWN. */
  behind: Behind[];
}

export interface BoardReport {
  /** `language` is that of the plan's own texts (titles, goals), not of the report's words. */
  programme: { id: string; title: string; organisation?: string; language?: string };
  asOf: string;
  /** The status bands, explained in the report. */
  thresholds: Thresholds;
  method: TrendReport['method'];
  terms: BoardTerm[];
  summary: Rollup;
  /** Errors in the programme files: what could not be read is left out of the report. */
  problems: number;
}

/** The summary of a term names at most this many indicators that are behind. */
export const BEHIND_SHOWN = 5;

/** Worst first: how far an indicator is behind is judged by its status word first. */
const SEVERITY: Partial<Record<StatusWord, number>> = { missed: 0, 'off-track': 1, 'at-risk': 2 };

export function buildBoard(
  model: ProgrammeModel, asOf: string, filter: StatusFilter, problems = 0,
): BoardReport {
  const status = buildStatus(model, asOf, filter);
  const trend = buildTrend(model, asOf, filter, DEFAULT_WINDOW_MONTHS);
  const trendRows = new Map(trend.terms.flatMap((term) => term.projects.flatMap((project) =>
    project.indicators.map((row) => [`${row.project}/${row.indicator}`, row] as const))));
  const projects = new Map(model.terms.flatMap((term) => term.projects)
    .map((found) => [found.project.id, found] as const));

  const terms = status.terms.map((term): BoardTerm => {
    const shown = term.projects.map((project): BoardProject => {
      const found = projects.get(project.id)!;
      const indicators = project.indicators.map((row, index) => boardIndicator(
        found.indicators[index]!, row, trendRows.get(`${row.project}/${row.indicator}`)!, asOf,
      ));
      return {
        id: project.id, title: project.title, goal: found.project.goal, state: project.state,
        period: project.period, indicators, summary: project.summary,
        ...(found.project.owner ? { owner: found.project.owner } : {}),
      };
    });
    const behind = shown.flatMap((project) => project.indicators
      .filter(({ status: row }) => SEVERITY[row.status] !== undefined)
      .map(({ status: row }) => ({ project: project.id, projectTitle: project.title, row })));
    return {
      id: term.id, label: term.label, projects: shown, summary: term.summary,
      behind: behind.sort(worstFirst).slice(0, BEHIND_SHOWN),
    };
  });

  const { programme } = model;
  return {
    programme: {
      id: programme.id, title: programme.title,
      ...(programme.language ? { language: programme.language } : {}),
      ...(programme.organisation ? { organisation: programme.organisation } : {}),
    },
    asOf, thresholds: programme.thresholds, method: trend.method, terms,
    summary: status.summary, problems,
  };
}

function boardIndicator(
  found: IndicatorModel, row: StatusRow, trend: TrendRow, asOf: string,
): BoardIndicator {
  const { indicator, entries } = found;
  const periods = periodValues(indicator, entries, asOf, cadencePeriod(indicator.cadence));
  const measured = valueTrack(indicator, entries, asOf, periods);
  const latest = measured[measured.length - 1];
  const projection = trend.projection && latest
    ? [latest, { date: trend.projection.deadline, value: trend.projection.value }] : [];
  return {
    status: row,
    trend,
    cadence: indicator.cadence,
    ...(indicator.target.tolerance === undefined ? {} : { tolerance: indicator.target.tolerance }),
    ...(indicator.method ? { method: indicator.method } : {}),
    lines: { measured, plan: targetPath(indicator), projection },
  };
}

/** Missed before off track before at risk; within a word, the largest shortfall first. */
function worstFirst(a: Behind, b: Behind): number {
  const bySeverity = SEVERITY[a.row.status]! - SEVERITY[b.row.status]!;
  return bySeverity !== 0 ? bySeverity : shortfall(b.row) - shortfall(a.row);
}

/** How far progress lags behind what was expected by now (0 when either is unknown). */
export function shortfall(row: StatusRow): number {
  if (row.progress === undefined || row.expected === undefined) return 0;
  return row.expected - row.progress;
}
