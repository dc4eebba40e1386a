/**
 * Turns the rows of a spreadsheet export into checked measurements: which column holds what
 * (English or Dutch headers, or `--column field=Header`), what the decimal separator is, and every
 * row's problems by its line number.
 */
import { DataError, UsageError } from '../io/errors.js';
import type { CsvRow, CsvTable } from '../io/csv-read.js';
import type { Messages } from '../i18n/index.js';
import type { Measurement, Programme, Project } from '../model/schema.js';
import type { Loaded } from './load.js';
import { parseDate } from './parse-date.js';
import { parseValue, type DecimalMark } from './parse-value.js';
import { buildMeasurement, checkInProgramme, resolveRef, type Target } from './record-entry.js';

export const FIELDS = [
  'project',
  'indicator',
  'date',
  'value',
  'numerator',
  'denominator',
  'note',
  'source',
  'by',
] as const;
export type Field = (typeof FIELDS)[number];

/** The header names each field is found under, lower case, English and Dutch. */
const NAMES: Record<Field, string[]> = {
  project: ['project', 'project-id', 'project id'],
  indicator: ['indicator', 'indicator-id', 'indicator id'],
  date: ['date', 'datum', 'peildatum'],
  value: ['value', 'waarde'],
  numerator: ['numerator', 'teller'],
  denominator: ['denominator', 'noemer'],
  note: ['note', 'notitie', 'opmerking', 'toelichting'],
  source: ['source', 'bron'],
  by: ['by', 'door', 'measured by', 'gemeten door'],
};

export type Columns = Partial<Record<Field, number>>;

/** Which column holds each field; `overrides` are `field=Header` options. */
export function mapColumns(
  header: string[],
  overrides: string[],
  shown: string,
  m: Messages,
): Columns {
  const normal = header.map((name) => name.trim().toLowerCase().replace(/\s+/g, ' '));
  const columns: Columns = {};
  for (const field of FIELDS) {
    const at = normal.findIndex((name) => NAMES[field].includes(name));
    if (at >= 0) columns[field] = at;
  }
  for (const option of overrides) {
    const [field, name] = [
      option.slice(0, option.indexOf('=')).trim(),
      option.slice(option.indexOf('=') + 1).trim(),
    ];
    if (!option.includes('=') || !(FIELDS as readonly string[]).includes(field)) {
      throw new UsageError(
        m.recordImport.badColumnOption(option),
        m.recordImport.columnOptionHint(FIELDS),
      );
    }
    const at = normal.indexOf(name.toLowerCase().replace(/\s+/g, ' '));
    if (at < 0)
      throw new UsageError(
        m.recordImport.noSuchColumn(name, shown),
        m.recordImport.headersAre(header),
      );
    columns[field as Field] = at;
  }
  const ratioParts = columns.numerator !== undefined && columns.denominator !== undefined;
  for (const field of ['indicator', 'date', ...(ratioParts ? [] : ['value'])] as Field[]) {
    if (columns[field] === undefined) {
      throw new UsageError(
        m.recordImport.missingColumn(field, NAMES[field], shown),
        m.recordImport.headersAre(header),
      );
    }
  }
  return columns;
}

/** The decimal separator the numbers of the file show, or undefined when they do not tell. */
export function detectDecimal(cells: string[]): DecimalMark | 'mixed' | undefined {
  const seen = new Set<DecimalMark>();
  for (const cell of cells) {
    const body = cell.replace(/[^\d.,]/g, '');
    const last = Math.max(body.lastIndexOf(','), body.lastIndexOf('.'));
    if (last < 0) continue;
    const mark = body[last] as DecimalMark;
    const other: DecimalMark = mark === ',' ? '.' : ',';
    const repeated = body.split(mark).length > 2;
    if (repeated) seen.add(other);
    else if (body.includes(other) || body.length - last - 1 !== 3) seen.add(mark);
  }
  if (seen.size === 2) return 'mixed';
  return [...seen][0];
}

export interface RowContext {
  loaded: Loaded;
  programme: Programme;
  projects: Project[];
  columns: Columns;
  header: string[];
  decimal: DecimalMark | undefined;
  project: string | undefined;
  by: string | undefined;
  today: string;
}

export interface ImportRow {
  line: number;
  project: string;
  measurement: Measurement;
}

export interface RowProblem {
  line: number;
  message: string;
}

/** Every row as a measurement, or its problem; rows with no cell filled in are left out. */
export function checkRows(
  table: CsvTable,
  context: RowContext,
): { rows: ImportRow[]; problems: RowProblem[] } {
  const rows: ImportRow[] = [];
  const problems: RowProblem[] = [];
  const firstLine = new Map<string, number>();
  const existing = existingKeys(context.loaded);
  const { m } = context.loaded;
  for (const row of table.rows) {
    if (row.cells.every((cell) => cell.trim() === '')) continue;
    try {
      const built = checkRow(row, context);
      const key = `${built.project}/${built.measurement.indicator}@${built.measurement.date}`;
      const earlier = firstLine.get(key);
      if (earlier !== undefined)
        throw new DataError(m.recordImport.twiceInFile(earlier), m.recordImport.twiceInFileHint);
      if (existing.has(key))
        throw new DataError(
          m.recordImport.alreadyInLog(built.measurement.date),
          m.recordImport.alreadyInLogHint,
        );
      firstLine.set(key, row.line);
      rows.push(built);
    } catch (error) {
      if (!(error instanceof UsageError) && !(error instanceof DataError)) throw error;
      problems.push({
        line: row.line,
        message: error.hint ? `${error.message} ${error.hint}` : error.message,
      });
    }
  }
  return { rows, problems };
}

function checkRow(row: CsvRow, context: RowContext): ImportRow {
  const { m } = context.loaded;
  const cell = (field: Field): string => {
    const at = context.columns[field];
    return at === undefined ? '' : (row.cells[at] ?? '').trim();
  };
  const name = (field: Field): string => context.header[context.columns[field] ?? -1] ?? field;
  const required = (field: Field): string => {
    const text = cell(field);
    if (text === '') throw new UsageError(m.recordImport.emptyCell(name(field)));
    return text;
  };

  const target = rowTarget(required('indicator'), cell('project') || context.project, context);
  const date = parseDate(required('date'), m, name('date'), context.today);
  checkInProgramme(date, context.programme, name('date'), m);
  const ratioParts = target.indicator.aggregation === 'ratio' && cell('value') === '';
  const raw = ratioParts
    ? `${required('numerator')}/${required('denominator')}`
    : required('value');
  const parsed = parseValue(raw, target.indicator, m, context.decimal);
  const extras = { note: cell('note'), source: cell('source'), by: cell('by') || context.by };
  return {
    line: row.line,
    project: target.project.id,
    measurement: buildMeasurement(target.indicator, parsed, raw, date, extras, m),
  };
}

function rowTarget(indicator: string, project: string | undefined, context: RowContext): Target {
  const { m } = context.loaded;
  if (indicator.includes('/')) return resolveRef(indicator, context.projects, m);
  if (!project) throw new UsageError(m.recordImport.noProject, m.recordImport.noProjectHint);
  return resolveRef(`${project}/${indicator}`, context.projects, m);
}

function existingKeys(loaded: Loaded): Set<string> {
  return new Set(
    loaded.workspace.logs.flatMap((log) =>
      (log.data?.measurements ?? []).map(
        (entry) => `${log.data!.project}/${entry.indicator}@${entry.date}`,
      ),
    ),
  );
}
