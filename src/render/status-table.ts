/** `status` as tables for the terminal: one block per term, one table per project. */
import Table from 'cli-table3';
import wrapAnsi from 'wrap-ansi';
import type { ChalkInstance } from 'chalk';
import { headers, stateWords, statusWords } from '../i18n/en.js';
import type { Rollup } from '../maths/rollup.js';
import type { StatusProject, StatusReport, StatusRow } from '../report/status.js';
import { paintStatus } from './color.js';
import { formatShare, formatValue } from './format.js';

const PLAIN_CHARS = {
  top: '', 'top-mid': '', 'top-left': '', 'top-right': '', bottom: '', 'bottom-mid': '',
  'bottom-left': '', 'bottom-right': '', left: '  ', 'left-mid': '', mid: '', 'mid-mid': '',
  right: '', 'right-mid': '', middle: ' ',
};

export function renderStatusTable(report: StatusReport, chalk: ChalkInstance): string {
  const blocks = [chalk.bold(`${report.programme.title} — status on ${report.asOf}`)];
  for (const term of report.terms) {
    const lines = [chalk.bold.underline(term.label)];
    if (term.projects.length === 0) lines.push('  (no projects in this term)');
    for (const project of term.projects) lines.push('', projectHeading(project, chalk), projectTable(project, chalk));
    lines.push('', wrapAnsi(summaryLine(term.summary), WIDTH));
    blocks.push(lines.join('\n'));
  }
  if (report.terms.length > 1) blocks.push(chalk.bold(wrapAnsi(`Programme: ${summaryLine(report.summary)}`, WIDTH)));
  return `${blocks.join('\n\n')}\n`;
}

function projectHeading(project: StatusProject, chalk: ChalkInstance): string {
  const state = stateWords[project.state] ?? project.state;
  const about = `(${project.id}, ${state}, ${project.period.start} to ${project.period.end})`;
  return wrapAnsi(`${chalk.bold(project.title)} ${chalk.dim(about)}`, WIDTH);
}

function projectTable(project: StatusProject, chalk: ChalkInstance): string {
  const table = new Table({
    head: [headers.indicator, headers.baseline, headers.latest, headers.target, headers.progress, headers.expected, headers.status]
      .map((text) => chalk.dim(text)),
    chars: PLAIN_CHARS,
    style: { head: [], border: [], 'padding-left': 0, 'padding-right': 0, compact: true },
    colAligns: ['left', 'right', 'right', 'right', 'right', 'right', 'left'],
  });
  for (const row of project.indicators) table.push(rowCells(row, chalk));
  return trimLines(table.toString());
}

const NAME_WIDTH = 18;
/** Headings and summaries wrap here, so that the output reads well in an 80-column terminal. */
const WIDTH = 80;

/** Breaks an id after its hyphens and a label between words, so no line passes `width`. */
export function wrapName(text: string, width = NAME_WIDTH): string {
  const pieces = text.match(/[^\s-]+-?|\s+/g) ?? [text];
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

function trimLines(text: string): string {
  return text.split('\n').map((line) => line.trimEnd()).join('\n');
}

function rowCells(row: StatusRow, chalk: ChalkInstance): string[] {
  const word = statusWords[row.status];
  const marks = row.stale ? `\n${chalk.yellow('stale')}` : '';
  const kind = row.aggregation === 'events' ? `${row.unitLabel}, total` : row.unitLabel;
  return [
    `${wrapName(row.indicator)}\n${chalk.dim(wrapName(kind))}`,
    formatValue(row.baseline.value, row.unit),
    row.current === undefined ? '–' : `${formatValue(row.current, row.unit)}\n${chalk.dim(row.currentDate ?? '')}`,
    `${formatValue(row.target.value, row.unit)}\n${chalk.dim(row.target.deadline)}`,
    row.keep ? 'keep' : formatShare(row.progress),
    row.keep || row.status === 'not-started' ? '' : formatShare(row.expected),
    `${paintStatus(chalk, row.status, word)}${marks}`,
  ];
}

/** "5 of 9 indicators on track or achieved; 1 at risk, 1 off track; 2 without data; 1 stale". */
export function summaryLine(summary: Rollup): string {
  const { counts } = summary;
  const parts = [`${summary.onTrack} of ${summary.total} indicators on track or achieved`];
  const judged = (['at-risk', 'off-track', 'missed', 'too-early'] as const)
    .filter((word) => counts[word] > 0)
    .map((word) => `${counts[word]} ${statusWords[word]}`);
  if (judged.length > 0) parts.push(judged.join(', '));
  if (counts['no-data'] > 0) parts.push(`${counts['no-data']} without data`);
  if (counts['not-started'] > 0) parts.push(`${counts['not-started']} not started`);
  if (summary.stale > 0) parts.push(`${summary.stale} stale`);
  return parts.join('; ');
}
