/**
 * The fast reader (js-yaml) must give exactly the data `yaml` gives, or give up: on every YAML
 * file in the repository's programmes, examples and bad-file corpus, on generated logs, and on
 * thousands of small random edits of them. And a place found from one entry's lines must be the
 * place the whole document gives.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { generate } from '../../bench/generate.mjs';
import { en } from '../../src/i18n/en.js';
import { fastRead } from '../../src/io/fast-yaml.js';
import { placeOf } from '../../src/io/locate.js';
import { locate, readClean, YAML_OPTIONS } from '../../src/io/yaml-file.js';
import { ROOT, makeTree } from '../helpers.js';

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });
}

const FIXTURES = ['programme', 'examples', join('test', 'fixtures', 'bad')].flatMap((dir) =>
  yamlFiles(join(ROOT, dir)),
);

/** A generated programme of the benchmark, small: the same layout as the large ones. */
function generated(): string[] {
  const dir = makeTree({});
  generate(dir, 3000);
  return yamlFiles(dir);
}

/** What `yaml` reads: the data, or undefined when it reports any error. */
function fullRead(text: string): { data: unknown } | undefined {
  const doc = parseDocument(text, YAML_OPTIONS);
  return doc.errors.length > 0 ? undefined : { data: doc.toJS({ maxAliasCount: 100 }) };
}

/**
 * Fails with the text when the fast path (the checks on lines, then js-yaml) vouches for data
 * `yaml` does not give.
 */
function expectSameOrNothing(text: string): boolean {
  const fast = readClean('/p/f.yaml', new TextEncoder().encode(text), en);
  if (!fast) return false;
  expect({ text, data: fast.data }).toEqual({ text, data: fullRead(text)?.data });
  expect(isDeepStrictEqual(fast.data, fullRead(text)?.data), text).toBe(true);
  return true;
}

describe('the fast reader reads what yaml reads', () => {
  const texts = [...FIXTURES, ...generated()].map((path) =>
    readFileSync(path, 'utf8').replace(/^\uFEFF/, ''),
  );

  it('on every YAML file of the programmes, examples, bad-file corpus and generated logs', () => {
    expect(FIXTURES.length).toBeGreaterThan(50);
    const vouched = texts.filter((text) => expectSameOrNothing(text));
    // it must be of use: the shipped programme and the generated logs all read fast
    expect(vouched.length).toBeGreaterThan(40);
  });

  it('gives up on what only yaml reads rightly', () => {
    for (const text of [
      'a: &x 1\nb: *x\n', // an alias
      '%YAML 1.1\n---\na: yes\n', // a directive
      'a: yes\n', // YAML 1.1 spelling: yaml warns
      'a: 010\n', // a leading zero: yaml warns
      'a:\n  b: [1,\n  2]\n', // a list over two lines, not indented enough for yaml
      'a: "x\ny"\n', // a quoted text over two lines, not indented enough for yaml
      'a: 1\rb: 2\n', // a lone carriage return
      'a: 1\na: 2\n', // a repeated key
    ]) {
      expect(fastRead(text), text).toBeUndefined();
    }
  });

  it('on random edits of those files', () => {
    const pieces = ['[', ']', '{', '}', ':', "'", '"', '#', '-', '|', '>', ' ', '\n', ',', '?',
      '\\', '\t', '\r\n', '\r', '&a ', '*a', '!', '%', '~', '0', '.', 'e', 'yes', '010', '\n  ',
      '"a\nb"', '[1,\n2]'];
    const edit = fc.record({
      file: fc.nat(texts.length - 1),
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      cut: fc.nat(3),
      piece: fc.constantFrom(...pieces),
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
        let text = texts[edits[0]!.file]!.slice(0, 4000);
        for (const { at, cut, piece } of edits) {
          const place = Math.floor(at * text.length);
          text = text.slice(0, place) + piece + text.slice(place + cut);
        }
        expectSameOrNothing(text);
      }),
      { numRuns: 3000, seed: 20261201 },
    );
  });
});

describe('a place in a long list, found from one entry', () => {
  it('is the place the whole document gives, for every entry and field', () => {
    const log = [
      '# a log',
      'project: p',
      'measurements:',
      '  # first',
      '  - indicator: a',
      '    date: 2025-01-31',
      '    value: 1',
      '    note: "x: y"',
      '',
      '  - {indicator: b, date: 2025-02-28, value: 2}',
      '  # between',
      '  - indicator: c',
      '    date: 2025-03-31',
      '    numerator: 3',
      '    denominator: 4',
      '    history:',
      '      - value: 5',
      '        replaced: 2025-04-01',
      '  -   indicator: d',
      '      date: 2025-04-30',
      '      value: 6   # trailing',
      '  # the end',
      '',
    ].join('\n');
    const file = readClean('/p/log.yaml', new TextEncoder().encode(log), en)!;
    const items = (file.data as { measurements: Record<string, unknown>[] }).measurements;
    const whole = parseDocument(log, YAML_OPTIONS);
    items.forEach((item, index) => {
      for (const field of [undefined, ...Object.keys(item)]) {
        for (const keyOnly of [false, true]) {
          const path = ['measurements', index, ...(field === undefined ? [] : [field])];
          expect(placeOf(file, path, keyOnly, items), `${path.join('.')} ${keyOnly}`).toEqual(
            locate(whole, path, keyOnly),
          );
        }
      }
    });
    // all of it without reading the whole file with yaml
    expect(file.doc).toBeUndefined();
  });
});
