/** `ub2030 trend`: which way each indicator is moving, and whether it makes its target in time. */
import { UsageError } from '../io/errors.js';
import type { Messages } from '../i18n/index.js';
import { isCalendarDate } from '../model/dates.js';
import { namedSpan, periodOf, shiftPeriod, type PeriodKind } from '../maths/periods.js';
import { DEFAULT_WINDOW_MONTHS } from '../maths/trend.js';
import { buildTrend, type TrendReport } from '../report/trend.js';
import {
  buildPeriodReport, DEFAULT_PERIOD_COLUMNS, type PeriodReport,
} from '../report/trend-periods.js';
import { renderPeriodsTable } from '../render/trend-periods-table.js';
import {
  renderPeriodsCsv, renderPeriodsJson, renderTrendCsv, renderTrendJson,
} from '../render/trend-formats.js';
import { renderPeriodsMarkdown, renderTrendMarkdown } from '../render/trend-markdown.js';
import { renderTrendTable } from '../render/trend-table.js';
import type { Io } from './io.js';
import { closeView, openView } from './view.js';

export interface TrendOptions {
  dir?: string;
  asOf?: string;
  term?: string;
  project?: string;
  format: 'table' | 'json' | 'csv' | 'markdown';
  lang?: string;
  /** How far back the pace looks: `12m`, `2y`, or `all`. */
  window?: string;
  by?: PeriodKind;
  from?: string;
  to?: string;
}

export function runTrend(options: TrendOptions, io: Io): number {
  const view = openView(options, io);
  if (!view) return 1;
  const { m, model, asOf, filter } = view;
  const months = parseWindow(options.window, m);
  if (options.by === undefined && (options.from !== undefined || options.to !== undefined)) {
    throw new UsageError(m.trend.errors.needBy, m.trend.errors.needByHint);
  }

  const span = options.by && periodSpan(options, options.by, asOf, m);

  const text = options.by && span
    ? periodsText(buildPeriodReport(model, asOf, filter, options.by, span), options.format, m, io)
    : trendText(buildTrend(model, asOf, filter, months), options.format, m, io);
  io.out(text);

  return closeView(view, io);
}

function trendText(report: TrendReport, format: TrendOptions['format'], m: Messages, io: Io): string {
  const render = {
    table: () => renderTrendTable(report, m, io.chalk),
    json: () => renderTrendJson(report),
    csv: () => renderTrendCsv(report),
    markdown: () => renderTrendMarkdown(report, m),
  };
  return render[format]();
}

function periodsText(
  report: PeriodReport, format: TrendOptions['format'], m: Messages, io: Io,
): string {
  const render = {
    table: () => renderPeriodsTable(report, m, io.chalk),
    json: () => renderPeriodsJson(report),
    csv: () => renderPeriodsCsv(report),
    markdown: () => renderPeriodsMarkdown(report, m),
  };
  return render[format]();
}

/** `12m`, `24m`, `2y` → months; `all` → undefined (the whole series); no option → the default. */
export function parseWindow(value: string | undefined, m: Messages): number | undefined {
  if (value === undefined) return DEFAULT_WINDOW_MONTHS;
  const text = value.trim().toLowerCase();
  if (text === 'all') return undefined;
  const match = /^(\d{1,4})\s*(m|y)$/.exec(text);
  const months = match ? Number(match[1]) * (match[2] === 'y' ? 12 : 1) : 0;
  if (months < 1 || months > 1200) {
    throw new UsageError(m.trend.errors.window(value), m.trend.errors.windowHint);
  }
  return months;
}

/** The first and last day of the period columns: --from and --to, or the periods up to --as-of. */
function periodSpan(
  options: TrendOptions, by: PeriodKind, asOf: string, m: Messages,
): { from: string; to: string } {
  const to = options.to === undefined ? asOf : namedDay(options.to, '--to', m).end;
  const from = options.from === undefined
    ? shiftPeriod(periodOf(to, by), 1 - DEFAULT_PERIOD_COLUMNS).start
    : namedDay(options.from, '--from', m).start;
  if (from > to) {
    const message = m.trend.errors.order(options.from ?? from, options.to ?? to);
    throw new UsageError(message, m.trend.errors.orderHint);
  }
  return { from, to };
}

function namedDay(value: string, option: string, m: Messages): { start: string; end: string } {
  const span = namedSpan(value);
  const hint = m.trend.errors.periodHint(option);
  if (!span) throw new UsageError(m.trend.errors.period(option, value), hint);
  if (!isCalendarDate(span.start)) throw new UsageError(m.trend.errors.noDay(option, value), hint);
  return span;
}
