/**
 * Values as people type them, in Dutch or English habits: `12,5` and `12.5`, `1.234,5`,
 * `12 500`, `75%`, `€ 12.500,50`, `-3`; a ratio as its two parts, `412/5200`.
 *
 * One separator followed by exactly three digits (`1.234`, `1,234`) can be a thousands separator
 * (Dutch `1.234` = 1234, English `1,234` = 1234) or a decimal one; such a value is refused unless
 * the indicator's unit, or a known decimal separator (`decimal`), settles it: a count is a whole
 * number and euros have two-digit cents, so there the separator groups thousands.
 */
import { UsageError } from '../io/errors.js';
import type { Messages } from '../i18n/index.js';
import type { Indicator } from '../model/schema.js';
import { boundsOf } from '../model/units.js';

export type ParsedValue = { value: number } | { numerator: number; denominator: number };

export type DecimalMark = ',' | '.';

export interface NumberRules {
  /** The unit only allows whole numbers: a lone separator before three digits groups thousands. */
  whole?: boolean;
  /** Euros: `€`/`EUR` allowed, and three digits after a lone separator are thousands. */
  euro?: boolean;
  /** `%` allowed at the end. */
  percent?: boolean;
  /** `min` allowed at the end. */
  minutes?: boolean;
  /** The decimal separator, when it is known (for example from a spreadsheet export). */
  decimal?: DecimalMark;
}

const GROUP_SPACE = /[ \u00a0\u202f\u2009]/g;

/** The number in `raw`, or a UsageError that says what is wrong and how to write it. */
export function parseNumber(raw: string, rules: NumberRules, m: Messages, what?: string): number {
  const text = stripUnit(raw, rules, m, what);
  const sign = /^[-+]/.exec(text)?.[0] ?? '';
  let body = text.slice(sign.length).trim();
  if (/^\d{1,3}([ \u00a0\u202f\u2009]\d{3})+([.,]\d+)?$/.test(body))
    body = body.replace(GROUP_SPACE, '');
  if (!/^(\d+([.,]\d+)*|[.,]\d+)$/.test(body)) {
    throw new UsageError(m.recordInput.notANumber(raw, what), m.recordInput.notANumberHint);
  }
  const plain = normalise(body, rules, raw, m, what);
  // A double keeps 15 significant digits exactly; more would be written back as another number.
  if (plain.replace(/\D/g, '').replace(/^0+/, '').length > 15) {
    throw new UsageError(m.recordInput.tooManyDigits(raw, what), m.recordInput.tooManyDigitsHint);
  }
  // `+ 0` turns -0 into 0, which YAML writes and reads back as plain 0
  return Number(`${sign === '-' ? '-' : ''}${plain}`) + 0;
}

/** Removes a currency sign, percent sign or `min`, where the unit allows them. */
function stripUnit(raw: string, rules: NumberRules, m: Messages, what?: string): string {
  let text = raw.trim().replace(/^\u2212/, '-');
  if (/€|\beur\b/i.test(text)) {
    if (!rules.euro)
      throw new UsageError(m.recordInput.signNotHere(raw, '€', what), m.recordInput.plainHint);
    text = text
      .replace(/^([-+]?)\s*(€|eur)\s*/i, '$1')
      .replace(/\s*(€|eur)$/i, '')
      .trim();
  }
  if (text.endsWith('%')) {
    if (!rules.percent)
      throw new UsageError(m.recordInput.signNotHere(raw, '%', what), m.recordInput.plainHint);
    text = text.slice(0, -1).trim();
  }
  if (/\s*min\.?$/i.test(text) && rules.minutes) text = text.replace(/\s*min\.?$/i, '');
  return text.replace(/^([-+])\s+/, '$1');
}

/** The digits with a decimal point and no grouping, deciding what each separator means. */
function normalise(
  body: string,
  rules: NumberRules,
  raw: string,
  m: Messages,
  what?: string,
): string {
  const marks = [...new Set(body.match(/[.,]/g) ?? [])] as DecimalMark[];
  const bad = (): UsageError =>
    new UsageError(m.recordInput.badGrouping(raw, what), m.recordInput.notANumberHint);
  if (marks.length === 0) return body;
  if (marks.length === 2) {
    // both marks: the last one is the decimal separator, the other groups thousands
    const decimal: DecimalMark = body.lastIndexOf(',') > body.lastIndexOf('.') ? ',' : '.';
    const at = body.lastIndexOf(decimal);
    const whole = body.slice(0, at);
    if (rules.decimal !== undefined && rules.decimal !== decimal) throw bad();
    if (!grouped(whole, decimal === ',' ? '.' : ',')) throw bad();
    return `${ungroup(whole)}.${body.slice(at + 1)}`;
  }
  const mark = marks[0]!;
  const parts = body.split(mark);
  if (parts.length > 2) {
    // the same mark twice can only group thousands: 1.234.567
    if (rules.decimal === mark || !grouped(body, mark)) throw bad();
    return ungroup(body);
  }
  const [whole, fraction] = parts as [string, string];
  const meaning =
    rules.decimal !== undefined
      ? rules.decimal === mark
        ? 'decimal'
        : 'thousands'
      : loneMark(whole, fraction, rules);
  if (meaning === undefined) {
    const thousands = ungroup(body);
    const decimal = decimalText(`${whole}.${fraction}`, m.locale);
    throw new UsageError(
      m.recordInput.ambiguous(raw, thousands, decimal, what),
      m.recordInput.ambiguousHint(thousands, decimal),
    );
  }
  if (meaning === 'decimal') return `${whole || '0'}.${fraction}`;
  if (!grouped(body, mark)) throw bad();
  return ungroup(body);
}

/**
 * A decimal number in the language's own notation, written so that it cannot be misread:
 * 7.500 becomes 7,5 in Dutch; 1.234 becomes 1,2340, since 1,234 would be ambiguous again.
 */
function decimalText(plain: string, locale: string): string {
  const mark = new Intl.NumberFormat(locale).format(1.5).charAt(1);
  const [whole, fraction] = plain.replace(/0+$/, '').split('.') as [string, string];
  if (fraction === '') return whole;
  const padded =
    fraction.length === 3 && whole.length <= 3 && !whole.startsWith('0')
      ? `${fraction}0`
      : fraction;
  return `${whole}${mark}${padded}`;
}

/** What a lone separator means when nothing else says so, or undefined when it cannot be told. */
function loneMark(
  whole: string,
  fraction: string,
  rules: NumberRules,
): 'decimal' | 'thousands' | undefined {
  // thousands come in groups of three, and a grouped number starts with 1 to 3 digits, not 0
  if (fraction.length !== 3 || whole === '' || whole.startsWith('0') || whole.length > 3)
    return 'decimal';
  if (rules.whole || rules.euro) return 'thousands';
  return undefined;
}

/** True when `digits` is grouped by `mark` in threes, with at least one mark: 1.234.567, 12,500. */
function grouped(digits: string, mark: string): boolean {
  const groups = digits.split(mark);
  return (
    groups.length > 1 &&
    /^[1-9]\d{0,2}$/.test(groups[0]!) &&
    groups.slice(1).every((group) => /^\d{3}$/.test(group))
  );
}

function ungroup(digits: string): string {
  return digits.replace(/[.,]/g, '');
}

/** The rules an indicator's unit sets for typing its values. */
export function rulesFor(indicator: Indicator, decimal?: DecimalMark): NumberRules {
  return {
    whole: boundsOf(indicator).whole,
    euro: indicator.unit === 'euro',
    percent: indicator.unit === 'percent',
    minutes: indicator.unit === 'minutes',
    ...(decimal ? { decimal } : {}),
  };
}

/** A value for `indicator` as typed; a ratio indicator takes `numerator/denominator`. */
export function parseValue(
  text: string,
  indicator: Indicator,
  m: Messages,
  decimal?: DecimalMark,
): ParsedValue {
  if (indicator.aggregation !== 'ratio')
    return { value: parseNumber(text, rulesFor(indicator, decimal), m) };
  const parts = text.split('/');
  const ratio = indicator.ratio;
  const names = [
    ratio?.numerator ?? m.recordInput.numerator,
    ratio?.denominator ?? m.recordInput.denominator,
  ] as const;
  if (parts.length !== 2) {
    throw new UsageError(
      m.recordInput.ratioShape(indicator.id, names[0], names[1]),
      m.recordInput.ratioExample,
    );
  }
  const rules: NumberRules = decimal ? { decimal } : {};
  const numerator = parseNumber(parts[0]!, rules, m, names[0]);
  const denominator = parseNumber(parts[1]!, rules, m, names[1]);
  if (denominator <= 0)
    throw new UsageError(
      m.recordInput.denominatorZero(parts[1]!.trim()),
      m.recordInput.ratioExample,
    );
  if (numerator < 0)
    throw new UsageError(
      m.recordInput.numeratorNegative(parts[0]!.trim()),
      m.recordInput.ratioExample,
    );
  return { numerator, denominator };
}
