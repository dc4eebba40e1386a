/** The shared first step of every command: find the folder, read it, check it. */
import { checkWorkspace } from '../check/checks.js';
import { countErrors, sortProblems, type Problem } from '../check/problem.js';
import { UsageError } from '../io/errors.js';
import { findProgrammeDir } from '../io/find.js';
import { loadWorkspace, type Workspace } from '../io/workspace.js';
import { messages, resolveLang, type Lang, type Messages } from '../i18n/index.js';
import { isCalendarDate, localToday } from '../model/dates.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROGRAMME_FILE } from '../io/find.js';
import { fastRead } from '../io/fast-yaml.js';
import { yamlLib } from '../io/yaml-lib.js';
import type { ProgrammeModel } from '../model/model.js';

export interface Loaded {
  dir: string;
  /** The language of the output, and its words. */
  lang: Lang;
  m: Messages;
  workspace: Workspace;
  problems: Problem[];
  errors: number;
  model?: ProgrammeModel;
}

export function loadProgramme(dirOption: string | undefined, langOption?: string): Loaded {
  const dir = findProgrammeDir(dirOption, messages(resolveLang(langOption)));
  const lang = resolveLang(langOption, programmeLanguage(dir));
  const m = messages(lang);
  const workspace = loadWorkspace(dir, m);
  const checked = checkWorkspace(workspace, m);
  const problems = sortProblems([...workspace.problems, ...checked.problems]);
  return {
    dir, lang, m, workspace, problems, errors: countErrors(problems),
    ...(checked.model ? { model: checked.model } : {}),
  };
}

/**
 * The programme and its projects (or just `project`, when its file exists), each checked against
 * its schema, without the logs and without the checks across files: what `record` needs to check
 * one new measurement.
 */
export function loadDefinitions(
  dirOption: string | undefined,
  langOption?: string,
  project?: string,
): Loaded {
  const dir = findProgrammeDir(dirOption, messages(resolveLang(langOption)));
  const lang = resolveLang(langOption, programmeLanguage(dir));
  const m = messages(lang);
  const workspace = loadWorkspace(dir, m, { logs: false, ...(project ? { project } : {}) });
  const problems = sortProblems(workspace.problems);
  return { dir, lang, m, workspace, problems, errors: countErrors(problems) };
}

/** The `language:` of programme.yaml, read leniently: problems are reported later, in that language. */
function programmeLanguage(dir: string): string | undefined {
  try {
    const text = readFileSync(join(dir, PROGRAMME_FILE), 'utf8');
    const data =
      fastRead(text.replace(/^\uFEFF/, ''))?.data ?? yamlLib().parse(text, { maxAliasCount: 0 });
    const language = (data as { language?: unknown } | null)?.language;
    return typeof language === 'string' ? language : undefined;
  } catch {
    return undefined;
  }
}

/** A date option: `YYYY-MM-DD` naming a real day; today when not given. */
export function parseDateOption(value: string | undefined, option: string, m: Messages): string {
  if (value === undefined) return localToday();
  const text = value.trim();
  const words = m.cli.date;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    throw new UsageError(words.format(option, value), words.example(option));
  }
  if (!isCalendarDate(text)) {
    throw new UsageError(words.noSuchDay(option, value), words.noSuchDayHint);
  }
  return text;
}
