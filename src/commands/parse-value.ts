/** A value as typed on the command line: `12.5`, `12,5`, `-3`; a ratio as `412/5200`. */
import { UsageError } from '../io/errors.js';
import type { Indicator } from '../model/schema.js';

export type ParsedValue = { value: number } | { numerator: number; denominator: number };

const NUMBER = /^[-+]?\d+([.,]\d+)?$/;

export function parseNumber(text: string, what = 'value'): number {
  const trimmed = text.trim();
  if (!NUMBER.test(trimmed)) {
    throw new UsageError(`The ${what} "${text}" is not a number.`, 'Write a plain number such as 1840, 12.5 or -3 (no thousands separators or units).');
  }
  return Number(trimmed.replace(',', '.'));
}

export function parseValue(text: string, indicator: Indicator): ParsedValue {
  if (indicator.aggregation !== 'ratio') return { value: parseNumber(text) };
  const parts = text.split('/');
  if (parts.length !== 2) {
    const ratio = indicator.ratio;
    throw new UsageError(
      `\`${indicator.id}\` is a ratio: give its two parts as ${ratio?.numerator ?? 'numerator'}/${ratio?.denominator ?? 'denominator'}.`,
      'For example 412/5200.',
    );
  }
  const numerator = parseNumber(parts[0]!, 'numerator');
  const denominator = parseNumber(parts[1]!, 'denominator');
  if (denominator <= 0) throw new UsageError(`The denominator must be more than 0, not ${parts[1]}.`);
  if (numerator < 0) throw new UsageError(`The numerator cannot be negative, not ${parts[0]}.`);
  return { numerator, denominator };
}
