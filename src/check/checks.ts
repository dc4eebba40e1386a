/**
 * Checks across files, beyond what each file's schema can see: ids, references, dates within the
 * programme, values that fit their unit, directions, and duplicate measurements. The checks of one
 * indicator and of one log live in `check-indicator.ts` and `check-log.ts`.
 */
import { basename } from 'node:path';
import type { FileEntry, Workspace } from '../io/workspace.js';
import { addCalendarMonths, dayNumber, fromDayNumber } from '../model/dates.js';
import { buildModel, type ProgrammeModel } from '../model/model.js';
import type { MeasurementLog, Programme, Project } from '../model/schema.js';
import type { Messages } from '../i18n/index.js';
import { checkIndicator, checkWithin } from './check-indicator.js';
import { checkLog } from './check-log.js';
import type { Problem } from './problem.js';
import { Reporter } from './reporter.js';
import { suggestion } from './suggest-text.js';

export interface CheckResult {
  problems: Problem[];
  /** The joined programme, when programme.yaml itself is usable. */
  model?: ProgrammeModel;
}

type Checked<T> = FileEntry<T> & { data: T };

export function checkWorkspace(workspace: Workspace, m: Messages): CheckResult {
  const report = new Reporter(m);
  const programme = workspace.programme.data;
  if (programme) checkProgramme(report, workspace.programme as Checked<Programme>);

  const projects = workspace.projects.filter((entry): entry is Checked<Project> => !!entry.data);
  checkProjectIds(report, projects);
  for (const entry of projects) checkProject(report, entry, programme);

  const projectById = new Map(projects.map((entry) => [entry.data.id, entry.data]));
  const declared = declaredIndicators(workspace.projects);
  const logs = workspace.logs.filter((entry): entry is Checked<MeasurementLog> => !!entry.data);
  for (const entry of logs) checkLog(report, entry, projectById, declared, programme);

  if (!programme) return { problems: report.problems };
  const model = buildModel(
    programme,
    projects.map((entry) => entry.data),
    logs.map((entry) => ({
      project: entry.data.project,
      measurements: entry.data.measurements ?? [],
    })),
  );
  return { problems: report.problems, model };
}

/**
 * The indicator ids each project file declares, read from its raw data: a measurement of an
 * indicator whose definition has errors is not also reported as unknown.
 */
function declaredIndicators(entries: FileEntry<Project>[]): Map<string, Set<string>> {
  const declared = new Map<string, Set<string>>();
  for (const entry of entries) {
    const raw = entry.file.data as { id?: unknown; indicators?: unknown } | undefined;
    const id = typeof raw?.id === 'string' ? raw.id : basename(entry.path).replace(/\.ya?ml$/i, '');
    const ids = Array.isArray(raw?.indicators)
      ? raw.indicators.flatMap((item: unknown) => {
          const itemId = (item as { id?: unknown } | null)?.id;
          return typeof itemId === 'string' ? [itemId] : [];
        })
      : [];
    declared.set(id, new Set([...(declared.get(id) ?? []), ...ids]));
  }
  return declared;
}

function checkProgramme(report: Reporter, entry: Checked<Programme>): void {
  const programme = entry.data;
  const { checks } = report.m.validate;
  if (programme.horizon <= programme.start) {
    report.at(
      entry,
      ['horizon'],
      'date-order',
      checks.horizonOrder(programme.horizon, programme.start),
    );
  }
  const seen = new Set<string>();
  programme.terms.forEach((term, index) => {
    if (seen.has(term.id))
      report.at(entry, ['terms', index, 'id'], 'duplicate-id', checks.duplicateTerm(term.id));
    seen.add(term.id);
    if (term.to_year !== undefined && term.to_year <= term.from_year) {
      report.at(
        entry,
        ['terms', index, 'to_year'],
        'date-order',
        checks.termYears(term.from_year, term.to_year),
      );
    }
  });
}

function checkProjectIds(report: Reporter, projects: Checked<Project>[]): void {
  const { checks } = report.m.validate;
  const seen = new Map<string, string>();
  for (const entry of projects) {
    const { id } = entry.data;
    const expected = basename(entry.path).replace(/\.ya?ml$/i, '');
    if (id !== expected) {
      report.at(
        entry,
        ['id'],
        'file-name',
        checks.projectFileName(id, basename(entry.path), expected),
      );
    }
    const first = seen.get(id);
    if (first)
      report.at(entry, ['id'], 'duplicate-id', checks.duplicateProject(id, basename(first)));
    else seen.set(id, entry.path);
  }
}

function checkProject(report: Reporter, entry: Checked<Project>, programme?: Programme): void {
  const project = entry.data;
  const { checks } = report.m.validate;
  if (programme) checkTerm(report, entry, programme);
  if (project.period.end < project.period.start) {
    report.at(
      entry,
      ['period', 'end'],
      'date-order',
      checks.periodOrder(project.period.start, project.period.end),
    );
  }
  if (programme) {
    checkWithin(report, entry, ['period', 'start'], project.period.start, programme);
    checkWithin(report, entry, ['period', 'end'], project.period.end, programme);
  }
  const seen = new Set<string>();
  project.indicators.forEach((indicator, index) => {
    if (seen.has(indicator.id)) {
      report.at(
        entry,
        ['indicators', index, 'id'],
        'duplicate-id',
        checks.duplicateIndicator(indicator.id),
      );
    }
    seen.add(indicator.id);
    checkIndicator(report, entry, ['indicators', index], indicator, programme);
  });
}

/**
 * The term must exist, and the project should end within it: a term runs from `from_year` to
 * `to_year` whole years after the programme's start (an open-ended term to the horizon).
 */
function checkTerm(report: Reporter, entry: Checked<Project>, programme: Programme): void {
  const project = entry.data;
  const { checks, warnings } = report.m.validate;
  const term = programme.terms.find((candidate) => candidate.id === project.term);
  if (!term) {
    const known = programme.terms.map((candidate) => candidate.id);
    report.at(
      entry,
      ['term'],
      'unknown-term',
      checks.unknownTerm(project.term, suggestion(project.term, known, report.m), known),
    );
    return;
  }
  const from = addCalendarMonths(programme.start, Math.round(term.from_year * 12));
  const to =
    term.to_year === undefined
      ? programme.horizon
      : fromDayNumber(
          dayNumber(addCalendarMonths(programme.start, Math.round(term.to_year * 12))) - 1,
        );
  const end = project.period.end;
  if (end < from || end > to) {
    report.warn(
      entry,
      ['period', 'end'],
      'term-period',
      warnings.termPeriod(end, term.id, from, to),
    );
  }
}
