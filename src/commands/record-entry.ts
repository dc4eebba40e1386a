/**
 * The pieces `record`, its questions and `import` share: naming an indicator, checking a value
 * against its unit and a date against the programme, and where a project's log lives.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { closest } from '../check/suggest.js';
import { DataError, UsageError } from '../io/errors.js';
import { newLogText } from '../io/append.js';
import { composeAppend, composeReplace } from '../io/log-edit.js';
import { quickAppend } from '../io/log-quick.js';
import type { LogTask } from '../io/log-update.js';
import { MEASUREMENTS_DIR } from '../io/workspace.js';
import type { Messages } from '../i18n/index.js';
import type { Indicator, Measurement, Programme, Project } from '../model/schema.js';
import { boundsOf } from '../model/units.js';
import type { Loaded } from './load.js';
import type { ParsedValue } from './parse-value.js';

export interface Target {
  project: Project;
  indicator: Indicator;
}

/** The checked projects of the programme; refuses when programme.yaml itself cannot be read. */
export function programmeParts(loaded: Loaded): { programme: Programme; projects: Project[] } {
  const programme = loaded.workspace.programme.data;
  if (!programme)
    throw new DataError(loaded.m.record.programmeBroken, loaded.m.record.programmeBrokenHint);
  const projects = loaded.workspace.projects.flatMap((entry) => (entry.data ? [entry.data] : []));
  return { programme, projects };
}

/** The project and indicator named `<project>/<indicator>`. */
export function resolveRef(ref: string, projects: Project[], m: Messages): Target {
  const [projectId, indicatorId, ...rest] = ref.trim().split('/');
  if (!projectId || !indicatorId || rest.length > 0)
    throw new UsageError(m.record.badRef(ref), m.record.badRefHint);
  const project = findProject(projectId, projects, m);
  const indicator = project.indicators.find((candidate) => candidate.id === indicatorId);
  if (!indicator) {
    const names = project.indicators.map((candidate) => candidate.id);
    throw new UsageError(
      m.record.noIndicator(indicatorId, project.id, closest(indicatorId, names)),
      m.record.indicatorsAre(project.id, names),
    );
  }
  return { project, indicator };
}

export function findProject(projectId: string, projects: Project[], m: Messages): Project {
  const project = projects.find((candidate) => candidate.id === projectId);
  if (project) return project;
  const names = projects.map((candidate) => candidate.id);
  throw new UsageError(
    m.record.noProject(projectId, closest(projectId, names)),
    m.record.projectsAre(names),
  );
}

/** Why `value` does not fit the indicator's unit, in words, or undefined when it fits. */
export function unitProblem(indicator: Indicator, value: number, m: Messages): string | undefined {
  const bounds = boundsOf(indicator);
  const unit = unitName(indicator, m);
  if (bounds.whole && !Number.isInteger(value)) return m.recordInput.notWhole(unit);
  if (bounds.min !== undefined && value < bounds.min)
    return m.recordInput.belowMin(bounds.min, unit);
  if (bounds.max !== undefined && value > bounds.max)
    return m.recordInput.aboveMax(bounds.max, unit);
  return undefined;
}

export function unitName(indicator: Indicator, m: Messages): string {
  return m.recordInput.unitName(
    indicator.unit,
    indicator.unit_name,
    indicator.scale?.min,
    indicator.scale?.max,
  );
}

/** The measurement, checked against its unit; a UsageError says what is wrong. */
export function buildMeasurement(
  indicator: Indicator,
  parsed: ParsedValue,
  raw: string,
  date: string,
  extras: Extras,
  m: Messages,
): Measurement {
  const fields = Object.fromEntries(
    Object.entries(extras).filter(([, text]) => text !== undefined && text !== ''),
  );
  if ('numerator' in parsed) return { indicator: indicator.id, date, ...parsed, ...fields };
  const problem = unitProblem(indicator, parsed.value, m);
  if (problem)
    throw new UsageError(
      m.recordInput.valueDoesNotFit(raw, problem),
      m.recordInput.measuredIn(indicator.id, unitName(indicator, m)),
    );
  return { indicator: indicator.id, date, value: parsed.value, ...fields };
}

export interface Extras {
  note?: string | undefined;
  source?: string | undefined;
  by?: string | undefined;
}

/** Refuses a date outside the programme. */
export function checkInProgramme(
  date: string,
  programme: Programme,
  what: string,
  m: Messages,
): void {
  if (date < programme.start || date > programme.horizon) {
    throw new UsageError(
      m.recordInput.outsideProgramme(what, date, programme.start, programme.horizon),
      m.recordInput.outsideProgrammeHint,
    );
  }
}

/** The latest measurement of an indicator, from the logs as they were read. */
export function lastEntry(loaded: Loaded, target: Target): Measurement | undefined {
  return loaded.workspace.logs
    .flatMap((log) =>
      log.data?.project === target.project.id ? (log.data.measurements ?? []) : [],
    )
    .filter((entry) => entry.indicator === target.indicator.id)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .at(-1);
}

/** Who measured, when `--by` is not given: git's user name, or nobody. */
export function defaultBy(dir: string): string | undefined {
  try {
    const name = execFileSync('git', ['config', 'user.name'], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 5000,
    }).trim();
    return name === '' ? undefined : name;
  } catch {
    return undefined;
  }
}

export function logPathOf(loaded: Loaded, projectId: string): string {
  return join(loaded.dir, MEASUREMENTS_DIR, `${projectId}.yaml`);
}

/** The text of a file, or undefined when there is none. */
export function readIfThere(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

export function shownPath(path: string): string {
  return relative(process.cwd(), path) || path;
}

/** The change of one project's log: append the entries, or overwrite one with `replace`. */
export function logTask(
  loaded: Loaded,
  projectId: string,
  entries: Measurement[],
  replace: { today: string } | undefined,
): LogTask {
  const path = logPathOf(loaded, projectId);
  const shown = shownPath(path);
  return {
    path,
    shown,
    skeleton: newLogText(projectId, '../../schema/measurements.schema.json'),
    compose: (before, bytes) =>
      replace && entries.length === 1
        ? composeReplace(shown, before, entries[0]!, replace.today, loaded.m)
        : (quickAppend(path, shown, { text: before, bytes }, entries, loaded.m) ??
          composeAppend(shown, before, entries, loaded.m)),
  };
}
