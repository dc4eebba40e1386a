import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, makeTree, programmeTree, runCli } from '../helpers.js';

describe('ub2030 validate', () => {
  it('passes on the shipped programme', () => {
    const run = runCli(['validate'], ROOT);
    expect(run.stdout).toMatch(/^No problems found in \d+ files\.\n$/);
    expect(run.code).toBe(0);
  });

  it('passes on every example except the deliberately broken one', () => {
    const examples = readdirSync(join(ROOT, 'examples'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && entry.name !== 'broken')
      .map((entry) => entry.name);
    expect(examples.length).toBeGreaterThan(0);
    for (const name of examples) {
      const run = runCli(['validate', '--dir', join('examples', name)], ROOT);
      expect({ name, out: run.stdout, code: run.code }).toEqual({ name, out: expect.stringMatching(/^No problems found/), code: 0 });
    }
  });

  it('finds every listed problem in the broken example, at its line and column, and nothing else', () => {
    const expected = readFileSync(join(ROOT, 'examples/broken/expected-problems.txt'), 'utf8').trim().split('\n');
    const run = runCli(['validate', '--dir', 'examples/broken'], ROOT);
    const found = run.stdout
      .split('\n')
      .filter((line) => / (error|warning) \[/.test(line))
      .map((line) => line.replace(/^examples\/broken\//, '').replace(/^(\S+) (error|warning) \[([a-z-]+)\].*$/, '$1 $3'));
    expect(found).toEqual(expected);
    expect(run.stdout).toContain(`${expected.length} errors in 5 files checked.`);
    expect(run.code).toBe(1);
  });

  it('shows the source line with a marker and a hint', () => {
    const run = runCli(['validate', '--dir', 'examples/broken'], ROOT);
    expect(run.stdout).toContain([
      'examples/broken/measurements/reading-club.yaml:7:16 error [unknown-indicator] indicator `memebrs` is not '
        + 'defined in project `reading-club`; did you mean `members`?',
      '  7 |   - indicator: memebrs',
      '    |                ^^^^^^^',
      '  hint: the indicators of reading-club are: members, attendance',
    ].join('\n'));
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
    const run = runCli(['validate', '--strictt'], programmeTree());
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("unknown option '--strictt'");
  });

  it('finds the programme through UB2030_DIR and from a sub-folder', () => {
    const dir = programmeTree();
    expect(runCli(['validate'], ROOT, { UB2030_DIR: join(dir, 'programme') }).stdout).toContain('in 2 files');
    expect(runCli(['validate'], join(dir, 'programme', 'projects')).code).toBe(0);
  });

  it('reports a broken YAML file without a stack trace', () => {
    const dir = programmeTree({ 'programme/measurements/platform.yaml': 'project: platform\nmeasurements:\n  - indicator: [oops\n' });
    const run = runCli(['validate'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/programme\/measurements\/platform\.yaml:\d+:\d+ error \[yaml-syntax\]/);
    expect(run.stderr).toBe('');
  });
});
