/**
 * The programme joined up: terms hold their projects, indicators hold their measurements, sorted
 * by date. Built from files that passed their schema; the checks decide what else is wrong.
 */
import type { Indicator, Measurement, Programme, Project, Term } from './schema.js';

/** One measurement with its value worked out (a ratio's value comes from its two parts). */
export interface Entry {
  date: string;
  value: number;
  numerator?: number;
  denominator?: number;
  note?: string;
  source?: string;
  by?: string;
}

export interface IndicatorModel {
  project: Project;
  indicator: Indicator;
  /** Measurements, oldest first. */
  entries: Entry[];
}

export interface ProjectModel {
  project: Project;
  indicators: IndicatorModel[];
}

export interface TermModel {
  term: Term;
  projects: ProjectModel[];
}

export interface ProgrammeModel {
  programme: Programme;
  terms: TermModel[];
}

/** The value a measurement stands for, or undefined when it lacks what its indicator needs. */
export function entryValue(indicator: Indicator, measurement: Measurement): number | undefined {
  if (indicator.aggregation === 'ratio') {
    const { numerator, denominator } = measurement;
    if (numerator === undefined || denominator === undefined || denominator <= 0) return undefined;
    return (numerator / denominator) * (indicator.ratio?.factor ?? 1);
  }
  return measurement.value;
}

export function buildModel(
  programme: Programme,
  projects: Project[],
  logs: { project: string; measurements: Measurement[] }[],
): ProgrammeModel {
  // Grouped once by project and indicator: looking through a whole log for every indicator
  // would take time in proportion to indicators × measurements.
  const byIndicator = new Map<string, Measurement[]>();
  for (const log of logs) {
    for (const measurement of log.measurements) {
      const key = `${log.project}/${measurement.indicator}`;
      const list = byIndicator.get(key);
      if (list) list.push(measurement);
      else byIndicator.set(key, [measurement]);
    }
  }
  const projectModels = projects.map((project): ProjectModel => ({
    project,
    indicators: project.indicators.map((indicator) => ({
      project,
      indicator,
      entries: entriesFor(indicator, byIndicator.get(`${project.id}/${indicator.id}`) ?? []),
    })),
  }));
  return {
    programme,
    terms: programme.terms.map((term) => ({
      term,
      projects: projectModels.filter((model) => model.project.term === term.id),
    })),
  };
}

/**
 * The entry of a measurement. A measurement that has its own value is its entry (it carries its
 * indicator's id as well): the logs are held once. A ratio's value is worked out, in a new entry.
 */
function entryOf(measurement: Measurement, value: number): Entry {
  if (measurement.value === value) return measurement as Entry;
  const entry: Entry & Pick<Measurement, 'history'> = { date: measurement.date, value };
  const { numerator, denominator, note, source, by, history } = measurement;
  if (numerator !== undefined) entry.numerator = numerator;
  if (denominator !== undefined) entry.denominator = denominator;
  if (note !== undefined) entry.note = note;
  if (source !== undefined) entry.source = source;
  if (by !== undefined) entry.by = by;
  if (history !== undefined) entry.history = history;
  return entry;
}

function entriesFor(indicator: Indicator, measurements: Measurement[]): Entry[] {
  const entries: Entry[] = [];
  for (const measurement of measurements) {
    const value = entryValue(indicator, measurement);
    if (value === undefined || !Number.isFinite(value)) continue;
    entries.push(entryOf(measurement, value));
  }
  return entries.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
