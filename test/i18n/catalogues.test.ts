import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.js';
import { nl } from '../../src/i18n/nl.js';
import { resolveLang } from '../../src/i18n/index.js';

/** Every key path of a catalogue, with the kind of value it holds. */
function shape(catalogue: object, prefix = ''): string[] {
  return Object.entries(catalogue).flatMap(([key, value]) =>
    value !== null && typeof value === 'object'
      ? shape(value as object, `${prefix}${key}.`)
      : [`${prefix}${key}:${typeof value}`]);
}

describe('message catalogues', () => {
  it('hold exactly the same messages in Dutch and English', () => {
    expect(shape(nl).sort()).toEqual(shape(en).sort());
  });

  it('have no empty message in either language', () => {
    for (const catalogue of [en, nl]) {
      const empty = shape(catalogue).filter((entry) => entry.endsWith(':string'))
        .filter((entry) => {
          const path = entry.slice(0, entry.lastIndexOf(':')).split('.');
          const value = path.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], catalogue);
          return value === '';
        });
      expect(empty).toEqual([]);
    }
  });

  it('translate the status words', () => {
    expect(nl.status['on-track']).toBe('op koers');
    expect(en.summary.onTrack(5, 9)).toBe('5 of 9 indicators on track or achieved');
    expect(nl.summary.onTrack(5, 9)).toBe('5 van 9 indicatoren op koers of behaald');
  });
});

describe('choosing the language', () => {
  it('takes --lang, else the programme, else the locale', () => {
    expect(resolveLang('en', 'nl', {})).toBe('en');
    expect(resolveLang(undefined, 'nl', { LANG: 'en_GB.UTF-8' })).toBe('nl');
    expect(resolveLang(undefined, undefined, { LANG: 'nl_NL.UTF-8' })).toBe('nl');
    expect(resolveLang(undefined, undefined, { LANG: 'C.UTF-8' })).toBe('en');
  });

  it('refuses a language it does not speak', () => {
    expect(() => resolveLang('de')).toThrow('ub2030 speaks nl and en');
  });
});
