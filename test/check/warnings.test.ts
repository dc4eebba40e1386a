/**
 * The warnings, worked out by hand on the minimal programme (start 2025-01-01; term `short` is
 * years 0–2, so 2025-01-01 to 2026-12-31; `long` from year 2, so from 2027-01-01 to the horizon).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProgramme } from '../../src/commands/load.js';
import { checkTimeliness } from '../../src/check/timeliness.js';
import { PROJECT_YAML, programmeTree, runCli } from '../helpers.js';

function load(extra: Record<string, string>) {
  return loadProgramme(join(programmeTree(extra), 'programme'), 'en');
}

/** The rules of the timeliness warnings on `asOf`, as `rule@line`. */
function timely(values: [string, string][], asOf: string, project = PROJECT_YAML): string[] {
  const lines = values.map(
    ([date, value]) => `  - indicator: registered-users\n    date: ${date}\n    value: ${value}\n`,
  );
  const loaded = load({
    'programme/projects/platform.yaml': project,
    'programme/measurements/platform.yaml': `project: platform\nmeasurements:\n${lines.join('')}`,
  });
  return checkTimeliness(loaded.workspace, loaded.model!, asOf, loaded.m).map(
    (problem) => `${problem.rule}@${problem.line}`,
  );
}

describe('jump: a value at least 10 times, or at most a tenth of, the recent values', () => {
  it('flags exactly 10 times the previous value, not 9.99 times', () => {
    // Baseline 0 is not compared (no ratio); 100 → 1000 is 10×; the 1000 sits on line 8.
    expect(
      timely(
        [
          ['2025-01-10', '100'],
          ['2025-01-20', '1000'],
        ],
        '2025-01-31',
      ),
    ).toEqual(['jump@8']);
    expect(
      timely(
        [
          ['2025-01-10', '100'],
          ['2025-01-20', '999'],
        ],
        '2025-01-31',
      ),
    ).toEqual([]);
  });

  it('flags a drop to a tenth of the lowest recent value, and compares with the last three only', () => {
    // For 30 (line 17) the recent values are 500, 400 and 300 (5 is four back): 30 is a tenth of 300.
    const values: [string, string][] = [
      ['2025-01-03', '5'],
      ['2025-01-05', '500'],
      ['2025-01-07', '400'],
      ['2025-01-09', '300'],
      ['2025-01-11', '30'],
    ];
    // 5 → 500 is itself a jump (line 8): 100 times the only earlier positive value.
    expect(timely(values, '2025-01-31')).toEqual(['jump@8', 'jump@17']);
  });

  it('does not compare a zero', () => {
    expect(
      timely(
        [
          ['2025-01-10', '100'],
          ['2025-01-20', '0'],
          ['2025-01-25', '90'],
        ],
        '2025-01-31',
      ),
    ).toEqual([]);
  });

  it('compares a level with its baseline, but not a count of events', () => {
    const level = PROJECT_YAML.replace('value: 0\n', 'value: 150\n');
    // Baseline 150, first value 1500: ten times.
    expect(timely([['2025-01-10', '1500']], '2025-01-31', level)).toEqual(['jump@5']);
    const events = level
      .replace('aggregation: level', 'aggregation: events')
      .replace('value: 1000', 'value: 5000');
    expect(timely([['2025-01-10', '1500']], '2025-01-31', events)).toEqual([]);
  });
});

describe('stale and future values', () => {
  it('follows the cadence and grace of status: a monthly value is fresh for 31 × 1.5 = 46.5 days', () => {
    // 2025-01-31 + 46 days = 2025-03-18 (fresh); + 47 days = 2025-03-19 (stale).
    expect(timely([['2025-01-31', '100']], '2025-03-18')).toEqual([]);
    expect(timely([['2025-01-31', '100']], '2025-03-19')).toEqual(['stale@4']);
  });

  it('points at the indicator when no value was ever recorded', () => {
    // From the project start 2025-01-01, 47 days: 2025-02-17. The cadence is on line 15.
    expect(timely([], '2025-02-17')).toEqual(['stale@15']);
  });

  it('flags a value dated on or before the baseline date (2025-01-01): status leaves it out', () => {
    expect(timely([['2025-01-01', '100'], ['2025-01-31', '120']], '2025-02-10')).toEqual(['before-baseline@4']);
    expect(timely([['2024-12-31', '100'], ['2025-01-02', '120']], '2025-01-10')).toEqual(['before-baseline@4']);
  });

  it('does not call the values of a project stale when its log could not be read', () => {
    const loaded = load({ 'programme/measurements/platform.yaml': 'project: platform\nmeasurements:\n  - [oops\n' });
    expect(checkTimeliness(loaded.workspace, loaded.model!, '2025-06-01', loaded.m)).toEqual([]);
    expect(loaded.errors).toBeGreaterThan(0);
  });

  it('flags a value dated after the as-of date, but not one on it', () => {
    expect(timely([['2025-01-31', '100']], '2025-01-30')).toEqual(['future-date@4']);
    expect(timely([['2025-01-31', '100']], '2025-01-31')).toEqual([]);
  });
});

describe('term-period: a project should end within its term', () => {
  const ending = (end: string, term = 'short'): string[] =>
    load({
      'programme/projects/platform.yaml': PROJECT_YAML.replace(
        'end: 2026-12-31',
        `end: ${end}`,
      ).replace('term: short', `term: ${term}`),
    }).problems.map((problem) => problem.rule);

  it('accepts the last day of the term and warns from the day after', () => {
    expect(ending('2026-12-31')).toEqual([]);
    expect(ending('2027-01-01')).toEqual(['term-period']);
  });

  it('has an open-ended term start at its from_year', () => {
    expect(ending('2027-01-01', 'long')).toEqual([]);
    expect(ending('2026-12-31', 'long')).toEqual(['term-period']);
  });
});

describe('no-baseline-date: the project start stands in, and status still works', () => {
  const project = PROJECT_YAML.replace('      date: 2025-01-01\n', '').replace(
    'start: 2025-01-01',
    'start: 2025-03-01',
  );

  it('warns at the baseline and uses the project start', () => {
    const loaded = load({ 'programme/projects/platform.yaml': project });
    expect(loaded.problems.map((problem) => `${problem.rule}@${problem.line}`)).toEqual([
      'no-baseline-date@16',
    ]);
    expect(loaded.errors).toBe(0);
    expect(loaded.model?.terms[0]?.projects[0]?.indicators[0]?.indicator.baseline).toEqual({
      value: 0,
      date: '2025-03-01',
    });
  });

  it('lets status run from the project start', () => {
    const dir = programmeTree({
      'programme/projects/platform.yaml': project,
      'programme/measurements/platform.yaml':
        'project: platform\nmeasurements:\n  - indicator: registered-users\n    date: 2025-12-15\n    value: 450\n',
    });
    const run = runCli(['status', '--as-of', '2025-12-31', '--format', 'csv'], dir);
    expect(run.code).toBe(0);
    // Baseline date 2025-03-01; progress 450 / 1000 = 45 %.
    expect(run.stdout.split('\n')[1]).toMatch(
      /^short,platform,registered-users,Registered users,count,increase,level,0,2025-03-01,450,2025-12-15,1000,2026-12-31,0\.45,/,
    );
  });
});
