/** Problems as text: `file:line:col`, rule, message, the source line with a marker, a hint. */
import { relative } from 'node:path';
import type { ChalkInstance } from 'chalk';
import type { Problem } from '../check/problem.js';
import type { Messages } from '../i18n/index.js';
import { lineText } from '../io/source.js';

export function renderProblem(
  problem: Problem,
  text: string | undefined,
  chalk: ChalkInstance,
  m: Messages,
  cwd = process.cwd(),
): string {
  const words = m.validate;
  const where = `${relative(cwd, problem.file) || problem.file}:${problem.line}:${problem.column}`;
  const severity =
    problem.severity === 'error'
      ? chalk.red.bold(words.severity.error)
      : chalk.yellow.bold(words.severity.warning);
  const lines = [
    `${chalk.bold(where)} ${severity} ${chalk.dim(`[${problem.rule}]`)} ${problem.message}`,
  ];
  const source = text === undefined ? '' : lineText(text, problem.line);
  if (source.trim() !== '') {
    const number = String(problem.line);
    const gutter = ' '.repeat(number.length);
    const visible = source.replace(/\t/g, ' ');
    const start = Math.max(0, problem.column - 1);
    const width =
      problem.endLine === problem.line
        ? Math.max(1, Math.min(problem.endColumn - problem.column, visible.length - start))
        : Math.max(1, visible.trimEnd().length - start);
    lines.push(`  ${chalk.dim(`${number} |`)} ${visible}`);
    lines.push(`  ${chalk.dim(`${gutter} |`)} ${' '.repeat(start)}${chalk.red('^'.repeat(width))}`);
  }
  if (problem.hint) lines.push(`  ${chalk.cyan(words.hintLabel)} ${problem.hint}`);
  return lines.join('\n');
}

/** The last line: how many errors and warnings in how many files. */
export function problemSummary(
  errors: number,
  warnings: number,
  files: number,
  m: Messages,
): string {
  const { summary } = m.validate;
  return errors === 0 && warnings === 0
    ? summary.clean(files)
    : summary.found(errors, warnings, files);
}
