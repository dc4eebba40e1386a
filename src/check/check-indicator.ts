/** Checks on one indicator: its unit, ratio, baseline, target, milestones and dates. */
import type { FileEntry } from '../io/workspace.js';
import type { Indicator, Programme, Project } from '../model/schema.js';
import { filePath, type Path, type Reporter } from './reporter.js';
import { unitName, valueProblem } from './values.js';

export function checkIndicator(
  report: Reporter,
  entry: FileEntry<Project>,
  at: Path,
  indicator: Indicator,
  programme?: Programme,
): void {
  const { baseline, target } = indicator;
  const { checks, warnings } = report.m.validate;
  if (
    indicator.unit === 'score' &&
    (indicator.scale?.min === undefined || indicator.scale.max === undefined)
  ) {
    report.at(entry, [...at, 'unit'], 'unit', checks.scoreScale);
  }
  if (indicator.aggregation === 'ratio' && !indicator.ratio) {
    report.at(entry, [...at, 'aggregation'], 'ratio', checks.ratioParts);
  }
  if (!writtenBaselineDate(entry, at)) {
    report.warn(
      entry,
      [...at, 'baseline'],
      'no-baseline-date',
      warnings.noBaselineDate(indicator.id, baseline.date),
      true,
    );
  }
  checkValue(report, entry, [...at, 'baseline', 'value'], indicator, baseline.value);
  checkValue(report, entry, [...at, 'target', 'value'], indicator, target.value);
  if (target.deadline <= baseline.date) {
    report.at(
      entry,
      [...at, 'target', 'deadline'],
      'date-order',
      checks.deadlineOrder(target.deadline, baseline.date),
    );
  }
  checkDirection(report, entry, at, indicator);
  if (programme) {
    if (baseline.date > programme.horizon)
      checkWithin(report, entry, [...at, 'baseline', 'date'], baseline.date, programme);
    checkWithin(report, entry, [...at, 'target', 'deadline'], target.deadline, programme);
  }
  (target.milestones ?? []).forEach((milestone, index) => {
    const path = [...at, 'target', 'milestones', index];
    if (milestone.date <= baseline.date || milestone.date >= target.deadline) {
      report.at(
        entry,
        [...path, 'date'],
        'date-order',
        checks.milestoneOrder(milestone.date, baseline.date, target.deadline),
      );
    }
    checkValue(report, entry, [...path, 'value'], indicator, milestone.value);
  });
}

function checkDirection(
  report: Reporter,
  entry: FileEntry<Project>,
  at: Path,
  indicator: Indicator,
): void {
  const { baseline, target, direction } = indicator;
  const { checks } = report.m.validate;
  if (direction === 'increase' && target.value < baseline.value) {
    report.at(
      entry,
      [...at, 'target', 'value'],
      'direction',
      checks.shouldIncrease(target.value, baseline.value),
    );
  }
  if (direction === 'decrease' && target.value > baseline.value) {
    report.at(
      entry,
      [...at, 'target', 'value'],
      'direction',
      checks.shouldDecrease(target.value, baseline.value),
    );
  }
}

/** A baseline, target or milestone value that does not fit the unit. */
function checkValue(
  report: Reporter,
  entry: FileEntry<Project>,
  path: Path,
  indicator: Indicator,
  value: number,
): void {
  const problem = valueProblem(indicator, value, report.m);
  if (!problem) return;
  report.at(entry, path, 'value-unit', {
    message: problem,
    hint: report.m.validate.checks.useUnit(unitName(indicator, report.m)),
  });
}

/** Whether the file itself gives the baseline date (the checked data fills it in when missing). */
function writtenBaselineDate(entry: FileEntry<Project>, at: Path): boolean {
  let node: unknown = entry.file.data;
  for (const step of [...filePath(entry, at), 'baseline', 'date']) {
    if (node === null || typeof node !== 'object') return false;
    node = (node as Record<PropertyKey, unknown>)[step];
  }
  return node !== undefined && node !== null;
}

export function checkWithin(
  report: Reporter,
  entry: FileEntry<unknown>,
  path: Path,
  date: string,
  programme: Programme,
): void {
  if (date < programme.start || date > programme.horizon) {
    report.at(
      entry,
      path,
      'date-range',
      report.m.validate.checks.outsideProgramme(date, programme.start, programme.horizon),
    );
  }
}
