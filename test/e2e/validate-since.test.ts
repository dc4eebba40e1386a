/**
 * `validate --since REV` in a real temporary git repository: edits to recorded values and to an
 * indicator's definition since that revision are warnings; a bad revision is a usage error.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_YAML, makeTree, programmeTree, runCli } from '../helpers.js';

const LOG = `project: platform
measurements:
  - indicator: registered-users
    date: 2025-01-31
    value: 120
  - indicator: registered-users
    date: 2025-02-28
    value: 180
`;
const AS_OF = ['--as-of', '2025-03-10'];

/** A repository whose first commit holds the minimal programme with two recorded values. */
function repository(): {
  dir: string;
  git: (...args: string[]) => void;
  edit: (path: string, change: (text: string) => string) => void;
} {
  const dir = programmeTree({ 'programme/measurements/platform.yaml': LOG });
  const git = (...args: string[]): void => {
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], {
      cwd: dir,
      stdio: 'ignore',
    });
  };
  git('init', '-q');
  git('add', '.');
  git('commit', '-q', '-m', 'first values');
  const edit = (path: string, change: (text: string) => string): void => {
    const full = join(dir, 'programme', path);
    writeFileSync(full, change(readFileSync(full, 'utf8')));
  };
  return { dir, git, edit };
}

describe('ub2030 validate --since', () => {
  it('is quiet when values were only added', () => {
    const { dir, edit } = repository();
    edit(
      'measurements/platform.yaml',
      (text) => `${text}  - indicator: registered-users\n    date: 2025-03-31\n    value: 230\n`,
    );
    const run = runCli(['validate', '--since', 'HEAD', '--as-of', '2025-04-10'], dir);
    expect(run.stdout).toBe('No problems found in 3 files.\n');
    expect(run.code).toBe(0);
  });

  it('flags a rewritten measurement, at its value, as a warning', () => {
    const { dir, edit } = repository();
    edit('measurements/platform.yaml', (text) => text.replace('value: 120', 'value: 125'));
    const run = runCli(['validate', '--since', 'HEAD', ...AS_OF], dir);
    expect(run.stdout).toContain(
      [
        'programme/measurements/platform.yaml:5:12 warning [measurement-changed] the value of `registered-users` on ' +
          '2025-01-31 was changed since HEAD, from 120 to 125',
        '  5 |     value: 125',
        '    |            ^^^',
      ].join('\n'),
    );
    expect(run.stdout).toMatch(/^1 warning in 3 files checked\.$/m);
    expect(run.code).toBe(0);
    expect(runCli(['validate', '--since', 'HEAD', '--strict', ...AS_OF], dir).code).toBe(1);
  });

  it('accepts a corrected value whose note says why', () => {
    const { dir, edit } = repository();
    edit('measurements/platform.yaml', (text) =>
      text.replace('value: 120', 'value: 125\n    note: counted again; five accounts were missing'),
    );
    expect(runCli(['validate', '--since', 'HEAD', ...AS_OF], dir).stdout).toBe(
      'No problems found in 3 files.\n',
    );
  });

  it('flags a removed measurement, and compares with an older revision too', () => {
    const { dir, edit, git } = repository();
    git('commit', '-q', '--allow-empty', '-m', 'nothing');
    edit('measurements/platform.yaml', (text) =>
      text.replace(/ {2}- indicator: registered-users\n {4}date: 2025-01-31\n {4}value: 120\n/, ''),
    );
    const run = runCli(['validate', '--since', 'HEAD~1', '--format', 'json', ...AS_OF], dir);
    const problems = JSON.parse(run.stdout).problems as {
      rule: string;
      line: number;
      message: string;
    }[];
    expect(problems.map(({ rule, line, message }) => ({ rule, line, message }))).toEqual([
      {
        rule: 'measurement-removed',
        line: 2,
        message: 'the value of `registered-users` on 2025-01-31 was removed since HEAD~1',
      },
    ]);
  });

  it('flags a change of aggregation after values were recorded: a break in the series', () => {
    const { dir, edit } = repository();
    edit('projects/platform.yaml', (text) =>
      text.replace('aggregation: level', 'aggregation: events'),
    );
    const run = runCli(['validate', '--since', 'HEAD', ...AS_OF], dir);
    expect(run.stdout).toContain(
      'programme/projects/platform.yaml:14:18 warning [series-break] `aggregation` of indicator ' +
        '`registered-users` changed since HEAD, from level to events, while values were already recorded',
    );
  });

  it('lets a definition change before any value was recorded', () => {
    const dir = programmeTree();
    execFileSync('git', ['init', '-q'], { cwd: dir });
    execFileSync(
      'git',
      [
        '-c',
        'user.name=T',
        '-c',
        'user.email=t@example.org',
        'commit',
        '-q',
        '--allow-empty',
        '-m',
        'empty',
      ],
      { cwd: dir },
    );
    execFileSync('git', ['add', '.'], { cwd: dir });
    execFileSync(
      'git',
      ['-c', 'user.name=T', '-c', 'user.email=t@example.org', 'commit', '-q', '-m', 'programme'],
      { cwd: dir },
    );
    writeFileSync(
      join(dir, 'programme/projects/platform.yaml'),
      PROJECT_YAML.replace('unit: count', 'unit: percent').replace('value: 1000', 'value: 80'),
    );
    expect(runCli(['validate', '--since', 'HEAD', '--as-of', '2025-02-15'], dir).stdout).toBe(
      'No problems found in 2 files.\n',
    );
  });

  it('refuses a revision git does not know, and a folder outside git, with exit code 2', () => {
    const { dir } = repository();
    const bad = runCli(['validate', '--since', 'no-such-branch', ...AS_OF], dir);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('--since no-such-branch: git does not know this revision.');
    const option = runCli(['validate', '--since', '--help', ...AS_OF], dir);
    expect(option.code).toBe(2);

    const outside = runCli(
      ['validate', '--since', 'HEAD', ...AS_OF],
      makeTree({
        'programme/programme.yaml': readFileSync(
          join(repository().dir, 'programme/programme.yaml'),
          'utf8',
        ),
      }),
    );
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain('is not inside a git repository');
  });
});
