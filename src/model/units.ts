/** What values each unit allows, and how a unit is named to people. */
import type { Indicator } from './schema.js';

export interface Bounds {
  min?: number;
  max?: number;
  whole: boolean;
}

/** The bounds a value of this indicator must respect. */
export function boundsOf(indicator: Pick<Indicator, 'unit' | 'scale'>): Bounds {
  const scale = indicator.scale ?? {};
  switch (indicator.unit) {
    case 'count':
      return { min: 0, whole: true };
    case 'percent':
      return { min: scale.min ?? 0, max: scale.max ?? 100, whole: false };
    case 'minutes':
      return { min: scale.min ?? 0, max: scale.max, whole: false };
    case 'euro':
      return { min: scale.min, max: scale.max, whole: false };
    case 'score':
    case 'number':
      return { min: scale.min, max: scale.max, whole: false };
  }
}

/** Why `value` does not fit the indicator's unit, or undefined when it fits. */
export function unitMismatch(indicator: Indicator, value: number): string | undefined {
  if (!Number.isFinite(value)) return 'is not a number';
  const bounds = boundsOf(indicator);
  const unit = unitLabel(indicator);
  if (bounds.whole && !Number.isInteger(value)) return `must be a whole number (${unit})`;
  if (bounds.min !== undefined && value < bounds.min) return `is below ${bounds.min}, the lowest ${unit} allowed`;
  if (bounds.max !== undefined && value > bounds.max) return `is above ${bounds.max}, the highest ${unit} allowed`;
  return undefined;
}

/** How the unit reads in messages and table headers. */
export function unitLabel(indicator: Pick<Indicator, 'unit' | 'unit_name' | 'scale'>): string {
  switch (indicator.unit) {
    case 'count':
      return indicator.unit_name ?? 'count';
    case 'percent':
      return 'percent';
    case 'minutes':
      return 'minutes';
    case 'euro':
      return 'euro';
    case 'score': {
      const scale = indicator.scale;
      return scale?.min !== undefined && scale.max !== undefined ? `score ${scale.min}–${scale.max}` : 'score';
    }
    case 'number':
      return indicator.unit_name ?? 'number';
  }
}
