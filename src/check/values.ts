/** Whether a value fits its indicator's unit, and how the unit is named, in the output language. */
import type { Messages } from '../i18n/index.js';
import type { Indicator } from '../model/schema.js';
import { boundsOf } from '../model/units.js';

/** The unit as people read it: "count", "score 1–10", or the indicator's own `unit_name`. */
export function unitName(
  indicator: Pick<Indicator, 'unit' | 'unit_name' | 'scale'>,
  m: Messages,
): string {
  const words = m.validate.units;
  const word = words[indicator.unit] ?? indicator.unit;
  if (indicator.unit === 'count' || indicator.unit === 'number') return indicator.unit_name ?? word;
  const scale = indicator.scale;
  if (indicator.unit === 'score' && scale?.min !== undefined && scale.max !== undefined) {
    return `${word} ${scale.min}–${scale.max}`;
  }
  return word;
}

/** Why `value` does not fit the indicator's unit, as a sentence; undefined when it fits. */
export function valueProblem(
  indicator: Indicator,
  value: number,
  m: Messages,
  /**
   * The value as written in the file (`1.840` tells a thousands separator); asked only for a
   * value that does not fit, since finding it in a clean file means reading that entry again.
   */
  written?: () => string,
): string | undefined {
  const bounds = boundsOf(indicator);
  const unit = unitName(indicator, m);
  const { checks } = m.validate;
  if (Math.abs(value) >= 1e15) return checks.tooLarge(value);
  if (bounds.whole && !Number.isInteger(value)) {
    // `1.840` reads as 1.84 when 1840 was meant: YAML knows no thousands separators
    const text = written?.().trim() ?? '';
    return /^\d{1,3}(\.\d{3})+$/.test(text)
      ? checks.thousandsDot(value, unit, Number(text.replace(/\./g, '')))
      : checks.notWhole(value, unit);
  }
  if (bounds.min !== undefined && value < bounds.min) return checks.below(value, bounds.min, unit);
  if (bounds.max !== undefined && value > bounds.max) return checks.above(value, bounds.max, unit);
  return undefined;
}
