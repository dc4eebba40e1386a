import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProgramme } from '../../src/commands/load.js';
import { PROJECT_YAML, programmeTree } from '../helpers.js';

/** The problems of a programme made of the minimal one plus `extra` files, as `rule@line:col`. */
function problemsOf(extra: Record<string, string>): string[] {
  const dir = programmeTree(extra);
  const loaded = loadProgramme(join(dir, 'programme'), 'en');
  return loaded.problems.map((problem) =>
    `${problem.rule}@${problem.file.slice(dir.length + 'programme/'.length + 1)}:${problem.line}:${problem.column}`);
}

const log = (lines: string) => ({ 'programme/measurements/platform.yaml': `project: platform\nmeasurements:\n${lines}` });

describe('checks on measurements', () => {
  it('accepts a clean log', () => {
    expect(problemsOf(log('  - indicator: registered-users\n    date: 2025-03-31\n    value: 120\n'))).toEqual([]);
  });

  it('finds an unknown indicator and suggests the closest', () => {
    const dir = programmeTree(log('  - indicator: registerd-users\n    date: 2025-03-31\n    value: 120\n'));
    const [problem] = loadProgramme(join(dir, 'programme'), 'en').problems;
    expect(problem?.rule).toBe('unknown-indicator');
    expect(problem?.line).toBe(3);
    expect(problem?.column).toBe(16);
    expect(problem?.message).toContain('did you mean `registered-users`?');
  });

  it('refuses a date that is not in the calendar', () => {
    expect(problemsOf(log('  - indicator: registered-users\n    date: 2025-02-30\n    value: 120\n')))
      .toEqual(['date@measurements/platform.yaml:4:11']);
  });

  it('refuses a date outside the programme', () => {
    expect(problemsOf(log('  - indicator: registered-users\n    date: 2031-01-31\n    value: 120\n')))
      .toEqual(['date-range@measurements/platform.yaml:4:11']);
  });

  it('refuses values that do not fit the unit: a fraction or a negative count', () => {
    expect(problemsOf(log([
      '  - indicator: registered-users', '    date: 2025-03-31', '    value: 12.5',
      '  - indicator: registered-users', '    date: 2025-04-30', '    value: -3', '',
    ].join('\n')))).toEqual([
      'value-unit@measurements/platform.yaml:5:12',
      'value-unit@measurements/platform.yaml:8:12',
    ]);
  });

  it('finds two values for one indicator on one date', () => {
    expect(problemsOf(log([
      '  - indicator: registered-users', '    date: 2025-03-31', '    value: 12',
      '  - indicator: registered-users', '    date: 2025-03-31', '    value: 13', '',
    ].join('\n')))).toEqual(['duplicate-measurement@measurements/platform.yaml:7:11']);
  });

  it('reports a decimal comma with the way to write it', () => {
    const dir = programmeTree(log('  - indicator: registered-users\n    date: 2025-03-31\n    value: 12,5\n'));
    const [problem] = loadProgramme(join(dir, 'programme'), 'en').problems;
    expect(problem?.line).toBe(5);
    expect(problem?.hint).toContain('12.5');
  });
});

describe('checks on the files themselves', () => {
  it('reports a duplicate key, a tab and a conflict marker at their lines', () => {
    expect(problemsOf({
      'programme/measurements/platform.yaml': 'project: platform\nproject: platform\nmeasurements: []\n',
    })).toEqual(['duplicate-key@measurements/platform.yaml:2:1']);
    expect(problemsOf({
      'programme/measurements/platform.yaml': 'project: platform\nmeasurements:\n\t- indicator: x\n',
    })).toContain('tab-indent@measurements/platform.yaml:3:1');
    expect(problemsOf({
      'programme/measurements/platform.yaml': 'project: platform\n<<<<<<< HEAD\nmeasurements: []\n=======\nmeasurements:\n>>>>>>> other\n',
    })).toEqual([
      'conflict-marker@measurements/platform.yaml:2:1',
      'conflict-marker@measurements/platform.yaml:4:1',
      'conflict-marker@measurements/platform.yaml:6:1',
    ]);
  });

  it('reports a YAML syntax error at its line', () => {
    const problems = problemsOf({ 'programme/measurements/platform.yaml': 'project: platform\nmeasurements:\n  - indicator: [x\n' });
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((problem) => problem.startsWith('yaml-syntax@measurements/platform.yaml:'))).toBe(true);
  });

  it('reports an unknown key with the closest known one', () => {
    const dir = programmeTree({ 'programme/projects/platform.yaml': PROJECT_YAML.replace('cadence:', 'cadense:') });
    const problems = loadProgramme(join(dir, 'programme'), 'en').problems;
    const unknown = problems.find((problem) => problem.rule === 'unknown-key');
    expect(unknown?.line).toBe(15);
    expect(unknown?.message).toContain('did you mean `cadence`?');
  });
});

describe('checks on projects', () => {
  it('finds a baseline and target that disagree with the direction', () => {
    const wrong = PROJECT_YAML.replace('direction: increase', 'direction: decrease');
    expect(problemsOf({ 'programme/projects/platform.yaml': wrong })).toEqual(['direction@projects/platform.yaml:20:14']);
  });

  it('finds an unknown term, and an id that differs from the file name', () => {
    const wrong = PROJECT_YAML.replace('term: short', 'term: shrot').replace('id: platform', 'id: plattform');
    expect(problemsOf({ 'programme/projects/platform.yaml': wrong })).toEqual([
      'file-name@projects/platform.yaml:1:5',
      'unknown-term@projects/platform.yaml:3:7',
    ]);
  });

  it('finds duplicate indicator ids', () => {
    const indicator = PROJECT_YAML.slice(PROJECT_YAML.indexOf('  - id: registered-users'));
    expect(problemsOf({ 'programme/projects/platform.yaml': PROJECT_YAML + indicator }))
      .toEqual(['duplicate-id@projects/platform.yaml:22:9']);
  });
});

describe('links out of the programme folder', () => {
  it('reports a file, or a whole folder, that is a link to somewhere outside', async () => {
    const { mkdirSync, symlinkSync, writeFileSync } = await import('node:fs');
    const dir = programmeTree();
    mkdirSync(join(dir, 'elsewhere'));
    writeFileSync(join(dir, 'elsewhere/platform.yaml'), 'project: platform\nmeasurements: []\n');
    symlinkSync(join(dir, 'elsewhere'), join(dir, 'programme/measurements'));
    const loaded = loadProgramme(join(dir, 'programme'), 'en');
    expect(loaded.problems.map((problem) => [problem.rule, problem.message])).toEqual([
      ['link-outside', 'this file is a link to ../elsewhere/platform.yaml, outside the programme folder'],
    ]);
  });
});

describe('values written the wrong way', () => {
  it('reports a wrongly written date once, not also as "not a real date"', () => {
    expect(problemsOf(log('  - indicator: registered-users\n    date: 2025-3-31\n    value: 120\n')))
      .toEqual(['date@measurements/platform.yaml:4:11']);
  });

  it('suggests the whole number when a count is written with a Dutch thousands separator', () => {
    const dir = programmeTree(log('  - indicator: registered-users\n    date: 2025-03-31\n    value: 1.840\n'));
    const [problem] = loadProgramme(join(dir, 'programme'), 'en').problems;
    expect(problem?.message).toBe('the value 1.84 must be a whole number (count); if you meant 1840, '
      + 'write it without a thousands separator');
  });

  it('refuses a value too large to keep exactly', () => {
    expect(problemsOf(log('  - indicator: registered-users\n    date: 2025-03-31\n    value: 99999999999999999999\n')))
      .toEqual(['value-unit@measurements/platform.yaml:5:12']);
  });
});

describe('a broken structure', () => {
  it('is one problem at the first place, not a cascade, and says indentation', () => {
    const wrong = PROJECT_YAML.replace('    direction: increase', '   direction: increase');
    const dir = programmeTree({ 'programme/projects/platform.yaml': wrong });
    const problems = loadProgramme(join(dir, 'programme'), 'en').problems;
    expect(problems.map((problem) => `${problem.rule}@${problem.line}:${problem.column}`))
      .toEqual(['yaml-syntax@13:1']);
    expect(problems[0]?.message).toContain('this line is indented wrongly for its place');
  });

  it('still reports every duplicate key', () => {
    const twice = PROJECT_YAML.replace('title: Platform\n', 'title: Platform\ntitle: Again\n')
      .replace('    cadence: monthly\n', '    cadence: monthly\n    cadence: yearly\n');
    const dir = programmeTree({ 'programme/projects/platform.yaml': twice });
    expect(loadProgramme(join(dir, 'programme'), 'en').problems.map((problem) => problem.rule))
      .toEqual(['duplicate-key', 'duplicate-key']);
  });
});
