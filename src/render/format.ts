/** Numbers and percentages as people read them, in the language's own notation. */

/** Number formats made once per locale and kind: making one takes far longer than using it. */
const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, kind: 'euro' | number): Intl.NumberFormat {
  const key = `${locale} ${kind}`;
  let made = formats.get(key);
  if (!made) {
    made = kind === 'euro'
      ? new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 })
      : new Intl.NumberFormat(locale, { maximumFractionDigits: kind });
    formats.set(key, made);
  }
  return made;
}

/** A value in its indicator's unit: grouped thousands, sensible decimals, a unit sign. */
export function formatValue(value: number | undefined, unit: string, locale: string): string {
  if (value === undefined || !Number.isFinite(value)) return '–';
  if (unit === 'euro') return numberFormat(locale, 'euro').format(value);
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
