/**
 * Checks across files, beyond what each file's schema can see: ids, references, dates within the
 * programme, values that fit their unit, directions, and duplicate measurements.
 */
import { basename } from 'node:path';
import { problemAt, type ProblemInit } from '../io/source.js';
import type { FileEntry, Workspace } from '../io/workspace.js';
import { locate } from '../io/yaml-file.js';
import { buildModel, type ProgrammeModel } from '../model/model.js';
import type { Indicator, MeasurementLog, Programme, Project } from '../model/schema.js';
import { unitLabel, unitMismatch } from '../model/units.js';
import type { Messages } from '../i18n/index.js';
import type { Problem } from './problem.js';
import { didYouMean } from './suggest.js';

type Path = readonly PropertyKey[];

class Reporter {
  readonly problems: Problem[] = [];

  constructor(readonly m: Messages) {}

  at(entry: FileEntry<unknown>, path: Path, init: ProblemInit, keyOnly = false): void {
    const [start, end] = entry.file.doc ? locate(entry.file.doc, path, keyOnly) : [0, 0];
    this.problems.push(problemAt(entry.file.source, start, end, init));
  }
}

export interface CheckResult {
  problems: Problem[];
  /** The joined programme, when programme.yaml itself is usable. */
  model?: ProgrammeModel;
}

export function checkWorkspace(workspace: Workspace, m: Messages): CheckResult {
  const report = new Reporter(m);
  const programme = workspace.programme.data;
  if (programme) checkProgramme(report, workspace.programme as FileEntry<Programme>);

  const projects = workspace.projects.filter((entry): entry is FileEntry<Project> & { data: Project } => !!entry.data);
  checkProjectIds(report, projects);
  for (const entry of projects) checkProject(report, entry, programme);

  const projectById = new Map(projects.map((entry) => [entry.data.id, entry.data]));
  const declared = declaredIndicators(workspace.projects);
  const logs = workspace.logs.filter((entry): entry is FileEntry<MeasurementLog> & { data: MeasurementLog } => !!entry.data);
  for (const entry of logs) checkLog(report, entry, projectById, declared, programme);

  if (!programme) return { problems: report.problems };
  const model = buildModel(
    programme,
    projects.map((entry) => entry.data),
    logs.map((entry) => ({ project: entry.data.project, measurements: entry.data.measurements ?? [] })),
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

function checkProgramme(report: Reporter, entry: FileEntry<Programme>): void {
  const programme = entry.data!;
  if (programme.horizon <= programme.start) {
    report.at(entry, ['horizon'], {
      rule: 'date-order',
      message: `the horizon ${programme.horizon} is not after the start ${programme.start}`,
      hint: 'the horizon is the last day of the programme; it must come after the start',
    });
  }
  const seen = new Set<string>();
  programme.terms.forEach((term, index) => {
    if (seen.has(term.id)) {
      report.at(entry, ['terms', index, 'id'], {
        rule: 'duplicate-id', message: `the term id \`${term.id}\` is used twice`, hint: 'give every term its own id',
      });
    }
    seen.add(term.id);
    if (term.to_year !== undefined && term.to_year <= term.from_year) {
      report.at(entry, ['terms', index, 'to_year'], {
        rule: 'date-order',
        message: `the term ends (year ${term.to_year}) before or when it begins (year ${term.from_year})`,
        hint: 'to_year must be larger than from_year',
      });
    }
  });
}

function checkProjectIds(report: Reporter, projects: (FileEntry<Project> & { data: Project })[]): void {
  const seen = new Map<string, string>();
  for (const entry of projects) {
    const expected = basename(entry.path).replace(/\.ya?ml$/i, '');
    if (entry.data.id !== expected) {
      report.at(entry, ['id'], {
        rule: 'file-name',
        message: `the project id \`${entry.data.id}\` differs from the file name \`${basename(entry.path)}\``,
        hint: `rename the file to ${entry.data.id}.yaml or change the id to \`${expected}\``,
      });
    }
    const first = seen.get(entry.data.id);
    if (first) {
      report.at(entry, ['id'], {
        rule: 'duplicate-id',
        message: `the project id \`${entry.data.id}\` is already used in ${basename(first)}`,
        hint: 'give every project its own id',
      });
    } else {
      seen.set(entry.data.id, entry.path);
    }
  }
}

function checkProject(report: Reporter, entry: FileEntry<Project> & { data: Project }, programme?: Programme): void {
  const project = entry.data;
  if (programme && !programme.terms.some((term) => term.id === project.term)) {
    const known = programme.terms.map((term) => term.id);
    const suggestion = didYouMean(project.term, known);
    report.at(entry, ['term'], {
      rule: 'unknown-term',
      message: `the term \`${project.term}\` is not listed in programme.yaml${suggestion ? `; ${suggestion}` : ''}`,
      hint: `use one of: ${known.join(', ')}`,
    });
  }
  if (project.period.end < project.period.start) {
    report.at(entry, ['period', 'end'], {
      rule: 'date-order',
      message: `the project ends (${project.period.end}) before it starts (${project.period.start})`,
      hint: 'swap the two dates or correct one of them',
    });
  }
  if (programme) {
    checkWithin(report, entry, ['period', 'start'], project.period.start, programme);
    checkWithin(report, entry, ['period', 'end'], project.period.end, programme);
  }
  const seen = new Set<string>();
  project.indicators.forEach((indicator, index) => {
    if (seen.has(indicator.id)) {
      report.at(entry, ['indicators', index, 'id'], {
        rule: 'duplicate-id',
        message: `the indicator id \`${indicator.id}\` is used twice in this project`,
        hint: 'give every indicator of a project its own id',
      });
    }
    seen.add(indicator.id);
    checkIndicator(report, entry, ['indicators', index], indicator, programme);
  });
}

function checkIndicator(report: Reporter, entry: FileEntry<unknown>, at: Path, indicator: Indicator, programme?: Programme): void {
  const { baseline, target } = indicator;
  if (indicator.unit === 'score' && (indicator.scale?.min === undefined || indicator.scale.max === undefined)) {
    report.at(entry, [...at, 'unit'], {
      rule: 'unit',
      message: 'a score needs its scale: the lowest and highest possible value',
      hint: 'add `scale: {min: 1, max: 10}` (with your own scale) to the indicator',
    });
  }
  if (indicator.aggregation === 'ratio' && !indicator.ratio) {
    report.at(entry, [...at, 'aggregation'], {
      rule: 'ratio',
      message: 'a ratio indicator needs to say what its two parts are',
      hint: 'add `ratio: {numerator: interactions, denominator: followers, factor: 100}`',
    });
  }
  for (const [path, value] of [[[...at, 'baseline', 'value'], baseline.value], [[...at, 'target', 'value'], target.value]] as const) {
    const mismatch = unitMismatch(indicator, value);
    if (mismatch) {
      report.at(entry, path, { rule: 'value-unit', message: `${value} ${mismatch}`, hint: `use a value in ${unitLabel(indicator)}` });
    }
  }
  if (target.deadline <= baseline.date) {
    report.at(entry, [...at, 'target', 'deadline'], {
      rule: 'date-order',
      message: `the deadline ${target.deadline} is not after the baseline date ${baseline.date}`,
      hint: 'the baseline is where the indicator starts; the deadline must come later',
    });
  }
  if (indicator.direction === 'increase' && target.value < baseline.value) {
    report.at(entry, [...at, 'target', 'value'], {
      rule: 'direction',
      message: `the indicator should increase, but the target ${target.value} is below the baseline ${baseline.value}`,
      hint: 'set `direction: decrease`, or correct the target or the baseline',
    });
  }
  if (indicator.direction === 'decrease' && target.value > baseline.value) {
    report.at(entry, [...at, 'target', 'value'], {
      rule: 'direction',
      message: `the indicator should decrease, but the target ${target.value} is above the baseline ${baseline.value}`,
      hint: 'set `direction: increase`, or correct the target or the baseline',
    });
  }
  if (programme) {
    if (baseline.date > programme.horizon) checkWithin(report, entry, [...at, 'baseline', 'date'], baseline.date, programme);
    checkWithin(report, entry, [...at, 'target', 'deadline'], target.deadline, programme);
  }
  (target.milestones ?? []).forEach((milestone, index) => {
    const path = [...at, 'target', 'milestones', index];
    if (milestone.date <= baseline.date || milestone.date >= target.deadline) {
      report.at(entry, [...path, 'date'], {
        rule: 'date-order',
        message: `the milestone date ${milestone.date} is not between the baseline (${baseline.date}) and the deadline (${target.deadline})`,
        hint: 'a milestone lies on the way from the baseline to the target',
      });
    }
    const mismatch = unitMismatch(indicator, milestone.value);
    if (mismatch) report.at(entry, [...path, 'value'], { rule: 'value-unit', message: `${milestone.value} ${mismatch}`, hint: `use a value in ${unitLabel(indicator)}` });
  });
}

function checkWithin(report: Reporter, entry: FileEntry<unknown>, path: Path, date: string, programme: Programme): void {
  if (date < programme.start || date > programme.horizon) {
    report.at(entry, path, {
      rule: 'date-range',
      message: `the date ${date} lies outside the programme (${programme.start} to ${programme.horizon})`,
      hint: 'correct the date, or widen the programme\'s start or horizon in programme.yaml',
    });
  }
}

function checkLog(
  report: Reporter,
  entry: FileEntry<MeasurementLog> & { data: MeasurementLog },
  projects: Map<string, Project>,
  declared: Map<string, Set<string>>,
  programme?: Programme,
): void {
  const log = entry.data;
  const expected = basename(entry.path).replace(/\.ya?ml$/i, '');
  if (log.project !== expected) {
    report.at(entry, ['project'], {
      rule: 'file-name',
      message: `this log names the project \`${log.project}\` but its file is called \`${basename(entry.path)}\``,
      hint: `a project's log is measurements/<project-id>.yaml; rename the file or correct \`project:\``,
    });
  }
  const project = projects.get(log.project);
  if (!project && declared.has(log.project)) return; // its project file has errors of its own
  if (!project) {
    const suggestion = didYouMean(log.project, [...projects.keys()]);
    report.at(entry, ['project'], {
      rule: 'unknown-project',
      message: `there is no project \`${log.project}\` in projects/${suggestion ? `; ${suggestion}` : ''}`,
      hint: 'the log belongs to the project with that id; check the spelling',
    });
    return;
  }
  const seen = new Map<string, number>();
  (log.measurements ?? []).forEach((measurement, index) => {
    const at = ['measurements', index];
    const indicator = project.indicators.find((candidate) => candidate.id === measurement.indicator);
    if (!indicator && declared.get(project.id)?.has(measurement.indicator)) return;
    if (!indicator) {
      const known = project.indicators.map((candidate) => candidate.id);
      const suggestion = didYouMean(measurement.indicator, known);
      report.at(entry, [...at, 'indicator'], {
        rule: 'unknown-indicator',
        message: `indicator \`${measurement.indicator}\` is not defined in project \`${project.id}\`${suggestion ? `; ${suggestion}` : ''}`,
        hint: `the indicators of ${project.id} are: ${known.join(', ')}`,
      });
      return;
    }
    if (programme) checkWithin(report, entry, [...at, 'date'], measurement.date, programme);
    checkMeasurementValue(report, entry, at, indicator, measurement);
    const key = `${measurement.indicator} ${measurement.date}`;
    const first = seen.get(key);
    if (first !== undefined) {
      report.at(entry, [...at, 'date'], {
        rule: 'duplicate-measurement',
        message: `\`${measurement.indicator}\` already has a value for ${measurement.date} (item ${first + 1} of this log)`,
        hint: 'keep one of the two entries; to correct a value, change the first entry and say why in its note',
      });
    } else {
      seen.set(key, index);
    }
  });
}

function checkMeasurementValue(
  report: Reporter, entry: FileEntry<unknown>, at: Path, indicator: Indicator,
  measurement: NonNullable<MeasurementLog['measurements']>[number],
): void {
  if (indicator.aggregation === 'ratio') {
    const ratio = indicator.ratio;
    if (measurement.numerator === undefined || measurement.denominator === undefined) {
      report.at(entry, at, {
        rule: 'ratio',
        message: `\`${indicator.id}\` is a ratio: record its two parts, \`numerator\` and \`denominator\``,
        hint: `for example \`numerator: 412\` (${ratio?.numerator ?? 'first part'}) and \`denominator: 5200\` (${ratio?.denominator ?? 'second part'})`,
      });
      return;
    }
    if (measurement.denominator <= 0) {
      report.at(entry, [...at, 'denominator'], {
        rule: 'ratio',
        message: `the denominator must be more than 0, found ${measurement.denominator}`,
        hint: `it counts ${ratio?.denominator ?? 'the second part'}; check the figure`,
      });
    }
    if (measurement.numerator < 0) {
      report.at(entry, [...at, 'numerator'], {
        rule: 'ratio', message: `the numerator cannot be negative, found ${measurement.numerator}`, hint: 'check the figure',
      });
    }
    return;
  }
  if (measurement.value === undefined) {
    report.at(entry, at, {
      rule: 'missing-field',
      message: `this measurement of \`${indicator.id}\` has no \`value\``,
      hint: 'add a line `value: …` with the measured figure',
    });
    return;
  }
  const mismatch = unitMismatch(indicator, measurement.value);
  if (mismatch) {
    report.at(entry, [...at, 'value'], {
      rule: 'value-unit',
      message: `the value ${measurement.value} ${mismatch}`,
      hint: `\`${indicator.id}\` is measured in ${unitLabel(indicator)}`,
    });
  }
}
