/** `ub2030 status`: where every indicator stands on a date, per term. */
import { didYouMean } from '../check/suggest.js';
import { UsageError } from '../io/errors.js';
import type { ProgrammeModel } from '../model/model.js';
import { buildStatus, type StatusFilter } from '../report/status.js';
import { renderStatusCsv, renderStatusJson, renderStatusMarkdown } from '../render/status-formats.js';
import { renderStatusTable } from '../render/status-table.js';
import type { Io } from './io.js';
import { loadProgramme, parseDateOption } from './load.js';

export interface StatusOptions {
  dir?: string;
  asOf?: string;
  term?: string;
  project?: string;
  format: 'table' | 'json' | 'csv' | 'markdown';
}

export function runStatus(options: StatusOptions, io: Io): number {
  const asOf = parseDateOption(options.asOf, '--as-of');
  const loaded = loadProgramme(options.dir);
  if (!loaded.model) {
    io.err(`The programme cannot be read: programme.yaml has problems. Run \`ub2030 validate\` to see them.\n`);
    return 1;
  }
  const filter = checkFilter(loaded.model, options);
  const report = buildStatus(loaded.model, asOf, filter);

  const render = {
    table: () => renderStatusTable(report, io.chalk),
    json: () => renderStatusJson(report),
    csv: () => renderStatusCsv(report),
    markdown: () => renderStatusMarkdown(report),
  }[options.format];
  io.out(render());

  if (loaded.errors > 0) {
    io.err(`\n${loaded.errors} problem${loaded.errors === 1 ? '' : 's'} in the programme files: `
      + 'what could not be read is left out above. Run `ub2030 validate` to see and fix them.\n');
    return 1;
  }
  return 0;
}

function checkFilter(model: ProgrammeModel, options: StatusOptions): StatusFilter {
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
