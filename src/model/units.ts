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

/**
 * The unit's language-neutral label, as JSON and CSV carry it: "count", "score 1–10", or the
 * plan's own `unit_name`. Human outputs translate the generic ones (see `render/format.ts`).
 */
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
