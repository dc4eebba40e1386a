/**
 * A measurement as the lines of YAML that `record` writes: keys in a fixed order, numbers as
 * plain decimals, text plain where that reads back the same and double-quoted otherwise.
 */
import type { Measurement } from '../model/schema.js';

export const ENTRY_KEYS = [
  'indicator',
  'date',
  'value',
  'numerator',
  'denominator',
  'note',
  'source',
  'by',
] as const;
const HISTORY_KEYS = [
  'value',
  'numerator',
  'denominator',
  'note',
  'source',
  'by',
  'replaced',
] as const;

/**
 * The entry's lines without indentation before the first; later lines are indented relative to
 * the first key (`keyColumn` spaces are added by the caller).
 */
export function entryLines(measurement: Measurement): string[] {
  const lines = keyLines(measurement as Record<string, unknown>, ENTRY_KEYS);
  if (measurement.history && measurement.history.length > 0) {
    lines.push('history:');
    for (const old of measurement.history) {
      keyLines(old as Record<string, unknown>, HISTORY_KEYS).forEach((line, position) => {
        lines.push(`${position === 0 ? '  - ' : '    '}${line}`);
      });
    }
  }
  return lines;
}

function keyLines(data: Record<string, unknown>, keys: readonly string[]): string[] {
  const lines: string[] = [];
  for (const key of keys) {
    const value = data[key];
    if (value === undefined) continue;
    const written =
      typeof value === 'number'
        ? formatNumber(value)
        : key === 'date' || key === 'indicator' || key === 'replaced'
          ? String(value)
          : formatText(String(value));
    lines.push(`${key}: ${written}`);
  }
  return lines;
}

/** Numbers as plain decimals, never in exponent notation. */
export function formatNumber(value: number): string {
  const text = String(value + 0);
  if (!/e/i.test(text)) return text;
  return value.toFixed(20).replace(/\.?0+$/, '');
}

/** Text as a plain YAML scalar where that reads back the same, else double-quoted. */
export function formatText(value: string): string {
  const plain =
    /^[\p{L}\p{N}(][^\n\r#:"'\\\p{C}\u2028\u2029\u0085]*$/u.test(value) &&
    value.trim() === value &&
    !/^(true|false|yes|no|on|off|null|~|y|n)$/i.test(value) &&
    !/^[-+.\d]/.test(value);
  return plain ? value : JSON.stringify(value);
}
