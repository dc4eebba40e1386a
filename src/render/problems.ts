/** Problems as text: `file:line:col`, the rule, the message, the source line with a marker, a hint. */
import { relative } from 'node:path';
import type { ChalkInstance } from 'chalk';
import type { Problem } from '../check/problem.js';
import { lineText } from '../io/source.js';

export function renderProblem(problem: Problem, text: string | undefined, chalk: ChalkInstance, cwd = process.cwd()): string {
  const where = `${relative(cwd, problem.file) || problem.file}:${problem.line}:${problem.column}`;
  const severity = problem.severity === 'error' ? chalk.red.bold('error') : chalk.yellow.bold('warning');
  const lines = [`${chalk.bold(where)} ${severity} ${chalk.dim(`[${problem.rule}]`)} ${problem.message}`];
  const source = text === undefined ? '' : lineText(text, problem.line);
  if (source.trim() !== '') {
    const number = String(problem.line);
    const gutter = ' '.repeat(number.length);
    const visible = source.replace(/\t/g, ' ');
    const start = Math.max(0, problem.column - 1);
    const width = problem.endLine === problem.line
      ? Math.max(1, Math.min(problem.endColumn - problem.column, visible.length - start))
      : Math.max(1, visible.trimEnd().length - start);
    lines.push(`  ${chalk.dim(`${number} |`)} ${visible}`);
    lines.push(`  ${chalk.dim(`${gutter} |`)} ${' '.repeat(start)}${chalk.red('^'.repeat(width))}`);
  }
  if (problem.hint) lines.push(`  ${chalk.cyan('hint:')} ${problem.hint}`);
  return lines.join('\n');
}

export function problemSummary(errors: number, warnings: number, files: number): string {
  const fileWord = files === 1 ? 'file' : 'files';
  if (errors === 0 && warnings === 0) return `No problems found in ${files} ${fileWord}.`;
  const parts = [plural(errors, 'error'), plural(warnings, 'warning')].filter((part) => !part.startsWith('0 '));
  return `${parts.join(' and ')} in ${files} ${fileWord} checked.`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
