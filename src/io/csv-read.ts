/**
 * Reads a spreadsheet export: UTF-8 with or without a byte-order mark, any line endings, comma,
 * semicolon or tab separated (told from the header line), with a header row. Every row keeps the
 * line number it starts on in the file, for messages.
 */
import { readFileSync } from 'node:fs';
import { CsvError, parse } from 'csv-parse/sync';
import type { Messages } from '../i18n/index.js';
import { UsageError } from './errors.js';

export interface CsvRow {
  /** The line of the file the row starts on, counting from 1. */
  line: number;
  cells: string[];
}

export interface CsvTable {
  delimiter: string;
  header: string[];
  rows: CsvRow[];
}

export function readCsv(path: string, shown: string, m: Messages): CsvTable {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new UsageError(
      m.recordImport.cannotRead(shown, (error as Error).message),
      m.recordImport.cannotReadHint,
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })
      .decode(bytes)
      .replace(/^\uFEFF/, '');
  } catch {
    throw new UsageError(m.recordImport.notUtf8(shown), m.recordImport.notUtf8Hint);
  }
  const delimiter = detectDelimiter(text);
  const records = parseRecords(text, delimiter, shown, m);
  const [first, ...rest] = records;
  if (!first) throw new UsageError(m.recordImport.empty(shown), m.recordImport.emptyHint);
  return { delimiter, header: first.cells.map((cell) => cell.trim()), rows: rest };
}

function parseRecords(text: string, delimiter: string, shown: string, m: Messages): CsvRow[] {
  let parsed: { record: string[]; raw: string }[];
  try {
    parsed = parse(text, {
      delimiter,
      raw: true,
      skip_empty_lines: true,
      relax_column_count: true,
      record_delimiter: ['\r\n', '\n', '\r'],
    }) as unknown as { record: string[]; raw: string }[];
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines;
      throw new UsageError(
        m.recordImport.badCsv(shown, line, error.message),
        m.recordImport.badCsvHint,
      );
    }
    throw error;
  }
  // Each row's line: find its raw text in the file, past any blank lines before it.
  let cursor = 0;
  const lines = { line: 1, upTo: 0 };
  return parsed.map(({ record, raw }) => {
    const at = Math.max(cursor, text.indexOf(raw, cursor));
    const start = at + (/^[\r\n]*/.exec(raw)?.[0].length ?? 0);
    cursor = at + raw.length;
    return { line: countLines(text, lines, start), cells: record };
  });
}

/** The line at `offset`, counting on from where the previous call stopped. */
function countLines(text: string, state: { line: number; upTo: number }, offset: number): number {
  for (; state.upTo < offset; state.upTo++) {
    const char = text[state.upTo];
    if (char === '\n' || (char === '\r' && text[state.upTo + 1] !== '\n')) state.line++;
  }
  return state.line;
}

/** The separator used most in the header line (outside quotes): `;`, `,` or a tab. */
export function detectDelimiter(text: string): string {
  const header = text.split(/\r\n|\n|\r/).find((line) => line.trim() !== '') ?? '';
  const unquoted = header.replace(/"[^"]*"/g, '');
  const counts = [';', ',', '\t'].map((mark) => ({ mark, count: unquoted.split(mark).length - 1 }));
  const best = counts.sort((a, b) => b.count - a.count)[0]!;
  return best.count > 0 ? best.mark : ',';
}
