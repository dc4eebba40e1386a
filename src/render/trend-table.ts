/** `trend` as tables for the terminal: one block per term, one table per project, then a legend. */
import Table from 'cli-table3';
import wrapAnsi from 'wrap-ansi';
import type { ChalkInstance } from 'chalk';
import type { Messages } from '../i18n/index.js';
import type { Verdict } from '../maths/trend.js';
import type { TrendProject, TrendReport, TrendRow, TrendSummary } from '../report/trend.js';
import { formatValue, unitWords } from './format.js';
import { PLAIN_CHARS, WIDTH, projectHeading, trimLines, wrapName } from './status-table.js';
import { formatChange, formatPace, reachText, sparkline } from './trend-format.js';

/** Cells that hold a phrase wrap at this width, so that the table stays within 80 columns. */
const PHRASE = 10;
/** The line with an indicator's id and unit wraps here, within the narrowest table. */
const NAME_LINE = 60;

export function renderTrendTable(report: TrendReport, m: Messages, chalk: ChalkInstance): string {
  const blocks = [chalk.bold(m.trend.title(report.programme.title, report.asOf))];
  for (const term of report.terms) {
    const lines = [chalk.bold.underline(term.label)];
    if (term.projects.length === 0) lines.push(`  ${m.statusReport.noProjects}`);
    for (const project of term.projects) {
      lines.push('', projectHeading(project, m, chalk), projectTable(project, m, chalk));
    }
    if (term.summary.total > 0) lines.push('', wrapAnsi(trendSummaryLine(term.summary, m), WIDTH));
    blocks.push(lines.join('\n'));
  }
  if (report.terms.length > 1) {
    const line = `${m.statusReport.programme}: ${trendSummaryLine(report.summary, m)}`;
    blocks.push(chalk.bold(wrapAnsi(line, WIDTH)));
  }
  const { months, minPoints } = report.method;
  blocks.push(chalk.dim(wrapAnsi(m.trend.legend(months, minPoints), WIDTH)));
  return `${blocks.join('\n\n')}\n`;
}

/** The column headings of a trend table, in order. */
export function trendHeaders(m: Messages): string[] {
  const h = m.trend.headers;
  return [h.indicator, h.latest, h.change, h.pace, h.deadline, h.verdict];
}

function projectTable(project: TrendProject, m: Messages, chalk: ChalkInstance): string {
  const table = new Table({
    head: trendHeaders(m).map((text) => chalk.dim(text)),
    chars: PLAIN_CHARS,
    style: { head: [], border: [], 'padding-left': 0, 'padding-right': 0, compact: true },
    colAligns: ['left', 'right', 'right', 'right', 'right', 'left'],
  });
  for (const row of project.indicators) table.push(...indicatorRows(row, m, chalk));
  return trimLines(table.toString());
}

/** Two rows per indicator: its id and unit across the table, then its sparkline and figures. */
function indicatorRows(
  row: TrendRow, m: Messages, chalk: ChalkInstance,
): Table.HorizontalTableRow[] {
  const value = (amount: number) => formatValue(amount, row.unit, m.locale);
  const change = (amount: TrendRow['sincePrevious']) => formatChange(amount, row.unit, m.locale);
  const unit = unitWords(row, m);
  const kind = row.aggregation === 'events' ? `${unit}, ${m.statusReport.total}` : unit;
  const projection = row.projection;
  const reach = projection ? wrapName(reachText(projection.reach, m), PHRASE) : '';
  const name = wrapAnsi(`${chalk.bold(row.indicator)} ${chalk.dim(`(${kind})`)}`, NAME_LINE);
  return [
    [{ content: name, colSpan: 6 }],
    [
      sparkline(row.spark),
      row.latest ? `${value(row.latest.value)}\n${chalk.dim(row.latest.date)}` : '–',
      `${change(row.sincePrevious)}\n${change(row.overYear)}`,
      `${formatPace(row.pace, row.unit, m)}\n${chalk.dim(m.trend.good[row.good])}`,
      projection ? `${value(projection.value)}\n${chalk.dim(reach)}` : '–',
      [
        paintVerdict(chalk, row.verdict, wrapName(m.trend.verdict[row.verdict], PHRASE)),
        ...(projection ? [projectionMark(projection.onTime, m, chalk)] : []),
        ...(row.stale ? [chalk.yellow(m.statusReport.stale)] : []),
      ].join('\n'),
    ],
  ];
}

/** "→ on time" in green or "→ too late" in red. */
export function projectionMark(onTime: boolean, m: Messages, chalk: ChalkInstance): string {
  return onTime ? chalk.green(m.trend.onTime) : chalk.red(m.trend.late);
}

function paintVerdict(chalk: ChalkInstance, verdict: Verdict, text: string): string {
  if (verdict === 'improving') return chalk.green(text);
  if (verdict === 'worsening') return chalk.red(text);
  if (verdict === 'flat') return chalk.yellow(text);
  return chalk.dim(text);
}

/** "4 of 7 improving; 1 flat; 1 with too few points; 2 projected to miss their target". */
export function trendSummaryLine(summary: TrendSummary, m: Messages): string {
  const words = m.trend.summary;
  const parts = [words.improving(summary.improving, summary.total)];
  const moving = [
    ...(summary.flat > 0 ? [words.flat(summary.flat)] : []),
    ...(summary.worsening > 0 ? [words.worsening(summary.worsening)] : []),
  ];
  if (moving.length > 0) parts.push(moving.join(', '));
  if (summary.tooFewPoints > 0) parts.push(words.tooFew(summary.tooFewPoints));
  if (summary.late > 0) parts.push(words.late(summary.late));
  else if (summary.onTime > 0) parts.push(words.noneLate);
  return parts.join('; ');
}
