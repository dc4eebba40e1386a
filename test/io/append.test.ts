/** Appending worked out from the text alone must give the text the YAML document gives. */
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { appendMeasurements, appendToList } from '../../src/io/append.js';

const ADDED = [{ indicator: 'users', date: '2025-06-30', value: 7, note: 'a: b' }];
const ENTRY = (date: string) => `indicator: users\n    date: ${date}\n    value: 1`;

describe('appending after the last entry, from the text alone', () => {
  it.each([
    ['a plain log', `project: p\nmeasurements:\n  - ${ENTRY('2025-01-31')}\n`],
    ['no final line break', `project: p\nmeasurements:\n  - ${ENTRY('2025-01-31')}`],
    ['CRLF line endings', `project: p\nmeasurements:\n  - ${ENTRY('2025-01-31')}\n`.split('\n')
      .join('\r\n')],
    ['wide indentation', 'project: p\nmeasurements:\n    -   indicator: users\n        value: 1\n'],
    ['a flow entry first', 'project: p\nmeasurements:\n  - {indicator: users, date: 2025-01-31}\n'],
    ['comments first', 'project: p\nmeasurements: # log\n\n  # first\n  - indicator: u\n'],
    ['dashes at the margin', 'project: p\nmeasurements:\n- indicator: users\n  date: 2025-01-31\n'],
  ])('%s', (_name, text) => {
    const data = parseDocument(text).toJS() as { measurements: unknown[] };
    const keys = Object.keys(data);
    const expected = appendMeasurements(text, parseDocument(text), ADDED);
    expect(expected).toBeDefined();
    expect(appendToList(text, keys, data.measurements.length, ADDED)).toBe(expected);
  });

  it('leaves other layouts to the document', () => {
    const notLast = `measurements:\n  - ${ENTRY('2025-01-31')}\nproject: p\n`;
    expect(appendToList(notLast, ['measurements', 'project'], 1, ADDED)).toBeUndefined();
    expect(appendToList('project: p\nmeasurements: []\n', ['project', 'measurements'], 0, ADDED))
      .toBeUndefined();
    const dashAlone = 'project: p\nmeasurements:\n  -\n    indicator: users\n';
    expect(appendToList(dashAlone, ['project', 'measurements'], 1, ADDED)).toBeUndefined();
  });
});
