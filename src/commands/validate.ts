/**
 * `ub2030 validate`: every problem in every file, as text, JSON or GitHub annotations, then a
 * summary. Exit 1 when there are errors (or, with --strict, warnings), 2 when it cannot run.
 */
import { checkSince } from '../check/history.js';
import { countErrors, sortProblems, type Problem } from '../check/problem.js';
import { checkTimeliness } from '../check/timeliness.js';
import { gitTopLevel, repoPath } from '../io/git.js';
import { renderProblemsGithub } from '../render/problems-github.js';
import { renderProblemsJson } from '../render/problems-json.js';
import { renderProblem, problemSummary } from '../render/problems.js';
import type { Io } from './io.js';
import { loadProgramme, parseDateOption, type Loaded } from './load.js';

export const VALIDATE_FORMATS = ['text', 'json', 'github'] as const;
export type ValidateFormat = (typeof VALIDATE_FORMATS)[number];

export interface ValidateOptions {
  dir?: string;
  lang?: string;
  /** Default: `github` inside GitHub Actions, else `text`. */
  format?: ValidateFormat;
  /** Warnings fail the check too. */
  strict?: boolean;
  /** The day to judge stale and future measurements by; default today. */
  asOf?: string;
  /** A git revision: also report edits to recorded history since then. */
  since?: string;
}

export function runValidate(options: ValidateOptions, io: Io, env = process.env): number {
  const format = options.format ?? (env.GITHUB_ACTIONS === 'true' ? 'github' : 'text');
  const loaded = loadProgramme(options.dir, options.lang);
  const asOf = parseDateOption(options.asOf, '--as-of', loaded.m);
  const history =
    options.since === undefined ? [] : checkSince(loaded.workspace, options.since, loaded.m);
  const timely = loaded.model
    ? checkTimeliness(loaded.workspace, loaded.model, asOf, loaded.m)
    : [];

  const problems = sortProblems([...loaded.problems, ...timely, ...history]);
  const errors = countErrors(problems);
  const warnings = problems.length - errors;
  const failed = errors > 0 || (options.strict === true && warnings > 0);
  const files = fileCount(loaded);

  if (format === 'json') {
    io.out(renderProblemsJson(problems, { files, errors, warnings, failed }));
    return failed ? 1 : 0;
  }
  const summary = problemSummary(errors, warnings, files, loaded.m);
  const strictNote = options.strict && warnings > 0 ? ` ${loaded.m.validate.summary.strict}` : '';
  if (format === 'github') {
    const root = gitTopLevel(loaded.dir);
    const pathOf = (file: string): string =>
      root ? repoPath(root, file) : repoPath(process.cwd(), file);
    io.out(`${renderProblemsGithub(problems, pathOf, loaded.m)}${summary}${strictNote}\n`);
    return failed ? 1 : 0;
  }
  io.out(renderText(problems, loaded, io));
  io.out(`${summary}${strictNote}\n`);
  return failed ? 1 : 0;
}

function renderText(problems: Problem[], loaded: Loaded, io: Io): string {
  const { workspace } = loaded;
  const entries = [workspace.programme, ...workspace.projects, ...workspace.logs];
  const texts = new Map(entries.map((entry) => [entry.path, entry.file.source.text]));
  return problems
    .map((problem) => `${renderProblem(problem, texts.get(problem.file), io.chalk, loaded.m)}\n\n`)
    .join('');
}

function fileCount(loaded: Loaded): number {
  const { workspace } = loaded;
  return 1 + workspace.projects.length + workspace.logs.length;
}
