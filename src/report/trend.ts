/** Where every indicator of a programme is heading on a date, as plain data for every format. */
import type { ProgrammeModel } from '../model/model.js';
import type { Cadence, Indicator } from '../model/schema.js';
import { indicatorFacts, type IndicatorFacts } from './facts.js';
import {
  indicatorTrend,
  MIN_POINTS,
  type IndicatorTrend,
  type Pace,
  type TrendSettings,
} from '../maths/trend.js';
import { indicatorStatus } from '../maths/status.js';
import type { StatusFilter } from './status.js';

/** The pace as the table shows it: per month, or per year for a yearly indicator. */
export interface TrendPace extends Pace {
  per: 'month' | 'year';
  /** The change per `per`, in the indicator's unit. */
  value: number;
}

/** The facts of the indicator, and whether its latest value is stale. */
interface TrendFacts extends IndicatorFacts {
  /** The latest value is older than the cadence allows, as in `status`: the trend may be out of
   *  date. */
  stale: boolean;
}

export interface TrendRow extends TrendFacts, Omit<IndicatorTrend, 'pace'> {
  pace?: TrendPace;
}

/** Counts of verdicts and projections in a group of indicators. */
export interface TrendSummary {
  total: number;
  improving: number;
  flat: number;
  worsening: number;
  tooFewPoints: number;
  /** Projected to meet the target by the deadline. */
  onTime: number;
  /** Projected to fall short of the target at the deadline. */
  late: number;
}

export interface TrendProject {
  id: string;
  title: string;
  state: string;
  period: { start: string; end: string };
  indicators: TrendRow[];
  summary: TrendSummary;
}

export interface TrendTerm {
  id: string;
  label: string;
  projects: TrendProject[];
  summary: TrendSummary;
}

export interface TrendReport {
  programme: { id: string; title: string };
  asOf: string;
  /** How the pace was taken: Theil–Sen over the last `months` (all when left out), at least
   *  `minPoints` points. */
  method: { name: 'theil-sen'; months?: number; minPoints: number };
  terms: TrendTerm[];
  summary: TrendSummary;
}

export function buildTrend(
  model: ProgrammeModel,
  asOf: string,
  filter: StatusFilter,
  windowMonths: number | undefined,
): TrendReport {
  const { programme } = model;
  const settings: TrendSettings = {
    keepBand: programme.thresholds.keep_band,
    ...(windowMonths === undefined ? {} : { windowMonths }),
  };
  const terms = model.terms
    .filter(({ term }) => !filter.term || term.id === filter.term)
    .map(({ term, projects }): TrendTerm => {
      const shown = projects
        .filter(({ project }) => !filter.project || project.id === filter.project)
        .map(({ project, indicators }): TrendProject => {
          const rows = indicators.map(({ indicator, entries }) => {
            const { stale } = indicatorStatus(
              indicator,
              entries,
              project,
              asOf,
              programme.thresholds,
            );
            const trend = indicatorTrend(indicator, entries, asOf, settings);
            return trendRow(project.id, indicator, trend, stale);
          });
          return {
            id: project.id,
            title: project.title,
            state: project.state,
            period: { ...project.period },
            indicators: rows,
            summary: summarise(rows),
          };
        });
      const summary = summarise(shown.flatMap((project) => project.indicators));
      return { id: term.id, label: term.label, projects: shown, summary };
    })
    .filter((term) => !filter.project || term.projects.length > 0);
  const months = windowMonths === undefined ? {} : { months: windowMonths };
  return {
    programme: { id: programme.id, title: programme.title },
    asOf,
    method: { name: 'theil-sen', ...months, minPoints: MIN_POINTS },
    terms,
    summary: summarise(terms.flatMap((term) => term.projects.flatMap((p) => p.indicators))),
  };
}

function trendRow(
  project: string,
  indicator: Indicator,
  trend: IndicatorTrend,
  stale: boolean,
): TrendRow {
  return {
    ...indicatorFacts(project, indicator),
    stale,
    ...shownPace(trend, indicator.cadence),
  };
}

const DAYS_PER_YEAR = 365.25;

/** Per month, or per year for an indicator measured yearly. */
function shownPace(trend: IndicatorTrend, cadence: Cadence): Omit<TrendRow, keyof TrendFacts> {
  const { pace, ...rest } = trend;
  if (!pace) return rest;
  const per = cadence === 'yearly' ? 'year' : 'month';
  const value = pace.perDay * (per === 'year' ? DAYS_PER_YEAR : DAYS_PER_YEAR / 12);
  return { ...rest, pace: { ...pace, per, value } };
}

type Judged = Pick<IndicatorTrend, 'verdict' | 'projection'>;

export function summarise(rows: readonly Judged[]): TrendSummary {
  const count = (test: (row: Judged) => boolean) => rows.filter(test).length;
  return {
    total: rows.length,
    improving: count((row) => row.verdict === 'improving'),
    flat: count((row) => row.verdict === 'flat'),
    worsening: count((row) => row.verdict === 'worsening'),
    tooFewPoints: count((row) => row.verdict === 'too-few-points'),
    onTime: count((row) => row.projection?.onTime === true),
    late: count((row) => row.projection?.onTime === false),
  };
}
