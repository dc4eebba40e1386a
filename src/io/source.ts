/**
 * A file's text and the mapping from character offsets to lines and columns, so that every
 * problem can point at its place.
 */
import { LineCounter } from 'yaml';
import type { Problem, Severity } from '../check/problem.js';

export interface SourceText {
  /** Absolute path. */
  path: string;
  text: string;
  lines: LineCounter;
}

export function makeSource(path: string, text: string): SourceText {
  const lines = new LineCounter();
  let offset = 0;
  lines.addNewLine(0);
  for (;;) {
    const next = text.indexOf('\n', offset);
    if (next < 0) break;
    offset = next + 1;
    lines.addNewLine(offset);
  }
  return { path, text, lines };
}

export interface ProblemInit {
  rule: string;
  message: string;
  hint?: string;
  severity?: Severity;
}

/** A problem spanning the characters from `start` to `end` (offsets into the text). */
export function problemAt(source: SourceText, start: number, end: number, init: ProblemInit): Problem {
  const from = source.lines.linePos(Math.max(0, Math.min(start, source.text.length)));
  const to = source.lines.linePos(Math.max(start, Math.min(end, source.text.length)));
  return {
    file: source.path,
    line: from.line,
    column: from.col,
    endLine: to.line,
    endColumn: to.col,
    rule: init.rule,
    severity: init.severity ?? 'error',
    message: init.message,
    ...(init.hint ? { hint: init.hint } : {}),
  };
}

/** The text of line `line` (from 1), without its line ending. */
export function lineText(text: string, line: number): string {
  let start = 0;
  for (let current = 1; current < line; current++) {
    const next = text.indexOf('\n', start);
    if (next < 0) return '';
    start = next + 1;
  }
  const end = text.indexOf('\n', start);
  return text.slice(start, end < 0 ? text.length : end).replace(/\r$/, '');
}
