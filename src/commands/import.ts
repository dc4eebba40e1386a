/**
 * `ub2030 import FILE.csv`: measurements from a spreadsheet export. Every row is checked first;
 * then all of them are written, or none. Each log is replaced atomically under its lock, and only
 * when every log's new text has been worked out and checked.
 */
import { resolve } from 'node:path';
import { readCsv } from '../io/csv-read.js';
import { UsageError } from '../io/errors.js';
import { changeLine, updateLogs } from '../io/log-update.js';
import { localToday } from '../model/dates.js';
import type { Messages } from '../i18n/index.js';
import type { Io } from './io.js';
import { loadProgramme } from './load.js';
import { checkRows, detectDecimal, mapColumns, type ImportRow } from './import-rows.js';
import type { DecimalMark } from './parse-value.js';
import {
  defaultBy,
  findProject,
  logTask,
  programmeParts,
  readIfThere,
  shownPath,
} from './record-entry.js';

const SHOWN_PROBLEMS = 50;

export interface ImportOptions {
  dir?: string;
  lang?: string;
  dryRun?: boolean;
  column?: string[];
  project?: string;
  decimal?: string;
  by?: string;
}

export async function runImport(file: string, options: ImportOptions, io: Io): Promise<number> {
  const loaded = loadProgramme(options.dir, options.lang);
  const { m } = loaded;
  const { programme, projects } = programmeParts(loaded);
  if (options.project !== undefined) findProject(options.project, projects, m);
  const shown = shownPath(resolve(file));
  const table = readCsv(file, shown, m);
  const columns = mapColumns(table.header, options.column ?? [], shown, m);
  const decimal = decimalOf(options.decimal, table.delimiter, numberCells(table.rows, columns), m);

  const { rows, problems } = checkRows(table, {
    loaded,
    programme,
    projects,
    columns,
    header: table.header,
    decimal,
    project: options.project,
    by: options.by ?? defaultBy(loaded.dir),
    today: localToday(),
  });
  if (problems.length > 0) {
    // the first problems say enough; a whole file of the same mistake would bury the summary
    for (const problem of problems.slice(0, SHOWN_PROBLEMS)) {
      io.err(`${shown}:${problem.line}: ${problem.message}\n`);
    }
    if (problems.length > SHOWN_PROBLEMS)
      io.err(`${m.recordImport.more(problems.length - SHOWN_PROBLEMS)}\n`);
    io.err(`${m.recordImport.refused(problems.length, problems.length + rows.length)}\n`);
    return 1;
  }
  if (rows.length === 0) {
    io.err(`${m.recordImport.noRows(shown)}\n`);
    return 1;
  }

  const groups = [...groupByProject(rows)];
  const tasks = groups.map(([project, list]) =>
    logTask(
      loaded,
      project,
      list.map((row) => row.measurement),
      undefined,
    ),
  );
  const readAs = m.recordImport.readAs(table.delimiter, decimal);
  if (options.dryRun) {
    for (const task of tasks) {
      const edit = task.compose(readIfThere(task.path) ?? task.skeleton);
      const lines = edit.after.replace(/^\r?\n/, '');
      io.out(`${m.recordImport.wouldWrite(edit.entries.length, task.shown)}\n${lines}`);
    }
    io.err(`${readAs}\n${m.recordImport.dryRun}\n`);
    return 0;
  }
  const written = await updateLogs(
    tasks,
    { command: 'import', journal: changeLine('import', options.by ?? '') },
    m,
  );
  io.out(
    `${m.recordImport.imported(
      rows.length,
      written.map(({ task, edit }) => [edit.entries.length, task.shown] as const),
    )}\n`,
  );
  io.err(`${readAs}\n`);
  return 0;
}

/** The decimal separator: `--decimal`, else what the numbers show, else undecided. */
function decimalOf(
  option: string | undefined,
  _delimiter: string,
  cells: string[],
  m: Messages,
): DecimalMark | undefined {
  if (option !== undefined) {
    const mark = (
      { comma: ',', komma: ',', ',': ',', point: '.', punt: '.', '.': '.' } as Record<
        string,
        DecimalMark
      >
    )[option.toLowerCase()];
    if (!mark)
      throw new UsageError(m.recordImport.badDecimal(option), m.recordImport.badDecimalHint);
    return mark;
  }
  const seen = detectDecimal(cells);
  if (seen === ',' || seen === '.') return seen;
  // Nothing in the numbers tells. The delimiter hints at a habit (a semicolon file comes from a
  // spreadsheet set to a decimal comma), but a hint must not turn `7.250` into 7250 silently:
  // leave it undecided, so such a value is refused with both readings and `--decimal` settles it.
  return undefined;
}

function numberCells(
  rows: { cells: string[] }[],
  columns: { value?: number; numerator?: number; denominator?: number },
): string[] {
  const at = [columns.value, columns.numerator, columns.denominator].filter(
    (column): column is number => column !== undefined,
  );
  return rows.flatMap((row) => at.map((column) => row.cells[column] ?? ''));
}

function groupByProject(rows: ImportRow[]): Map<string, ImportRow[]> {
  const groups = new Map<string, ImportRow[]>();
  for (const row of rows) groups.set(row.project, [...(groups.get(row.project) ?? []), row]);
  return groups;
}
