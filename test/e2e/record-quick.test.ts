/**
 * `record` after `record`: the second run finds the log exactly as the first one wrote and
 * checked it (the journal holds its SHA-256), so it reads only what it must. These tests check that
 * the short way gives what the long way gives, and that anything else takes the long way.
 */
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { programmeTree } from '../helpers.js';
import { logPath, run } from '../record-helpers.js';

const ENTRY = (date: string, value: number) =>
  `  - indicator: registered-users\n    date: ${date}\n    value: ${value}\n`;
const LOG = `project: platform\nmeasurements:\n${ENTRY('2025-01-31', 1)}`;

function record(dir: string, value: string, date: string, extra: string[] = []) {
  return run(['record', 'platform/registered-users', value, '--date', date, ...extra], dir);
}

function journal(dir: string): { checked?: { sha256: string } }[] {
  const path = join(dir, 'programme', 'measurements', '.ub2030', 'platform.yaml.journal');
  return readFileSync(path, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { checked?: { sha256: string } });
}

describe('record after record', () => {
  it('notes the checked log in the journal and appends in the layout of the last entry', () => {
    const crlf = [
      'project: platform',
      'measurements:',
      '    -   indicator: registered-users',
      '        date: 2025-01-31',
      '        value: 1',
      '',
    ].join('\r\n');
    const dir = programmeTree({ 'programme/measurements/platform.yaml': crlf });
    expect(record(dir, '2', '2025-02-28').code).toBe(0);
    expect(record(dir, '3', '2025-03-31', ['--note', 'Q1: done']).code).toBe(0);

    const entry = (date: string, value: string) =>
      `    -   indicator: registered-users\r\n        date: ${date}\r\n        value: ${value}\r\n`;
    expect(readFileSync(logPath(dir), 'utf8')).toBe(
      `${crlf}${entry('2025-02-28', '2')}${entry('2025-03-31', '3')}        note: "Q1: done"\r\n`,
    );
    // one line per change, each with a 64-digit SHA-256 of the log after it
    expect(journal(dir).map((line) => line.checked?.sha256.length)).toEqual([64, 64]);
    expect(run(['validate'], dir).code).toBe(0);
  });

  it('refuses a second value for a date, found among entries written by hand and by record', () => {
    const dir = programmeTree({ 'programme/measurements/platform.yaml': LOG });
    expect(record(dir, '2', '2025-02-28').code).toBe(0);
    for (const date of ['2025-01-31', '2025-02-28']) {
      const again = record(dir, '9', date);
      expect(again.code).toBe(1);
      expect(again.stderr).toContain(`already has a value for ${date}`);
    }
    // a note that mentions the date is not a value for it
    expect(record(dir, '3', '2025-03-31', ['--note', 'like 2025-04-30']).code).toBe(0);
    expect(record(dir, '4', '2025-04-30').code).toBe(0);
    expect(readFileSync(logPath(dir), 'utf8')).toContain('    date: 2025-04-30\n    value: 4\n');
  });

  it('reads the whole log again after an edit by hand, and refuses what it finds wrong', () => {
    const dir = programmeTree({ 'programme/measurements/platform.yaml': LOG });
    expect(record(dir, '2', '2025-02-28').code).toBe(0);
    // a value for March added by hand: the journal's SHA-256 no longer matches
    appendFileSync(logPath(dir), ENTRY('2025-03-31', 3));
    expect(record(dir, '9', '2025-03-31').stderr).toContain('already has a value for 2025-03-31');
    // a broken line added by hand: nothing is appended to a log with problems
    appendFileSync(logPath(dir), '  - indicator: [oops\n');
    const broken = readFileSync(logPath(dir), 'utf8');
    const refused = record(dir, '4', '2025-04-30');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('has problems, so nothing was added');
    expect(readFileSync(logPath(dir), 'utf8')).toBe(broken);
  });

  it('takes the long way after an undo, and finds a date written by hand with escapes', () => {
    const dir = programmeTree({ 'programme/measurements/platform.yaml': LOG });
    expect(record(dir, '2', '2025-02-28').code).toBe(0);
    expect(run(['undo', '--yes'], dir).code).toBe(0);
    expect(readFileSync(logPath(dir), 'utf8')).toBe(LOG);
    expect(record(dir, '2', '2025-02-28').code).toBe(0);
    // the same date written as "2025\x2d03-31" holds no "2025-03-31" to search for
    const escaped = ENTRY('"2025\\x2d03-31"', 3);
    writeFileSync(logPath(dir), `${readFileSync(logPath(dir), 'utf8')}${escaped}`);
    expect(record(dir, '4', '2025-04-30').code).toBe(0);
    expect(record(dir, '9', '2025-03-31').stderr).toContain('already has a value for 2025-03-31');
  });
});

describe('replace in a long log', () => {
  it('reads and rewrites only the entry, leaving comments elsewhere as they were', () => {
    const entries = [1, 2, 3].map((month) => ENTRY(`2025-0${month}-28`, month)).join('  # ok\n');
    const log = `project: platform\nmeasurements:\n${entries}  # the end\n`;
    const dir = programmeTree({ 'programme/measurements/platform.yaml': log });
    const replaced = record(dir, '9', '2025-02-28', ['--replace', '--by', 'Piet']);
    expect(replaced.stderr).toBe('');
    expect(readFileSync(logPath(dir), 'utf8')).toBe(
      log.replace(
        'value: 2\n',
        'value: 9\n    by: Piet\n    history:\n      - value: 2\n        replaced: ' +
          `${/replaced: (\d{4}-\d{2}-\d{2})/.exec(readFileSync(logPath(dir), 'utf8'))![1]}\n`,
      ),
    );
    expect(run(['validate'], dir).code).toBe(0);
  });
});
