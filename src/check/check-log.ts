/** Checks on one log: its project, its indicators, values that fit, one value per date. */
import { basename } from 'node:path';
import type { FileEntry } from '../io/workspace.js';
import type {
  Indicator,
  Measurement,
  MeasurementLog,
  Programme,
  Project,
} from '../model/schema.js';
import { checkWithin } from './check-indicator.js';
import type { Path, Reporter } from './reporter.js';
import { suggestion } from './suggest-text.js';
import { unitName, valueProblem } from './values.js';

export function checkLog(
  report: Reporter,
  entry: FileEntry<MeasurementLog> & { data: MeasurementLog },
  projects: Map<string, Project>,
  declared: Map<string, Set<string>>,
  programme?: Programme,
): void {
  const log = entry.data;
  const { checks } = report.m.validate;
  const expected = basename(entry.path).replace(/\.ya?ml$/i, '');
  if (log.project !== expected) {
    report.at(
      entry,
      ['project'],
      'file-name',
      checks.logFileName(log.project, basename(entry.path)),
    );
  }
  const project = projects.get(log.project);
  if (!project && declared.has(log.project)) return; // its project file has errors of its own
  if (!project) {
    const hint = suggestion(log.project, [...projects.keys()], report.m);
    report.at(entry, ['project'], 'unknown-project', checks.unknownProject(log.project, hint));
    return;
  }
  const seen = new Map<string, number>();
  // The first indicator of each id, as `find` would give it: looked up once per measurement.
  const indicators = new Map<string, Indicator>();
  for (const candidate of [...project.indicators].reverse())
    indicators.set(candidate.id, candidate);
  (log.measurements ?? []).forEach((measurement, index) => {
    const at = ['measurements', index];
    const indicator = indicators.get(measurement.indicator);
    if (!indicator && declared.get(project.id)?.has(measurement.indicator)) return;
    if (!indicator) {
      const known = project.indicators.map((candidate) => candidate.id);
      const hint = suggestion(measurement.indicator, known, report.m);
      report.at(
        entry,
        [...at, 'indicator'],
        'unknown-indicator',
        checks.unknownIndicator(measurement.indicator, project.id, hint, known),
      );
      return;
    }
    if (programme) checkWithin(report, entry, [...at, 'date'], measurement.date, programme);
    checkMeasurementValue(report, entry, at, indicator, measurement);
    const key = `${measurement.indicator} ${measurement.date}`;
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, index);
      return;
    }
    const item = (entry.kept?.indexes[first] ?? first) + 1;
    report.at(
      entry,
      [...at, 'date'],
      'duplicate-measurement',
      checks.duplicateMeasurement(measurement.indicator, measurement.date, item),
    );
  });
}

function checkMeasurementValue(
  report: Reporter,
  entry: FileEntry<unknown>,
  at: Path,
  indicator: Indicator,
  measurement: Measurement,
): void {
  const { checks } = report.m.validate;
  if (indicator.aggregation === 'ratio') {
    const parts = indicator.ratio;
    if (measurement.numerator === undefined || measurement.denominator === undefined) {
      report.at(
        entry,
        at,
        'ratio',
        checks.ratioMissing(
          indicator.id,
          parts?.numerator ?? checks.firstPart,
          parts?.denominator ?? checks.secondPart,
        ),
      );
      return;
    }
    if (measurement.denominator <= 0) {
      report.at(
        entry,
        [...at, 'denominator'],
        'ratio',
        checks.denominatorZero(measurement.denominator, parts?.denominator ?? checks.secondPart),
      );
    }
    if (measurement.numerator < 0) {
      report.at(
        entry,
        [...at, 'numerator'],
        'ratio',
        checks.numeratorNegative(measurement.numerator),
      );
    }
    return;
  }
  if (measurement.value === undefined) {
    report.at(entry, at, 'missing-field', checks.valueMissing(indicator.id));
    return;
  }
  const problem = valueProblem(indicator, measurement.value, report.m, () =>
    report.textAt(entry, [...at, 'value']),
  );
  if (problem) {
    report.at(entry, [...at, 'value'], 'value-unit', {
      message: problem,
      hint: checks.measuredIn(indicator.id, unitName(indicator, report.m)),
    });
  }
}
