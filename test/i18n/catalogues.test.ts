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

/** Every message of a catalogue by its key path: a text, or a function that makes one. */
function messagesOf(node: unknown, path = ''): [string, unknown][] {
  if (node === null || typeof node !== 'object') return [[path, node]];
  return Object.entries(node)
    .flatMap(([key, value]) => messagesOf(value, path ? `${path}.${key}` : key));
}

/**
 * What a message says for made-up arguments: first plain texts ("A0", "A1"), else for messages
 * that take lists or a lock's owner, a list that also has the owner's fields.
 */
function sayWith(message: unknown, arity: number): string {
  if (typeof message !== 'function') return String(message);
  const texts = Array.from({ length: arity }, (_, index) => `A${index}`);
  let said: unknown;
  try {
    said = message(...texts);
  } catch {
    const both = Object.assign(['A0', 'A1'], {
      command: 'A2', user: 'A3', host: 'A4', pid: 5, since: '2026-01-01T10:00:00Z',
    });
    said = message(...texts.map(() => both));
  }
  // A problem's words come as { message, hint }.
  return typeof said === 'string' ? said : JSON.stringify(said);
}

/** The words of a message apart from the made-up arguments: "A0 of A1 on track" → 2. */
function ownWords(text: string): number {
  return text.replace(/\bA\d\b/g, ' ').match(/\p{L}{3,}/gu)?.length ?? 0;
}

describe('message catalogues', () => {
  it('hold exactly the same messages in Dutch and English', () => {
    expect(shape(nl).sort()).toEqual(shape(en).sort());
  });

  it('say every message of more than a word differently in Dutch and in English', () => {
    // A message copied into nl.ts without translating it exists in one language only. Single
    // words may be the same in both ("Status", "Indicator", "euro").
    const dutch = new Map(messagesOf(nl));
    const untranslated = messagesOf(en).filter(([path, message]) => {
      const arity = typeof message === 'function' ? message.length : 0;
      const english = sayWith(message, arity);
      return ownWords(english) >= 2 && english === sayWith(dutch.get(path), arity);
    }).map(([path]) => path);
    expect(untranslated).toEqual([]);
  });

  it('would notice a message left in English in the Dutch catalogue', () => {
    const copy = { ...nl, report: { ...nl.report, noneBehind: en.report.noneBehind } };
    const dutch = new Map(messagesOf(copy));
    const same = messagesOf(en).filter(([path, message]) =>
      typeof message === 'string' && ownWords(message) >= 2 && dutch.get(path) === message);
    expect(same.map(([path]) => path)).toEqual(['report.noneBehind']);
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
