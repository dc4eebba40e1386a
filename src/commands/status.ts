/** `ub2030 status`: where every indicator stands on a date, per term. */
import { didYouMean } from '../check/suggest.js';
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
  const asOf = parseDateOption(options.asOf, '--as-of');
  const loaded = loadProgramme(options.dir, options.lang);
  const { m } = loaded;
  if (!loaded.model) {
    io.err(`${m.statusReport.unreadable}\n`);
    return 1;
  }
  const filter = checkFilter(loaded.model, options);
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

/** Checks --term and --project against the programme; shared with `trend`. */
export function checkFilter(
  model: ProgrammeModel, options: Pick<StatusOptions, 'term' | 'project'>,
): StatusFilter {
  const terms = model.terms.map(({ term }) => term.id);
  if (options.term !== undefined && !terms.includes(options.term)) {
    throw new UsageError(
      `--term ${options.term}: there is no such term. ${didYouMean(options.term, terms)}`.trim(),
      `The terms are: ${terms.join(', ')}`,
    );
  }
  const projects = model.terms.flatMap(({ projects: list }) => list.map(({ project }) => project.id));
  if (options.project !== undefined && !projects.includes(options.project)) {
    throw new UsageError(
      `--project ${options.project}: there is no such project. ${didYouMean(options.project, projects)}`.trim(),
      `The projects are: ${projects.join(', ')}`,
    );
  }
  return { ...(options.term ? { term: options.term } : {}), ...(options.project ? { project: options.project } : {}) };
}
