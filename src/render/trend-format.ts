/** The pieces of `trend` output shared by its formats: sparklines, signed changes, paces. */
import sparkly from 'sparkly';
import type { Messages } from '../i18n/index.js';
import type { Change, Reach, SparkPoint } from '../maths/trend.js';
import type { TrendPace } from '../report/trend.js';
import { formatValue } from './format.js';

/** One bar per period, a blank where nothing was measured: `▁▃▄ ▆█`. */
export function sparkline(points: readonly SparkPoint[]): string {
  const values = points.map(({ value }) => value ?? '');
  return points.length === 0 ? '' : sparkly(values);
}

/** A change or a pace with its sign, in the indicator's unit: "+1,020", "-0.45 min", "+€9,000". */
export function formatSigned(value: number, unit: string, locale: string): string {
  const rounded = roundFor(value, unit);
  if (rounded === 0) return formatMagnitude(0, unit, locale);
  return `${rounded > 0 ? '+' : '-'}${formatMagnitude(Math.abs(rounded), unit, locale)}`;
}

/** Enough decimals that a small change does not read as zero, and no more. */
function digitsFor(value: number, unit: string): number {
  const size = Math.abs(value);
  if (size >= 100 || (unit === 'euro' && size >= 10)) return 0;
  return size >= 10 ? 1 : 2;
}

function roundFor(value: number, unit: string): number {
  const factor = 10 ** digitsFor(value, unit);
  return Math.round(value * factor) / factor;
}

function formatMagnitude(value: number, unit: string, locale: string): string {
  const digits = digitsFor(value, unit);
  if (unit === 'euro') {
    const options = { style: 'currency', currency: 'EUR', maximumFractionDigits: digits } as const;
    return new Intl.NumberFormat(locale, options).format(value);
  }
  const text = new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
  if (unit === 'percent') return `${text}%`;
  if (unit === 'minutes') return `${text} min`;
  return text;
}

/** A planned value: like `formatValue`, but a planned count may be a fraction ("0.4" a month). */
export function formatPlan(value: number | undefined, unit: string, locale: string): string {
  const fraction = unit === 'count' && value !== undefined && Math.abs(value) < 10;
  if (!fraction) return formatValue(value, unit, locale);
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
}

/** A share of the earlier value, signed and whole: "+5%", "-12%". */
export function formatSignedShare(share: number): string {
  const rounded = Math.round(share * 100);
  if (rounded === 0) return '0%';
  return `${rounded > 0 ? '+' : '-'}${Math.abs(rounded)}%`;
}

/** Shares of ten times the earlier value or more tell little and widen the table: left out. */
const MAX_SHARE = 10;

/** "+90 (+5%)", or "+90" without a (sensible) share, or "–" when there is no change. */
export function formatChange(change: Change | undefined, unit: string, locale: string): string {
  if (!change) return '–';
  const amount = formatSigned(change.amount, unit, locale);
  const { share } = change;
  if (share === undefined || Math.abs(share) >= MAX_SHARE) return amount;
  return `${amount} (${formatSignedShare(share)})`;
}

/** "+95/mo" or "-0.9/yr", in the unit shown in the table. */
export function formatPace(pace: TrendPace | undefined, unit: string, m: Messages): string {
  if (!pace) return '–';
  const per = pace.per === 'month' ? m.trend.perMonth : m.trend.perYear;
  return `${formatSigned(pace.value, unit, m.locale)}${per}`;
}

export function reachText(reach: Reach, m: Messages): string {
  return reach.kind === 'on' ? reach.date : m.trend.reach[reach.kind];
}
