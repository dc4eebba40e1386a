/**
 * What `status`, `trend` and `report` share: read the programme, check the as-of date and the
 * --term and --project filters, and at the end say what was left out because of problems.
 */
import { suggestion } from '../check/suggest-text.js';
import type { Messages } from '../i18n/index.js';
import { UsageError } from '../io/errors.js';
import type { ProgrammeModel } from '../model/model.js';
import type { StatusFilter } from '../report/status.js';
import type { Io } from './io.js';
import { loadProgramme, parseDateOption, type Loaded } from './load.js';

export interface ViewOptions {
  dir?: string;
  lang?: string;
  asOf?: string;
  term?: string;
  project?: string;
}

export interface View {
  loaded: Loaded;
  m: Messages;
  model: ProgrammeModel;
  asOf: string;
  filter: StatusFilter;
}

/** The programme ready to show, or undefined (said on stderr) when programme.yaml is unreadable. */
export function openView(options: ViewOptions, io: Io): View | undefined {
  const loaded = loadProgramme(options.dir, options.lang);
  const { m, model } = loaded;
  const asOf = parseDateOption(options.asOf, '--as-of', m);
  if (!model) {
    io.err(`${m.statusReport.unreadable}\n`);
    return undefined;
  }
  return { loaded, m, model, asOf, filter: checkFilter(model, options, m) };
}

/** Exit code 1, said on stderr, when files had problems and what they held was left out. */
export function closeView(view: View, io: Io): number {
  if (view.loaded.errors === 0) return 0;
  io.err(`\n${view.m.statusReport.problemsLeftOut(view.loaded.errors)}\n`);
  return 1;
}

/** Checks --term and --project against the programme. */
export function checkFilter(
  model: ProgrammeModel,
  options: Pick<ViewOptions, 'term' | 'project'>,
  m: Messages,
): StatusFilter {
  const words = m.cli.filter;
  const terms = model.terms.map(({ term }) => term.id);
  if (options.term !== undefined && !terms.includes(options.term)) {
    throw new UsageError(
      withSuggestion(words.noTerm(options.term), suggestion(options.term, terms, m)),
      words.termsAre(terms),
    );
  }
  const projects = model.terms.flatMap(({ projects: list }) =>
    list.map(({ project }) => project.id),
  );
  if (options.project !== undefined && !projects.includes(options.project)) {
    throw new UsageError(
      withSuggestion(words.noProject(options.project), suggestion(options.project, projects, m)),
      words.projectsAre(projects),
    );
  }
  const home = model.terms.find(({ projects: list }) =>
    list.some(({ project }) => project.id === options.project),
  )?.term.id;
  if (options.term !== undefined && home !== undefined && home !== options.term) {
    throw new UsageError(
      words.otherTerm(options.project!, home, options.term),
      words.otherTermHint(options.project!),
    );
  }
  return {
    ...(options.term ? { term: options.term } : {}),
    ...(options.project ? { project: options.project } : {}),
  };
}

/** "…: there is no such term; did you mean `short`?" or the same ending in a full stop. */
function withSuggestion(message: string, said: string): string {
  return said ? `${message}; ${said}` : `${message}.`;
}
