/** `status` as tables for the terminal: one block per term, one table per project. */
import Table from 'cli-table3';
import wrapAnsi from 'wrap-ansi';
import type { ChalkInstance } from 'chalk';
import type { Messages } from '../i18n/index.js';
import type { Rollup } from '../maths/rollup.js';
import type { StatusProject, StatusReport, StatusRow } from '../report/status.js';
import { paintStatus } from './color.js';
import { formatShare, formatValue, unitWords } from './format.js';
import { projectionMark } from './trend-table.js';

/** A table without borders: two spaces on the left, one between columns. */
export const PLAIN_CHARS = {
  top: '',
  'top-mid': '',
  'top-left': '',
  'top-right': '',
  bottom: '',
  'bottom-mid': '',
  'bottom-left': '',
  'bottom-right': '',
  left: '  ',
  'left-mid': '',
  mid: '',
  'mid-mid': '',
  right: '',
  'right-mid': '',
  middle: ' ',
};

export function renderStatusTable(report: StatusReport, m: Messages, chalk: ChalkInstance): string {
  const blocks = [chalk.bold(m.statusReport.title(report.programme.title, report.asOf))];
  for (const term of report.terms) {
    const lines = [chalk.bold.underline(term.label)];
    if (term.projects.length === 0) lines.push(`  ${m.statusReport.noProjects}`);
    for (const project of term.projects)
      lines.push('', projectHeading(project, m, chalk), projectTable(project, m, chalk));
    lines.push('', wrapAnsi(summaryLine(term.summary, m), WIDTH));
    blocks.push(lines.join('\n'));
  }
  if (report.terms.length > 1) {
    blocks.push(
      chalk.bold(wrapAnsi(`${m.statusReport.programme}: ${summaryLine(report.summary, m)}`, WIDTH)),
    );
  }
  return `${blocks.join('\n\n')}\n`;
}

/** The project's title with its id, state and period, wrapped to the width of a terminal. */
export function projectHeading(
  project: Pick<StatusProject, 'id' | 'title' | 'state' | 'period'>,
  m: Messages,
  chalk: ChalkInstance,
): string {
  const state = m.state[project.state] ?? project.state;
  const about = m.statusReport.projectAbout(
    project.id,
    state,
    project.period.start,
    project.period.end,
  );
  return wrapAnsi(`${chalk.bold(project.title)} ${chalk.dim(about)}`, WIDTH);
}

/** The column headings of a status table, in order. */
export function statusHeaders(m: Messages): string[] {
  const h = m.headers;
  return [h.indicator, h.baseline, h.latest, h.target, h.progress, h.expected, h.status];
}

function projectTable(project: StatusProject, m: Messages, chalk: ChalkInstance): string {
  const table = new Table({
    head: statusHeaders(m).map((text) => chalk.dim(text)),
    chars: PLAIN_CHARS,
    style: { head: [], border: [], 'padding-left': 0, 'padding-right': 0, compact: true },
    colAligns: ['left', 'right', 'right', 'right', 'right', 'right', 'left'],
  });
  for (const row of project.indicators) table.push(rowCells(row, m, chalk));
  return trimLines(table.toString());
}

/** Ids and unit labels wrap here, and status words at STATUS_WIDTH, so rows fit 80 columns. */
const NAME_WIDTH = 17;
const STATUS_WIDTH = 10;
/** Headings and summaries wrap here, so that the output reads well in an 80-column terminal. */
export const WIDTH = 80;

/** Breaks an id after its hyphens and a label between words, so no line passes `width`. */
export function wrapName(text: string, width = NAME_WIDTH): string {
  // a hyphen ends a piece, so a long id breaks after it; a lone leading minus stays with its number
  const pieces = text.match(/[^\s-]*-(?!\d)|-?[^\s-]+|\s+/g) ?? [text];
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces) {
    if (line.length + piece.trimEnd().length > width && line.trim() !== '') {
      lines.push(line.trimEnd());
      line = piece.trimStart();
    } else {
      line += piece;
    }
  }
  lines.push(line.trimEnd());
  return lines.join('\n');
}

export function trimLines(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n');
}

function rowCells(row: StatusRow, m: Messages, chalk: ChalkInstance): string[] {
  const word = wrapName(m.status[row.status], STATUS_WIDTH);
  const marks = [
    ...(row.stale ? [chalk.yellow(m.statusReport.stale)] : []),
    ...(row.projected ? [projectionMark(row.projected === 'on-time', m, chalk)] : []),
  ]
    .map((mark) => `\n${mark}`)
    .join('');
  const unit = unitWords(row, m);
  const kind = row.aggregation === 'events' ? `${unit}, ${m.statusReport.total}` : unit;
  const value = (amount: number) => formatValue(amount, row.unit, m.locale);
  return [
    `${wrapName(row.indicator)}\n${chalk.dim(wrapName(kind))}`,
    value(row.baseline.value),
    row.current === undefined ? '–' : `${value(row.current)}\n${chalk.dim(row.currentDate ?? '')}`,
    `${value(row.target.value)}\n${chalk.dim(row.target.deadline)}`,
    row.keep ? m.statusReport.keep : formatShare(row.progress),
    row.keep || row.status === 'not-started' ? '' : formatShare(row.expected),
    `${paintStatus(chalk, row.status, word)}${marks}`,
  ];
}

/** "5 of 9 indicators on track or achieved; 1 at risk, 1 off track; 2 without data; 1 stale". */
export function summaryLine(summary: Rollup, m: Messages): string {
  const { counts } = summary;
  const parts = [m.summary.onTrack(summary.onTrack, summary.total)];
  const judged = (['at-risk', 'off-track', 'missed', 'too-early'] as const)
    .filter((word) => counts[word] > 0)
    .map((word) => m.summary.count(counts[word], m.status[word]));
  if (judged.length > 0) parts.push(judged.join(', '));
  if (counts['no-data'] > 0) parts.push(m.summary.withoutData(counts['no-data']));
  if (counts['not-started'] > 0) parts.push(m.summary.notStarted(counts['not-started']));
  if (summary.stale > 0) parts.push(m.summary.stale(summary.stale));
  return parts.join('; ');
}
