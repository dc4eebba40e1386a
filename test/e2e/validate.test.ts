import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, makeTree, programmeTree, runCli } from '../helpers.js';

describe('ub2030 validate', () => {
  // The as-of date is fixed so that no test depends on today; warnings (stale data) may appear.
  it('passes on the shipped programme', () => {
    const run = runCli(['validate', '--as-of', '2026-12-01', '--lang', 'en'], ROOT);
    expect(run.stdout).not.toMatch(/ error \[/);
    expect(run.stdout).toMatch(
      /^(No problems found|\d+ warnings?) in \d+ (files|files checked)\.$/m,
    );
    expect(run.code).toBe(0);
  });

  it('passes on every example except the deliberately broken one', () => {
    const examples = readdirSync(join(ROOT, 'examples'), { withFileTypes: true })
      .filter(
        (entry) =>
          entry.isDirectory() && existsSync(join(ROOT, 'examples', entry.name, 'programme.yaml')),
      )
      .filter((entry) => entry.name !== 'broken')
      .map((entry) => entry.name);
    expect(examples.length).toBeGreaterThan(0);
    for (const name of examples) {
      const run = runCli(
        ['validate', '--dir', join('examples', name), '--as-of', '2026-12-01', '--lang', 'en'],
        ROOT,
      );
      expect({ name, errors: run.stdout.match(/ error \[.*/g) ?? [], code: run.code }).toEqual({
        name,
        errors: [],
        code: 0,
      });
    }
  });

  it('finds every listed problem in the broken example, at its line and column, and no more', () => {
    const expected = readFileSync(join(ROOT, 'examples/broken/expected-problems.txt'), 'utf8')
      .trim()
      .split('\n');
    const run = runCli(['validate', '--dir', 'examples/broken', '--as-of', '2025-05-15'], ROOT);
    const found = run.stdout
      .split('\n')
      .filter((line) => / (error|warning) \[/.test(line))
      .map((line) =>
        line
          .replace(/^examples\/broken\//, '')
          .replace(/^(\S+) (error|warning) \[([a-z-]+)\].*$/, '$1 $3'),
      );
    expect(found).toEqual(expected);
    expect(run.stdout).toContain(`${expected.length} errors in 5 files checked.`);
    expect(run.code).toBe(1);
  });

  it('shows the source line with a marker and a hint', () => {
    const run = runCli(['validate', '--dir', 'examples/broken', '--as-of', '2025-05-15'], ROOT);
    expect(run.stdout).toContain(
      [
        'examples/broken/measurements/reading-club.yaml:7:16 error [unknown-indicator] indicator `memebrs` is not ' +
          'defined in project `reading-club`; did you mean `members`?',
        '  7 |   - indicator: memebrs',
        '    |                ^^^^^^^',
        '  hint: the indicators of reading-club are: members, attendance',
      ].join('\n'),
    );
  });

  it('exits 2 with a clear message when no programme is found', () => {
    const dir = makeTree({ 'notes.txt': 'nothing here' });
    const run = runCli(['validate'], dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('No programme found');
    expect(run.stderr).toContain('--dir');
    expect(run.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it('exits 2 on an unknown option', () => {
    const run = runCli(['validate', '--strictt', '--as-of', '2025-02-15'], programmeTree());
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("unknown option '--strictt'");
  });

  it('finds the programme through UB2030_DIR and from a sub-folder', () => {
    const dir = programmeTree();
    const asOf = ['--as-of', '2025-02-15'];
    expect(
      runCli(['validate', ...asOf], ROOT, { UB2030_DIR: join(dir, 'programme') }).stdout,
    ).toContain('in 2 files');
    expect(runCli(['validate', ...asOf], join(dir, 'programme', 'projects')).code).toBe(0);
  });

  it('reports a broken YAML file without a stack trace', () => {
    const dir = programmeTree({
      'programme/measurements/platform.yaml':
        'project: platform\nmeasurements:\n  - indicator: [oops\n',
    });
    const run = runCli(['validate', '--as-of', '2025-02-15'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /programme\/measurements\/platform\.yaml:\d+:\d+ error \[yaml-syntax\]/,
    );
    expect(run.stderr).toBe('');
  });
});

describe('ub2030 validate: formats, warnings and --strict', () => {
  const future = {
    'programme/measurements/platform.yaml':
      'project: platform\nmeasurements:\n  - indicator: registered-users\n    date: 2025-03-31\n    value: 120\n',
  };

  it('passes with warnings, and fails on them with --strict', () => {
    const dir = programmeTree(future);
    const plain = runCli(['validate', '--as-of', '2025-02-15'], dir);
    expect(plain.stdout).toContain('warning [future-date]');
    expect(plain.stdout).toMatch(/^1 warning in 3 files checked\.$/m);
    expect(plain.code).toBe(0);
    const strict = runCli(['validate', '--as-of', '2025-02-15', '--strict'], dir);
    expect(strict.stdout).toContain(
      '1 warning in 3 files checked. With --strict, warnings fail the check too.',
    );
    expect(strict.code).toBe(1);
    const json = JSON.parse(
      runCli(['validate', '--as-of', '2025-02-15', '--strict', '--format', 'json'], dir).stdout,
    );
    expect(json.summary).toEqual({ files: 3, errors: 0, warnings: 1, failed: true });
  });

  it('judges future dates by --as-of, not by the clock', () => {
    const dir = programmeTree(future);
    expect(runCli(['validate', '--as-of', '2025-03-31'], dir).stdout).toMatch(
      /^No problems found in 3 files\.$/m,
    );
  });

  it('writes GitHub annotations by default inside GitHub Actions, and text elsewhere', () => {
    const dir = programmeTree(future);
    const inActions = runCli(['validate', '--as-of', '2025-02-15'], dir, {
      GITHUB_ACTIONS: 'true',
    });
    expect(inActions.stdout.split('\n')[0]).toMatch(
      /^::warning file=programme\/measurements\/platform\.yaml,line=4,/,
    );
    const elsewhere = runCli(['validate', '--as-of', '2025-02-15'], dir, {
      GITHUB_ACTIONS: 'false',
    });
    expect(elsewhere.stdout.split('\n')[0]).toMatch(
      /^programme\/measurements\/platform\.yaml:4:11 warning/,
    );
  });

  it('speaks Dutch with --lang nl, keeping the rule names', () => {
    const run = runCli(
      ['validate', '--as-of', '2025-02-15', '--lang', 'nl'],
      programmeTree(future),
    );
    expect(run.stdout).toContain(
      'waarschuwing [future-date] deze meting is gedateerd op 2025-03-31',
    );
    expect(run.stdout).toContain('  tip: een meting krijgt de laatste dag');
    expect(run.stdout).toMatch(/^1 waarschuwing in 3 gecontroleerde bestanden\.$/m);
  });

  it('refuses an unknown format and a date that is not a date, with exit code 2', () => {
    const dir = programmeTree();
    const format = runCli(['validate', '--format', 'xml'], dir);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain("cannot be 'xml'. Choose one of: text, json, github.");
    const date = runCli(['validate', '--as-of', '2025-02-30'], dir);
    expect(date.code).toBe(2);
    expect(date.stderr).toContain('--as-of 2025-02-30');
    expect(date.stdout).toBe('');
  });

  it('prints JSON that other tools can read, with positions counted from 1', () => {
    const run = runCli(
      ['validate', '--as-of', '2025-02-15', '--format', 'json'],
      programmeTree(future),
    );
    expect(JSON.parse(run.stdout).problems).toEqual([
      {
        file: 'programme/measurements/platform.yaml',
        line: 4,
        column: 11,
        endLine: 4,
        endColumn: 21,
        rule: 'future-date',
        severity: 'warning',
        message: 'this measurement is dated 2025-03-31, which is still in the future on 2025-02-15',
        hint: 'a measurement is dated on the last day of the period it covers; check the year and the month',
      },
    ]);
    expect(run.code).toBe(0);
  });
});
