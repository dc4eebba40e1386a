/**
 * The report as Markdown, for a wiki or a pull request: the same summary and figures as the HTML
 * page, as tables; the charts are SVG files beside it, linked from here (or left out).
 */
import { markdownTable } from 'markdown-table';
import type { Messages } from '../i18n/index.js';
import { STATUS_WORDS } from '../maths/status.js';
import type { BoardIndicator, BoardProject, BoardReport, BoardTerm } from '../report/board.js';
import { formatShare, formatValue } from './format.js';
import {
  chartDescription, indicatorAbout, indicatorId, longDate, statusLabel, statusText,
} from './report-figures.js';
import { summaryLine } from './status-table.js';

/** Text from the plan or the report, safe inside a table cell and in running text. */
const escape = (text: string): string => text.replace(/([\\|*_`[\]<>])/g, '\\$1');

/**
 * `chartFolder` is the folder the chart files are linked from (relative to the Markdown file),
 * one `<project>--<indicator>.svg` per indicator; without it the charts are left out.
 */
export function renderReportMarkdown(
  report: BoardReport, m: Messages, chartFolder?: string,
): string {
  const { programme } = report;
  const parts = [`# ${escape(programme.title)}`];
  const about = [
    ...(programme.organisation ? [escape(programme.organisation)] : []),
    m.report.asOf(longDate(report.asOf, m)),
  ];
  parts.push(about.join(' · '));
  if (report.problems > 0) parts.push(`> **${escape(m.report.problems(report.problems))}**`);

  parts.push(`## ${m.report.summary}`);
  if (report.terms.length > 1) {
    parts.push(`**${m.report.wholeProgramme}:** ${summaryLine(report.summary, m)}`);
  }
  for (const term of report.terms) parts.push(...termSummary(term, m));
  parts.push(`### ${m.report.howToRead}`);
  const { on_track: onTrack, at_risk: atRisk, too_early: tooEarly } = report.thresholds;
  parts.push(m.report.statusExplained(
    formatShare(onTrack), formatShare(atRisk), formatShare(tooEarly),
  ));
  parts.push(m.report.projectionExplained(report.method.months, report.method.minPoints));
  if (chartFolder !== undefined) parts.push(m.report.chartKey);

  for (const term of report.terms) {
    parts.push(`## ${escape(term.label)}`);
    if (term.projects.length === 0) parts.push(m.statusReport.noProjects);
    for (const project of term.projects) parts.push(...projectPart(project, m, chartFolder));
  }
  return `${parts.join('\n\n')}\n`;
}

function termSummary(term: BoardTerm, m: Messages): string[] {
  const counts = STATUS_WORDS.filter((word) => term.summary.counts[word] > 0)
    .map((word) => [statusLabel(word, m), String(term.summary.counts[word])]);
  const parts = [
    `### ${escape(term.label)}`,
    summaryLine(term.summary, m),
    markdownTable([[m.headers.status, m.report.countHeader], ...counts], { align: ['l', 'r'] }),
    `**${m.report.behind}**`,
  ];
  if (term.behind.length === 0) return [...parts, m.report.noneBehind];
  const h = m.report.behindHeaders;
  const rows = term.behind.map(({ projectTitle, row }) => [
    escape(row.title), escape(projectTitle), statusLabel(row.status, m),
    m.report.progressVersus(formatShare(row.progress), formatShare(row.expected)),
  ]);
  const table = markdownTable([[h.indicator, h.project, h.status, h.shortfall], ...rows], {
    align: ['l', 'l', 'l', 'r'],
  });
  return [...parts, table];
}

function projectPart(project: BoardProject, m: Messages, chartFolder?: string): string[] {
  const state = m.state[project.state] ?? project.state;
  const about = m.report.projectAbout(
    state, longDate(project.period.start, m), longDate(project.period.end, m),
  );
  const lead = project.owner ? ` · ${m.report.lead}: ${escape(project.owner)}` : '';
  const h = m.report.tableHeaders;
  const rows = project.indicators.map((item) => indicatorRow(item, m));
  const parts = [
    `### ${escape(project.title)}`,
    `*${about}${lead}*`,
    `**${m.report.goal}:** ${escape(project.goal)}`,
    summaryLine(project.summary, m),
    markdownTable([
      [h.indicator, h.status, h.baseline, h.latest, h.target, h.progress, h.projection], ...rows,
    ], { align: ['l', 'l', 'r', 'r', 'r', 'r', 'r'] }),
  ];
  if (chartFolder === undefined) return parts;
  for (const item of project.indicators) {
    const file = `${chartFolder}/${indicatorId(project.id, item.status.indicator)}.svg`;
    parts.push(
      `#### ${escape(item.status.title)}`,
      `![${escape(m.report.chartLabel(item.status.title))}](${encodeURI(file)})`,
      `*${indicatorAbout(item, m)}.* ${escape(chartDescription(item, m))}`,
    );
  }
  return parts;
}

function indicatorRow(item: BoardIndicator, m: Messages): string[] {
  const { status: row, trend } = item;
  const value = (amount: number) => formatValue(amount, row.unit, m.locale);
  const dated = (amount: number, date: string) => `${value(amount)} (${longDate(date, m)})`;
  const { projection } = trend;
  const latest = row.current === undefined || row.currentDate === undefined
    ? '–' : dated(row.current, row.currentDate);
  const progress = row.keep ? m.statusReport.keep
    : m.report.progressVersus(formatShare(row.progress), formatShare(row.expected));
  const late = projection && (projection.onTime ? m.trend.onTime : m.trend.late);
  return [
    escape(row.title),
    statusText(row, m),
    value(row.baseline.value),
    latest,
    dated(row.target.value, row.target.deadline),
    progress,
    projection ? `${value(projection.value)} ${late}` : '–',
  ];
}
