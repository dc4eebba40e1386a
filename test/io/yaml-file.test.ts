/** Bytes into YAML: spellings older readers take differently, runaway aliases, syntax places. */
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.js';
import { parseYamlFile } from '../../src/io/yaml-file.js';

function problems(text: string): string[] {
  return parseYamlFile('/p/f.yaml', new TextEncoder().encode(text), en).problems.map(
    (problem) => `${problem.rule}@${problem.line}:${problem.column}`,
  );
}

describe('YAML 1.1 spellings', () => {
  it('warns about unquoted yes, no, on, off, y and n as values, in any case', () => {
    const words = ['yes', 'No', 'ON', 'off', 'y', 'N'];
    const text = words.map((word, index) => `k${index}: ${word}\n`).join('');
    expect(problems(text)).toEqual(words.map((_, index) => `ambiguous-boolean@${index + 1}:5`));
  });

  it('leaves quoted words, keys, true and false, and words in longer text alone', () => {
    expect(problems('a: "no"\nb: \'yes\'\nno: 1\nc: true\nd: no way\ne: [n]\n')).toEqual([
      'ambiguous-boolean@6:5',
    ]);
  });

  it('warns about a whole number with a leading zero, but not about 0, 0.5 or a date', () => {
    expect(problems('a: 010\nb: 0\nc: 0.5\nd: 2025-01-01\ne: -007\n')).toEqual([
      'leading-zero@1:4',
      'leading-zero@5:4',
    ]);
  });
});

describe('aliases that expand without bound', () => {
  it('refuses a billion-laughs file, pointing at the first alias', () => {
    const levels = 'abcdefghijklmnopqrstuvwxyz'.split('');
    const lines = levels.map(
      (name, index) =>
        `${name}: &${name} [${Array.from({ length: 10 }, () => (index === 0 ? 'lol' : `*${levels[index - 1]}`)).join(', ')}]`,
    );
    // 10^26 strings if expanded: it must be refused, not built.
    const file = parseYamlFile('/p/f.yaml', new TextEncoder().encode(`${lines.join('\n')}\n`), en);
    expect(file.data).toBeUndefined();
    expect(
      file.problems.map((problem) => `${problem.rule}@${problem.line}:${problem.column}`),
    ).toEqual(['alias-bomb@2:8']);
  });

  it('accepts a few ordinary aliases', () => {
    const file = parseYamlFile(
      '/p/f.yaml',
      new TextEncoder().encode('a: &x {v: 1}\nb: *x\nc: *x\n'),
      en,
    );
    expect(file.problems).toEqual([]);
    expect(file.data).toEqual({ a: { v: 1 }, b: { v: 1 }, c: { v: 1 } });
  });
});

describe('where syntax errors are reported', () => {
  it('puts an unclosed quote at its line, not on the empty end of the file', () => {
    expect(problems('project: platform\nmeasurements:\n  - note: "unclosed\n\n')).toEqual([
      'yaml-syntax@3:19',
    ]);
  });

  it('puts a missing colon at its line, once', () => {
    expect(problems('a: 1\nb 2\nc: 3\n')).toEqual(['yaml-syntax@2:1']);
  });

  it('counts columns right in a file with CRLF line endings', () => {
    expect(problems('a: 1\r\nb: 010\r\n')).toEqual(['leading-zero@2:4']);
  });
});
