/**
 * Problems as GitHub Actions workflow commands: each becomes an annotation on the pull request's
 * diff, at its file, line and column. Paths are relative to the repository's top folder.
 */
import type { Problem } from '../check/problem.js';
import type { Messages } from '../i18n/index.js';

/** `pathOf` gives a file's path relative to the repository's top folder, with forward slashes. */
export function renderProblemsGithub(
  problems: Problem[],
  pathOf: (file: string) => string,
  m: Messages,
): string {
  return problems.map((problem) => `${annotation(problem, pathOf(problem.file), m)}\n`).join('');
}

function annotation(problem: Problem, file: string, m: Messages): string {
  // GitHub drops an annotation that gives columns for a range over more than one line.
  const columns =
    problem.endLine === problem.line
      ? [`col=${problem.column}`, `endColumn=${Math.max(problem.column, problem.endColumn)}`]
      : [];
  const properties = [
    `file=${escapeProperty(file)}`,
    `line=${problem.line}`,
    `endLine=${problem.endLine}`,
    ...columns,
    `title=${escapeProperty(`ub2030 [${problem.rule}]`)}`,
  ].join(',');
  const text = problem.hint
    ? `${problem.message}\n${m.validate.hintLabel} ${problem.hint}`
    : problem.message;
  return `::${problem.severity} ${properties}::${escapeData(text)}`;
}

/** The message of a workflow command: `%`, carriage returns and line feeds are encoded. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value: also `:` and `,`, which separate the properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
