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
  const byProject = new Map<string, Measurement[]>();
  for (const log of logs) {
    byProject.set(log.project, [...(byProject.get(log.project) ?? []), ...log.measurements]);
  }
  const projectModels = projects.map((project): ProjectModel => {
    const measurements = byProject.get(project.id) ?? [];
    return {
      project,
      indicators: project.indicators.map((indicator) => ({
        project,
        indicator,
        entries: entriesFor(indicator, measurements),
      })),
    };
  });
  return {
    programme,
    terms: programme.terms.map((term) => ({
      term,
      projects: projectModels.filter((model) => model.project.term === term.id),
    })),
  };
}

function entriesFor(indicator: Indicator, measurements: Measurement[]): Entry[] {
  const entries: Entry[] = [];
  for (const measurement of measurements) {
    if (measurement.indicator !== indicator.id) continue;
    const value = entryValue(indicator, measurement);
    if (value === undefined || !Number.isFinite(value)) continue;
    const { indicator: _id, value: _value, ...rest } = measurement;
    entries.push({ ...rest, value });
  }
  return entries.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
