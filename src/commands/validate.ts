/** `ub2030 validate`: every problem in every file, then a summary; exit 1 when there are errors. */
import { renderProblem, problemSummary } from '../render/problems.js';
import type { Io } from './io.js';
import { loadProgramme } from './load.js';

export interface ValidateOptions {
  dir?: string;
  lang?: string;
}

export function runValidate(options: ValidateOptions, io: Io): number {
  const loaded = loadProgramme(options.dir, options.lang);
  const { workspace } = loaded;
  const files = [workspace.programme, ...workspace.projects, ...workspace.logs];
  const texts = new Map(files.map((entry) => [entry.path, entry.file.source.text]));
  for (const problem of loaded.problems) {
    io.out(`${renderProblem(problem, texts.get(problem.file), io.chalk)}\n\n`);
  }
  const warnings = loaded.problems.length - loaded.errors;
  io.out(`${problemSummary(loaded.errors, warnings, files.length)}\n`);
  return loaded.errors > 0 ? 1 : 0;
}
