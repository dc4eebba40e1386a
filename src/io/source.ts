/**
 * A file's text and the mapping from character offsets to lines and columns, so that every
 * problem can point at its place. The line index is built on first use: a clean file of a million
 * lines never needs it.
 */
import type { Problem, Severity } from '../check/problem.js';

export interface SourceText {
  /** Absolute path. */
  path: string;
  text: string;
  /** The line and column (both from 1) of a character offset. */
  linePos(offset: number): { line: number; col: number };
}

export function makeSource(path: string, text: string): SourceText {
  let starts: number[] | undefined;
  return {
    path,
    text,
    linePos: (offset) => position((starts ??= lineStarts(text)), offset),
  };
}

/** The offset of the first character of every line. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let next = text.indexOf('\n'); next >= 0; next = text.indexOf('\n', next + 1)) {
    starts.push(next + 1);
  }
  return starts;
}

function position(starts: number[], offset: number): { line: number; col: number } {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (starts[mid]! < offset) low = mid + 1;
    else high = mid;
  }
  if (starts[low] === offset) return { line: low + 1, col: 1 };
  return { line: low, col: offset - starts[low - 1]! + 1 };
}

export interface ProblemInit {
  rule: string;
  message: string;
  hint?: string;
  severity?: Severity;
}

/** A problem spanning the characters from `start` to `end` (offsets into the text). */
export function problemAt(source: SourceText, start: number, end: number, init: ProblemInit): Problem {
  const from = source.linePos(Math.max(0, Math.min(start, source.text.length)));
  const to = source.linePos(Math.max(start, Math.min(end, source.text.length)));
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

/** The last text `lineText` was asked about, with its line starts: problems come file by file. */
let lastText: { text: string; starts: number[] } | undefined;

/** The text of line `line` (from 1), without its line ending. */
export function lineText(text: string, line: number): string {
  if (lastText?.text !== text) lastText = { text, starts: lineStarts(text) };
  const start = lastText.starts[line - 1];
  if (start === undefined || line < 1) return '';
  const end = text.indexOf('\n', start);
  return text.slice(start, end < 0 ? text.length : end).replace(/\r$/, '');
}
