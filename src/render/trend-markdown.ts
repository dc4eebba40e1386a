/** `trend` as Markdown: a table per project, with the same figures as the terminal table. */
import { markdownTable } from 'markdown-table';
import type { Messages } from '../i18n/index.js';
import type { PeriodReport } from '../report/trend-periods.js';
import type { TrendReport, TrendRow } from '../report/trend.js';
import { formatValue } from './format.js';
import { periodLabel } from './trend-periods-table.js';
import { trendSummaryLine } from './trend-table.js';
import { formatChange, formatPace, formatPlan, reachText, sparkline } from './trend-format.js';

const escape = (text: string): string => text.replace(/\|/g, '\\|');

export function renderTrendMarkdown(report: TrendReport, m: Messages): string {
  const h = m.trend.headers;
  const headers = [
    h.indicator, h.series, h.latest, h.change, h.yearChange,
    h.pace, h.deadline, h.reached, h.verdict,
  ];
  const parts = [`# ${report.programme.title}`, m.trend.markdownIntro(report.asOf)];
  for (const term of report.terms) {
    parts.push(`## ${term.label}`);
    for (const project of term.projects) {
      parts.push(`### ${project.title}`);
      parts.push(markdownTable([headers, ...project.indicators.map((row) => trendRow(row, m))], {
        align: ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'r', 'l'],
      }));
    }
    parts.push(`*${trendSummaryLine(term.summary, m)}*`);
  }
  parts.push(`> ${m.trend.legend(report.method.months, report.method.minPoints)}`);
  return `${parts.join('\n\n')}\n`;
}

function trendRow(row: TrendRow, m: Messages): string[] {
  const value = (amount: number) => formatValue(amount, row.unit, m.locale);
  const { projection } = row;
  const verdict = m.trend.verdict[row.verdict];
  return [
    `${escape(row.title)} (${row.indicator})`,
    sparkline(row.spark),
    row.latest ? `${value(row.latest.value)} (${row.latest.date})` : '–',
    formatChange(row.sincePrevious, row.unit, m.locale),
    formatChange(row.overYear, row.unit, m.locale),
    `${formatPace(row.pace, row.unit, m)} (${m.trend.good[row.good]})`,
    projection ? `${value(projection.value)} (${projection.deadline})` : '–',
    projection ? reachText(projection.reach, m) : '–',
    [
      projection ? `${verdict} ${projection.onTime ? m.trend.onTime : m.trend.late}` : verdict,
      ...(row.stale ? [m.statusReport.stale] : []),
    ].join(', '),
  ];
}

export function renderPeriodsMarkdown(report: PeriodReport, m: Messages): string {
  const kind = m.trend.kinds[report.by];
  const star = (text: string) => text.replace(/\*/g, '\\*');
  const labels = report.periods.map((period) => star(periodLabel(period, m)));
  const headers = [m.trend.headers.indicator, ...labels];
  const align = ['l', ...report.periods.map(() => 'r' as const)];
  const parts = [`# ${report.programme.title}`, m.trend.periodsIntro(kind, report.asOf)];
  for (const term of report.terms) {
    parts.push(`## ${term.label}`);
    for (const project of term.projects) {
      parts.push(`### ${project.title}`);
      const rows = project.indicators.flatMap((row) => {
        const values = row.cells.map((cell) => formatValue(cell.value, row.unit, m.locale));
        const plans = row.cells.map((cell) => `*${formatPlan(cell.plan, row.unit, m.locale)}*`);
        const name = `${escape(row.title)} (${row.indicator})`;
        return [[name, ...values], [`↳ ${m.trend.target}`, ...plans]];
      });
      parts.push(markdownTable([headers, ...rows], { align }));
    }
  }
  const notes = [m.trend.periodsLegend];
  const partial = report.periods.some((period) => period.partial);
  if (partial) notes.push(star(m.trend.partial(report.asOf)));
  parts.push(`> ${notes.join(' ')}`);
  return `${parts.join('\n\n')}\n`;
}
