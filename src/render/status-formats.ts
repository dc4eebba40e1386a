/** `status` as JSON, CSV (one row per indicator) and Markdown. */
import { stringify } from 'csv-stringify/sync';
import { markdownTable } from 'markdown-table';
import type { Messages } from '../i18n/index.js';
import type { StatusReport, StatusRow } from '../report/status.js';
import { formatShare, formatValue } from './format.js';
import { statusHeaders, summaryLine } from './status-table.js';

export function renderStatusJson(report: StatusReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

const CSV_COLUMNS = [
  'term',
  'project',
  'indicator',
  'title',
  'unit',
  'direction',
  'aggregation',
  'baseline',
  'baseline_date',
  'latest',
  'latest_date',
  'target',
  'deadline',
  'progress',
  'expected',
  'expected_value',
  'status',
  'stale',
  'projected',
];

/** Plain numbers with a decimal point and ISO dates, so any spreadsheet reads them alike. */
export function renderStatusCsv(report: StatusReport): string {
  const rows = report.terms.flatMap((term) =>
    term.projects.flatMap((project) =>
      project.indicators.map((row) => [
        term.id,
        project.id,
        row.indicator,
        row.title,
        row.unitLabel,
        row.direction,
        row.aggregation,
        row.baseline.value,
        row.baseline.date,
        row.current ?? '',
        row.currentDate ?? '',
        row.target.value,
        row.target.deadline,
        round(row.progress),
        round(row.expected),
        round(row.expectedValue),
        row.status,
        row.stale ? 'yes' : 'no',
        row.projected ?? '',
      ]),
    ),
  );
  return stringify([CSV_COLUMNS, ...rows]);
}

function round(value: number | undefined): number | string {
  return value === undefined ? '' : Math.round(value * 10_000) / 10_000;
}

export function renderStatusMarkdown(report: StatusReport, m: Messages): string {
  const parts = [`# ${report.programme.title}`, m.statusReport.markdownIntro(report.asOf)];
  for (const term of report.terms) {
    parts.push(`## ${term.label}`);
    for (const project of term.projects) {
      parts.push(`### ${project.title}`);
      parts.push(
        markdownTable([statusHeaders(m), ...project.indicators.map((row) => markdownRow(row, m))], {
          align: ['l', 'r', 'r', 'r', 'r', 'r', 'l'],
        }),
      );
    }
    parts.push(`*${summaryLine(term.summary, m)}*`);
  }
  return `${parts.join('\n\n')}\n`;
}

function markdownRow(row: StatusRow, m: Messages): string[] {
  const escape = (text: string) => text.replace(/\|/g, '\\|');
  const value = (amount: number) => formatValue(amount, row.unit, m.locale);
  return [
    escape(row.title),
    value(row.baseline.value),
    row.current === undefined ? '–' : `${value(row.current)} (${row.currentDate})`,
    `${value(row.target.value)} (${row.target.deadline})`,
    row.keep ? m.statusReport.keep : formatShare(row.progress),
    row.keep ? '' : formatShare(row.expected),
    [
      m.status[row.status],
      ...(row.stale ? [m.statusReport.stale] : []),
      ...(row.projected ? [row.projected === 'on-time' ? m.trend.onTime : m.trend.late] : []),
    ].join(', '),
  ];
}
