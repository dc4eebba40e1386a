/**
 * Problems as JSON for other tools. The shape is documented in the README and stays stable: keys
 * in English, positions counted from 1, paths relative to the current folder with forward slashes.
 */
import { relative, sep } from 'node:path';
import type { Problem } from '../check/problem.js';

export interface ProblemsSummary {
  /** Files checked. */
  files: number;
  errors: number;
  warnings: number;
  /** True when the check fails: any error, or any warning under --strict (exit code 1). */
  failed: boolean;
}

export function renderProblemsJson(
  problems: Problem[],
  summary: ProblemsSummary,
  cwd = process.cwd(),
): string {
  const shown = problems.map((problem) => ({
    file: (relative(cwd, problem.file) || problem.file).split(sep).join('/'),
    line: problem.line,
    column: problem.column,
    endLine: problem.endLine,
    endColumn: problem.endColumn,
    rule: problem.rule,
    severity: problem.severity,
    message: problem.message,
    hint: problem.hint ?? null,
  }));
  return `${JSON.stringify({ problems: shown, summary }, null, 2)}\n`;
}
