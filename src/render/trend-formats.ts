/**
 * `trend` as JSON and CSV: language-neutral, plain numbers with a decimal point, ISO dates and
 * stable English keys. Without --by the CSV has one row per indicator; with --by one row per
 * indicator per period.
 */
import { stringify } from 'csv-stringify/sync';
import type { PeriodReport } from '../report/trend-periods.js';
import type { TrendReport, TrendRow } from '../report/trend.js';
import { sparkline } from './trend-format.js';

export function renderTrendJson(report: TrendReport): string {
  const withSparklines = {
    ...report,
    terms: report.terms.map((term) => ({
      ...term,
      projects: term.projects.map((project) => ({
        ...project,
        indicators: project.indicators.map((row) => ({ ...row, sparkline: sparkline(row.spark) })),
      })),
    })),
  };
  return `${JSON.stringify(withSparklines, null, 2)}\n`;
}

export function renderPeriodsJson(report: PeriodReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

const TREND_COLUMNS = [
  'term', 'project', 'indicator', 'title', 'unit', 'direction', 'good', 'aggregation',
  'sparkline', 'latest', 'latest_date',
  'change', 'change_share', 'change_from', 'year_change', 'year_change_share', 'year_change_from',
  'pace', 'pace_per', 'pace_points', 'pace_from', 'pace_to',
  'target', 'deadline', 'projected', 'reach', 'reach_date', 'on_time', 'verdict', 'stale',
];

export function renderTrendCsv(report: TrendReport): string {
  const rows = report.terms.flatMap((term) =>
    term.projects.flatMap((project) => project.indicators.map((row) => trendCells(term.id, row))));
  return stringify([TREND_COLUMNS, ...rows]);
}

function trendCells(term: string, row: TrendRow): (string | number)[] {
  const { sincePrevious: since, overYear: year, pace, projection } = row;
  const reach = projection?.reach;
  const onTime = projection ? (projection.onTime ? 'yes' : 'no') : '';
  return [
    term, row.project, row.indicator, row.title, row.unitLabel, row.direction, row.good,
    row.aggregation, sparkline(row.spark), round(row.latest?.value), row.latest?.date ?? '',
    round(since?.amount), round(since?.share), since?.from ?? '',
    round(year?.amount), round(year?.share), year?.from ?? '',
    round(pace?.value), pace?.per ?? '', pace?.points ?? '', pace?.from ?? '', pace?.to ?? '',
    row.target.value, row.target.deadline, round(projection?.value),
    reach?.kind ?? '', reach?.kind === 'on' ? reach.date : '', onTime, row.verdict,
    row.stale ? 'yes' : 'no',
  ];
}

const PERIOD_COLUMNS = [
  'term', 'project', 'indicator', 'title', 'unit', 'aggregation',
  'period', 'period_start', 'period_end', 'partial', 'value', 'plan',
];

export function renderPeriodsCsv(report: PeriodReport): string {
  const rows = report.terms.flatMap((term) =>
    term.projects.flatMap((project) =>
      project.indicators.flatMap((row) =>
        report.periods.map((period, index) => [
          term.id, project.id, row.indicator, row.title, row.unitLabel, row.aggregation,
          period.id, period.start, period.end, period.partial ? 'yes' : 'no',
          round(row.cells[index]?.value), round(row.cells[index]?.plan),
        ]))));
  return stringify([PERIOD_COLUMNS, ...rows]);
}

/** Four decimals, as in the status CSV; empty when there is no value. */
function round(value: number | undefined): number | string {
  return value === undefined ? '' : Math.round(value * 10_000) / 10_000;
}
