/** Numbers and percentages as people read them, in the language's own notation. */
import type { Messages } from '../i18n/index.js';

/** Number formats made once per locale and kind: making one takes far longer than using it. */
const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, kind: 'euro' | 'cents' | number): Intl.NumberFormat {
  const key = `${locale} ${kind}`;
  let made = formats.get(key);
  if (!made) {
    const cents = kind === 'cents' ? 2 : 0;
    made =
      typeof kind === 'string'
        ? new Intl.NumberFormat(locale, {
            style: 'currency',
            currency: 'EUR',
            minimumFractionDigits: cents,
            maximumFractionDigits: cents,
          })
        : new Intl.NumberFormat(locale, { maximumFractionDigits: kind });
    formats.set(key, made);
  }
  return made;
}

/** A value in its indicator's unit: grouped thousands, sensible decimals, a unit sign. */
export function formatValue(value: number | undefined, unit: string, locale: string): string {
  if (value === undefined || !Number.isFinite(value)) return '–';
  if (unit === 'euro') {
    // whole euros stay whole; cents are shown when there are any, so 12.500,50 never reads as 12.501
    return numberFormat(locale, Number.isInteger(value) ? 'euro' : 'cents').format(value);
  }
  const digits = unit === 'count' ? 0 : Math.abs(value) < 10 ? 2 : 1;
  const text = numberFormat(locale, digits).format(value);
  if (unit === 'percent') return `${text}%`;
  if (unit === 'minutes') return `${text} min`;
  return text;
}

/** A share as a whole percentage, unclipped: 1.34 → "134%", −0.12 → "-12%". */
export function formatShare(share: number | undefined): string {
  if (share === undefined || !Number.isFinite(share)) return '–';
  const rounded = Math.round(share * 100);
  return `${Object.is(rounded, -0) ? 0 : rounded}%`;
}

/**
 * The unit as people read it in the output's language: the generic units translated ("aantal",
 * "minuten", "score 1–10"), a unit the plan names itself as written there.
 */
export function unitWords(row: { unit: string; unitLabel: string }, m: Messages): string {
  const words = m.validate.units;
  if (row.unit === 'score') return row.unitLabel.replace(/^score/, words.score ?? 'score');
  return row.unitLabel === row.unit ? (words[row.unit] ?? row.unitLabel) : row.unitLabel;
}
