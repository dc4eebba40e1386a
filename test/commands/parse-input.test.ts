import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { formatNumber, formatText } from '../../src/io/entry-text.js';
import { en } from '../../src/i18n/en.js';
import { nl } from '../../src/i18n/nl.js';
import { parseDate } from '../../src/commands/parse-date.js';
import { parseNumber, parseValue, type NumberRules } from '../../src/commands/parse-value.js';
import type { Indicator } from '../../src/model/schema.js';

const indicator = (unit: Indicator['unit'], extra: Partial<Indicator> = {}): Indicator => ({
  id: 'x',
  title: 'X',
  unit,
  direction: 'increase',
  aggregation: 'level',
  cadence: 'monthly',
  baseline: { value: 0, date: '2025-01-01' },
  target: { value: 10, deadline: '2026-01-01' },
  ...extra,
});

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  return 'accepted';
}

describe('values as people type them', () => {
  const plain: NumberRules = {};

  it('refuses more digits than a number keeps exactly, rather than write another number', () => {
    expect(parseNumber('999999999999999', plain, en)).toBe(999_999_999_999_999); // 15 digits
    expect(() => parseNumber('99999999999999999999', plain, en)).toThrow('15 at most');
    expect(() => parseNumber('1234567890.1234567', plain, en)).toThrow('15 at most');
    expect(parseNumber('0.000001', plain, en)).toBe(0.000001); // leading zeros are not digits kept
  });

  it.each([
    ['12.5', 12.5],
    ['12,5', 12.5],
    ['-3', -3],
    ['-0.5', -0.5],
    ['−0,5', -0.5],
    ['+4', 4],
    ['0', 0],
    ['-0', 0],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['12.500,50', 12500.5],
    ['1.234.567', 1234567],
    ['1,234,567', 1234567],
    ['12 500', 12500],
    ['12\u00a0500,5', 12500.5],
    ['0.125', 0.125],
    ['0,125', 0.125],
    ['1234.567', 1234.567],
    ['12.3456', 12.3456],
    [',5', 0.5],
    ['  7  ', 7],
  ])('%s is %d', (text, value) => {
    expect(Object.is(parseNumber(text, plain, en), value)).toBe(true);
  });

  it.each([
    ['1.234', 'can be read two ways: as 1234'],
    ['1,234', 'can be read two ways: as 1234'],
    [
      '12.500',
      'as 12500 (the separator groups thousands, as in Dutch) or as 12.5 (a decimal separator',
    ],
    ['twelve', 'is not a number'],
    ['12..5', 'is not a number'],
    ['1.23.4', 'mixes up its separators'],
    ['1.2345,6', 'mixes up its separators'],
    ['12,5.3', 'mixes up its separators'],
    ['', 'is not a number'],
    ['75%', 'not measured in percent'],
    ['€ 5', 'not measured in euros'],
    ['1e3', 'is not a number'],
  ])('%s is refused: %s', (text, message) => {
    expect(refusal(() => parseNumber(text, plain, en))).toContain(message);
  });

  it('explains an ambiguous value in Dutch, with both readings in Dutch notation', () => {
    const message = refusal(() => parseValue('7.500', indicator('minutes'), nl));
    expect(message).toBe(
      'De waarde "7.500" kan op twee manieren gelezen worden: als 7500 (het teken scheidt ' +
        'duizendtallen, zoals in het Nederlands) of als 7,5 (een decimaalteken, zoals in het Engels).',
    );
  });

  it('lets the unit settle a lone separator before three digits', () => {
    // a count is a whole number, so 1.234 and 1,234 can only be 1234
    expect(parseValue('1.234', indicator('count'), en)).toEqual({ value: 1234 });
    expect(parseValue('1,234', indicator('count'), en)).toEqual({ value: 1234 });
    // euros have two-digit cents, so three digits after the separator are thousands
    expect(parseValue('€ 12.500', indicator('euro'), en)).toEqual({ value: 12500 });
    expect(parseValue('€12.500,50', indicator('euro'), en)).toEqual({ value: 12500.5 });
    expect(parseValue('12,50 EUR', indicator('euro'), en)).toEqual({ value: 12.5 });
    expect(parseValue('-€ 3,5', indicator('euro'), en)).toEqual({ value: -3.5 });
    expect(parseValue('75%', indicator('percent'), en)).toEqual({ value: 75 });
    expect(parseValue('12,5 %', indicator('percent'), en)).toEqual({ value: 12.5 });
    expect(parseValue('7,5 min', indicator('minutes'), en)).toEqual({ value: 7.5 });
  });

  it('lets a known decimal separator settle it', () => {
    expect(parseNumber('1,234', { decimal: ',' }, en)).toBe(1.234);
    expect(parseNumber('1.234', { decimal: ',' }, en)).toBe(1234);
    expect(parseNumber('1.234', { decimal: '.' }, en)).toBe(1.234);
    expect(refusal(() => parseNumber('1.234,5', { decimal: '.' }, en))).toContain(
      'mixes up its separators',
    );
    expect(refusal(() => parseNumber('12.5', { decimal: ',' }, en))).toContain(
      'mixes up its separators',
    );
  });

  it('reads a ratio as its two parts', () => {
    const ratio = indicator('number', {
      aggregation: 'ratio',
      ratio: { numerator: 'interactions', denominator: 'followers', factor: 1 },
    });
    expect(parseValue('412/5200', ratio, en)).toEqual({ numerator: 412, denominator: 5200 });
    expect(refusal(() => parseValue('412/5.200', ratio, en))).toContain(
      'The followers "5.200" can be read two ways',
    );
    expect(parseValue('412 / 5200', ratio, en)).toEqual({ numerator: 412, denominator: 5200 });
    expect(refusal(() => parseValue('412', ratio, en))).toContain(
      'give its two parts as interactions/followers',
    );
    expect(refusal(() => parseValue('412/0', ratio, en))).toContain('must be more than 0');
  });

  it('reads back every number it writes, whatever notation it came in', () => {
    const numbers = fc.oneof(
      fc.integer({ min: -1e9, max: 1e9 }),
      fc
        .tuple(fc.integer({ min: -1e6, max: 1e6 }), fc.integer({ min: 0, max: 4 }))
        .map(([units, digits]) => Number((units / 10 ** digits).toFixed(digits))),
    );
    fc.assert(
      fc.property(numbers, fc.boolean(), (value, dutch) => {
        const locale = dutch ? 'nl-NL' : 'en-GB';
        const shown = new Intl.NumberFormat(locale, { maximumFractionDigits: 20 })
          .format(value)
          .replace('\u2212', '-');
        const parsed = parseNumber(shown, { decimal: dutch ? ',' : '.' }, en);
        const written = formatNumber(parsed);
        return (
          Object.is(parsed, value + 0) &&
          (parse(`v: ${written}`) as { v: number }).v === parsed &&
          parseNumber(written, { decimal: '.' }, en) === parsed
        );
      }),
      { numRuns: 500 },
    );
  });
});

describe('dates as people type them', () => {
  const today = '2026-03-01';
  it.each([
    ['2026-03-31', '2026-03-31'],
    ['31-03-2026', '2026-03-31'],
    ['31-3-2026', '2026-03-31'],
    ['31/03/2026', '2026-03-31'],
    ['31.03.2026', '2026-03-31'],
    ['2026-3-5', '2026-03-05'],
    ['today', today],
    ['Vandaag', today],
    ['yesterday', '2026-02-28'],
    ['gisteren', '2026-02-28'],
  ])('%s is %s', (text, iso) => {
    expect(parseDate(text, en, '--date', today)).toBe(iso);
  });

  it.each([
    ['2026-02-30', 'this day does not exist'],
    ['31-04-2026', 'this day does not exist'],
    ['03/31/2026', 'this day does not exist'],
    ['31-03-26', 'not a date ub2030 can read'],
    ['morgen', 'not a date ub2030 can read'],
    ['2026-03-31T10:00', 'not a date ub2030 can read'],
  ])('%s is refused: %s', (text, message) => {
    expect(refusal(() => parseDate(text, en, '--date', today))).toContain(message);
  });
});

describe('text written into a log', () => {
  it('reads back exactly, plain or quoted', () => {
    const samples = [
      'na de campagne',
      'let op: herzien',
      'a # b',
      '"quoted"',
      'yes',
      'Null',
      '12',
      '-x',
      ' padded ',
      'tab\there',
      'regel 1\nregel 2',
      'crlf\r\nend',
      'é ë ü',
      'x: y',
      '[a]',
      '{b}',
      '* star',
      '& amp',
      '! bang',
      '% pct',
      '@at',
      '`tick`',
      '\u2028',
      'a\u0085b',
      '\ufeffbom',
      '🙂',
    ];
    for (const text of samples)
      expect((parse(`note: ${formatText(text)}`) as { note: string }).note).toBe(text);
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 30 }),
        (text) => (parse(`note: ${formatText(text)}`) as { note: string }).note === text,
      ),
      { numRuns: 1000 },
    );
  });
});
