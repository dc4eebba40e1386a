/**
 * `trend --by …` for the terminal: per project one row of values and one of targets, a column per
 * period. Columns that do not fit in 80 characters go on to a next table below.
 */
import Table from 'cli-table3';
import wrapAnsi from 'wrap-ansi';
import type { ChalkInstance } from 'chalk';
import type { Messages } from '../i18n/index.js';
import type {
  PeriodColumn, PeriodProject, PeriodReport, PeriodRow,
} from '../report/trend-periods.js';
import { formatValue } from './format.js';
import { formatPlan } from './trend-format.js';
import { PLAIN_CHARS, WIDTH, trimLines, wrapName } from './status-table.js';

/** Ids wrap after a hyphen beyond this width; the period columns make room for them. */
const NAME_WIDTH = 24;

export function renderPeriodsTable(
  report: PeriodReport, m: Messages, chalk: ChalkInstance,
): string {
  const title = m.trend.periodsTitle(report.programme.title, m.trend.kinds[report.by], report.asOf);
  const blocks = [chalk.bold(wrapAnsi(title, WIDTH))];
  for (const term of report.terms) {
    const lines = [chalk.bold.underline(term.label)];
    if (term.projects.length === 0) lines.push(`  ${m.statusReport.noProjects}`);
    for (const project of term.projects) {
      const heading = `${chalk.bold(project.title)} ${chalk.dim(`(${project.id})`)}`;
      lines.push('', wrapAnsi(heading, WIDTH));
      lines.push(...projectTables(project, report.periods, m, chalk));
    }
    blocks.push(lines.join('\n'));
  }
  const notes = [wrapAnsi(m.trend.periodsLegend, WIDTH)];
  if (report.periods.some((period) => period.partial)) notes.push(m.trend.partial(report.asOf));
  blocks.push(chalk.dim(notes.join('\n')));
  return `${blocks.join('\n\n')}\n`;
}

/** How a period is named in a heading: `2026-03`, `2026 Q1` (`2026 K1` in Dutch), `2026`. */
export function periodLabel(period: PeriodColumn, m: Messages): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period.id);
  const label = quarter ? m.trend.quarter(quarter[1]!, quarter[2]!) : period.id;
  return period.partial ? `${label}*` : label;
}

function projectTables(
  project: PeriodProject, periods: PeriodColumn[], m: Messages, chalk: ChalkInstance,
): string[] {
  const names = project.indicators.map((row) => wrapName(row.indicator, NAME_WIDTH));
  const targetLabel = `  ${m.trend.target}`;
  const nameLines = [...names, targetLabel].flatMap((name) => name.split('\n'));
  const nameWidth = Math.max(...nameLines.map((line) => line.length));
  const columns = periods.map((period, index) => {
    const values = project.indicators.map((row) => cellTexts(row, index, m));
    const texts = [periodLabel(period, m), ...values.flat()];
    const width = Math.max(...texts.map((text) => text.length));
    return { period, values, width };
  });
  const tables: string[] = [];
  for (const chunk of chunks(columns, WIDTH - 2 - nameWidth)) {
    const table = new Table({
      head: ['', ...chunk.map(({ period }) => chalk.dim(periodLabel(period, m)))],
      chars: PLAIN_CHARS,
      style: { head: [], border: [], 'padding-left': 0, 'padding-right': 0, compact: true },
      colAligns: ['left', ...chunk.map(() => 'right' as const)],
    });
    project.indicators.forEach((_, row) => {
      table.push([names[row]!, ...chunk.map(({ values }) => values[row]![0]!)]);
      const plans = chunk.map(({ values }) => chalk.dim(values[row]![1]!));
      table.push([chalk.dim(targetLabel), ...plans]);
    });
    tables.push(trimLines(table.toString()));
  }
  return tables;
}

function cellTexts(row: PeriodRow, index: number, m: Messages): [string, string] {
  const cell = row.cells[index];
  return [formatValue(cell?.value, row.unit, m.locale), formatPlan(cell?.plan, row.unit, m.locale)];
}

/** Splits the columns into groups that each fit within `room` characters (one space between). */
function chunks<T extends { width: number }>(columns: T[], room: number): T[][] {
  const groups: T[][] = [];
  let group: T[] = [];
  let used = 0;
  for (const column of columns) {
    if (group.length > 0 && used + column.width + 1 > room) {
      groups.push(group);
      group = [];
      used = 0;
    }
    group.push(column);
    used += column.width + 1;
  }
  if (group.length > 0) groups.push(group);
  return groups;
}
