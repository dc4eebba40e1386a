/** `ub2030 status`: where every indicator stands on a date, per term. */
import { suggestion } from '../check/suggest-text.js';
import type { Messages } from '../i18n/index.js';
import { UsageError } from '../io/errors.js';
import type { ProgrammeModel } from '../model/model.js';
import { buildStatus, type StatusFilter } from '../report/status.js';
import type { Io } from './io.js';
import { loadProgramme, parseDateOption } from './load.js';

export interface StatusOptions {
  dir?: string;
  asOf?: string;
  term?: string;
  project?: string;
  format: 'table' | 'json' | 'csv' | 'markdown';
  lang?: string;
}

export async function runStatus(options: StatusOptions, io: Io): Promise<number> {
  const loaded = loadProgramme(options.dir, options.lang);
  const { m } = loaded;
  const asOf = parseDateOption(options.asOf, '--as-of', m);
  if (!loaded.model) {
    io.err(`${m.statusReport.unreadable}\n`);
    return 1;
  }
  const filter = checkFilter(loaded.model, options, m);
  const report = buildStatus(loaded.model, asOf, filter);

  // Only the renderer asked for is loaded: the table's libraries take time to start.
  if (options.format === 'table') {
    const { renderStatusTable } = await import('../render/status-table.js');
    io.out(renderStatusTable(report, m, io.chalk));
  } else {
    const formats = await import('../render/status-formats.js');
    const render = {
      json: () => formats.renderStatusJson(report),
      csv: () => formats.renderStatusCsv(report),
      markdown: () => formats.renderStatusMarkdown(report, m),
    }[options.format];
    io.out(render());
  }

  if (loaded.errors > 0) {
    io.err(`\n${m.statusReport.problemsLeftOut(loaded.errors)}\n`);
    return 1;
  }
  return 0;
}

/** Checks --term and --project against the programme; shared with `trend` and `report`. */
export function checkFilter(
  model: ProgrammeModel, options: Pick<StatusOptions, 'term' | 'project'>, m: Messages,
): StatusFilter {
  const words = m.cli.filter;
  const terms = model.terms.map(({ term }) => term.id);
  if (options.term !== undefined && !terms.includes(options.term)) {
    throw new UsageError(
      withSuggestion(words.noTerm(options.term), suggestion(options.term, terms, m)),
      words.termsAre(terms),
    );
  }
  const projects = model.terms
    .flatMap(({ projects: list }) => list.map(({ project }) => project.id));
  if (options.project !== undefined && !projects.includes(options.project)) {
    throw new UsageError(
      withSuggestion(words.noProject(options.project), suggestion(options.project, projects, m)),
      words.projectsAre(projects),
    );
  }
  const home = model.terms.find(({ projects: list }) =>
    list.some(({ project }) => project.id === options.project))?.term.id;
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
