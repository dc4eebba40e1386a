/** What every row about an indicator says about the indicator itself, in `status` and `trend`. */
import type { Aggregation, Cadence, Direction, Indicator, Unit } from '../model/schema.js';
import { unitLabel } from '../model/units.js';

export interface IndicatorFacts {
  project: string;
  indicator: string;
  title: string;
  unit: Unit;
  /** The unit as people read it, for example "score 1–10". */
  unitLabel: string;
  direction: Direction;
  aggregation: Aggregation;
  cadence: Cadence;
  baseline: { value: number; date: string };
  /** The target; `tolerance` only for a keep indicator that has one. */
  target: { value: number; deadline: string; tolerance?: number };
}

export function indicatorFacts(project: string, indicator: Indicator): IndicatorFacts {
  const { target } = indicator;
  return {
    project,
    indicator: indicator.id,
    title: indicator.title,
    unit: indicator.unit,
    unitLabel: unitLabel(indicator),
    direction: indicator.direction,
    aggregation: indicator.aggregation,
    cadence: indicator.cadence,
    baseline: { ...indicator.baseline },
    target: {
      value: target.value,
      deadline: target.deadline,
      ...(target.tolerance === undefined ? {} : { tolerance: target.tolerance }),
    },
  };
}
