/**
 * Period columns, like a budget report: per indicator and per month, quarter or year the measured
 * value beside the value the target's plan expects for that period.
 */
import { dayNumber, fromDayNumber } from '../model/dates.js';
import type { Entry, ProgrammeModel } from '../model/model.js';
import type { Aggregation, Indicator, Unit } from '../model/schema.js';
import { unitLabel } from '../model/units.js';
import { expectedValue } from '../maths/progress.js';
import { periodsBetween, type Period, type PeriodKind } from '../maths/periods.js';
import { isKeep, targetPath } from '../maths/status.js';
import { periodValues } from '../maths/trend-series.js';
import type { StatusFilter } from './status.js';

/** Without --from, the columns start this many periods back, so that the table fits 80 columns. */
export const DEFAULT_PERIOD_COLUMNS = 6;

export interface PeriodCell {
  /** The period's id, for example `2026-Q1`. */
  period: string;
  /** Latest value of a level, total of a count of events, ratio of the summed parts. */
  value?: number;
  /** What the target's plan expects: the planned value at the period's end, or for a count of
   *  events the planned number of events within the period. */
  plan?: number;
}

export interface PeriodRow {
  project: string;
  indicator: string;
  title: string;
  unit: Unit;
  unitLabel: string;
  aggregation: Aggregation;
  cells: PeriodCell[];
}

export interface PeriodColumn extends Period {
  /** The as-of date falls inside the period: its value is not complete yet. */
  partial: boolean;
}

export interface PeriodProject {
  id: string;
  title: string;
  indicators: PeriodRow[];
}

export interface PeriodReport {
  programme: { id: string; title: string };
  asOf: string;
  by: PeriodKind;
  periods: PeriodColumn[];
  terms: { id: string; label: string; projects: PeriodProject[] }[];
}

export function buildPeriodReport(
  model: ProgrammeModel, asOf: string, filter: StatusFilter, by: PeriodKind,
  span: { from: string; to: string },
): PeriodReport {
  const periods = periodsBetween(span.from, span.to, by)
    .map((period): PeriodColumn => {
      const partial = period.start <= asOf && asOf < period.end;
      return { ...period, partial };
    });
  const terms = model.terms
    .filter(({ term }) => !filter.term || term.id === filter.term)
    .map(({ term, projects }) => ({
      id: term.id,
      label: term.label,
      projects: projects
        .filter(({ project }) => !filter.project || project.id === filter.project)
        .map(({ project, indicators }) => ({
          id: project.id,
          title: project.title,
          indicators: indicators.map(({ indicator, entries }) =>
            periodRow(project.id, indicator, entries, asOf, by, periods)),
        })),
    }))
    .filter((term) => !filter.project || term.projects.length > 0);
  const { id, title } = model.programme;
  return { programme: { id, title }, asOf, by, periods, terms };
}

function periodRow(
  project: string, indicator: Indicator, entries: Entry[], asOf: string, by: PeriodKind,
  periods: Period[],
): PeriodRow {
  const values = new Map(periodValues(indicator, entries, asOf, by)
    .map((item) => [item.period.id, item.value]));
  return {
    project,
    indicator: indicator.id,
    title: indicator.title,
    unit: indicator.unit,
    unitLabel: unitLabel(indicator),
    aggregation: indicator.aggregation,
    cells: periods.map((period) => {
      const value = values.get(period.id);
      const plan = planFor(indicator, period);
      return {
        period: period.id,
        ...(value === undefined ? {} : { value }),
        ...(plan === undefined ? {} : { plan }),
      };
    }),
  };
}

/** The plan for one period; undefined before the baseline (and, for events, after the deadline). */
export function planFor(indicator: Indicator, period: Period): number | undefined {
  const { baseline, target } = indicator;
  if (period.end < baseline.date) return undefined;
  if (indicator.aggregation !== 'events') {
    return isKeep(indicator) ? target.value : expectedValue(targetPath(indicator), period.end);
  }
  if (period.end === baseline.date || period.start > target.deadline) return undefined;
  const path = targetPath(indicator);
  const dayBefore = fromDayNumber(dayNumber(period.start) - 1);
  return expectedValue(path, period.end) - expectedValue(path, dayBefore);
}
