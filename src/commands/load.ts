/** The shared first step of every command: find the folder, read it, check it. */
import { checkWorkspace } from '../check/checks.js';
import { countErrors, sortProblems, type Problem } from '../check/problem.js';
import { UsageError } from '../io/errors.js';
import { findProgrammeDir } from '../io/find.js';
import { loadWorkspace, type Workspace } from '../io/workspace.js';
import { isCalendarDate, localToday } from '../model/dates.js';
import type { ProgrammeModel } from '../model/model.js';

export interface Loaded {
  dir: string;
  workspace: Workspace;
  problems: Problem[];
  errors: number;
  model?: ProgrammeModel;
}

export function loadProgramme(dirOption: string | undefined): Loaded {
  const dir = findProgrammeDir(dirOption);
  const workspace = loadWorkspace(dir);
  const checked = checkWorkspace(workspace);
  const problems = sortProblems([...workspace.problems, ...checked.problems]);
  return { dir, workspace, problems, errors: countErrors(problems), ...(checked.model ? { model: checked.model } : {}) };
}

/** A date option: `YYYY-MM-DD` naming a real day; today when not given. */
export function parseDateOption(value: string | undefined, option: string): string {
  if (value === undefined) return localToday();
  const text = value.trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    throw new UsageError(`${option} ${value}: expected a date written as YYYY-MM-DD.`, `For example: ${option} 2026-12-01`);
  }
  if (!isCalendarDate(text)) {
    throw new UsageError(`${option} ${value}: this day does not exist in the calendar.`, 'Check the day and the month.');
  }
  return text;
}
