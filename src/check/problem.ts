/** Problems are data: loading and checking collect them, the CLI prints them. */

export type Severity = 'error' | 'warning';

/** One problem found in a file, with its place. Lines and columns count from 1. */
export interface Problem {
  /** Absolute path of the file. */
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Short rule name, for example `unknown-indicator`. */
  rule: string;
  severity: Severity;
  /** What was found and what was expected. */
  message: string;
  /** What to do about it. */
  hint?: string;
}

/** Stable order: by file, then position, then rule. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      a.rule.localeCompare(b.rule),
  );
}

export function countErrors(problems: Problem[]): number {
  return problems.filter((problem) => problem.severity === 'error').length;
}
