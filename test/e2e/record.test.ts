import {
  chmodSync, existsSync, readFileSync, readdirSync, statSync, writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { programmeTree } from '../helpers.js';
import { logPath, run, run as runCli } from '../record-helpers.js';

/** A log as people write it: comments, blank lines, quoting, a flow mapping and odd spacing. */
const COMMENTED_LOG = `# yaml-language-server: $schema=../../schema/measurements.schema.json
# Metingen van het platform — let op: 'note' mag ook tussen "quotes".

project: platform   # the project id
measurements:
  # eerste kwartaal
  - indicator: registered-users
    date: 2025-03-31
    value: 120
    note: 'Na de lancering: veel aanmeldingen'

  - {indicator: registered-users, date: 2025-06-30, value: 260}
  # zomer
`;

describe('ub2030 record', () => {
  it('appends one entry and keeps every other byte of a commented log', () => {
    const dir = programmeTree({ 'programme/measurements/platform.yaml': COMMENTED_LOG });
    const run = runCli(
      [
        'record',
        'platform/registered-users',
        '410',
        '--date',
        '2025-09-30',
        '--note',
        'Na de zomer: 410 # echt',
        '--source',
        'dashboard',
      ],
      dir,
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      'Recorded platform/registered-users = 410 on 2025-09-30 in programme/measurements/platform.yaml.\n',
    );
    expect(readFileSync(logPath(dir), 'utf8')).toBe(`${COMMENTED_LOG}  - indicator: registered-users
    date: 2025-09-30
    value: 410
    note: "Na de zomer: 410 # echt"
    source: dashboard
`);
    expect(runCli(['validate'], dir).code).toBe(0);
    expect(readdirSync(join(dir, 'programme', 'measurements')).sort()).toEqual([
      '.ub2030',
      'platform.yaml',
    ]);
    expect(readdirSync(join(dir, 'programme', 'measurements', '.ub2030')).sort()).toEqual([
      '.gitignore',
      'platform.yaml.journal',
    ]);
  });

  it('keeps CRLF line endings and a missing final newline', () => {
    const crlf =
      'project: platform\r\nmeasurements:\r\n    -   indicator: registered-users\r\n        date: 2025-03-31\r\n        value: 1';
    const dir = programmeTree({ 'programme/measurements/platform.yaml': crlf });
    expect(
      runCli(['record', 'platform/registered-users', '12,5', '--date', '2025-04-30'], dir).stderr,
    ).toContain('The value 12,5 must be a whole number.');
    expect(
      runCli(['record', 'platform/registered-users', '12', '--date', '2025-04-30'], dir).code,
    ).toBe(0);
    expect(readFileSync(logPath(dir), 'utf8')).toBe(
      `${crlf}\r\n    -   indicator: registered-users\r\n        date: 2025-04-30\r\n        value: 12\r\n`,
    );
  });

  it('starts a log for a project that has none', () => {
    const dir = programmeTree();
    expect(
      runCli(['record', 'platform/registered-users', '5', '--date', '2025-02-28'], dir).code,
    ).toBe(0);
    expect(readFileSync(logPath(dir), 'utf8')).toContain(
      'project: platform\nmeasurements:\n  - indicator: registered-users\n',
    );
    expect(runCli(['validate'], dir).code).toBe(0);
  });

  it('fills an empty flow list in place', () => {
    const dir = programmeTree({
      'programme/measurements/platform.yaml': 'project: platform\nmeasurements: []\n',
    });
    expect(
      runCli(['record', 'platform/registered-users', '5', '--date', '2025-02-28'], dir).code,
    ).toBe(0);
    expect(readFileSync(logPath(dir), 'utf8')).toBe(
      'project: platform\nmeasurements:\n  - indicator: registered-users\n    date: 2025-02-28\n    value: 5\n',
    );
  });

  it('rejects an unknown indicator with the closest names', () => {
    const dir = programmeTree({ 'programme/measurements/platform.yaml': COMMENTED_LOG });
    const run = runCli(['record', 'platform/registerd-users', '5'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'Indicator `registerd-users` is not defined in project `platform`; did you mean `registered-users`?',
    );
    expect(readFileSync(logPath(dir), 'utf8')).toBe(COMMENTED_LOG);
  });

  it('rejects values that do not fit the unit and dates that do not exist, writing nothing', () => {
    const dir = programmeTree({ 'programme/measurements/platform.yaml': COMMENTED_LOG });
    const cases: [string[], string][] = [
      [['platform/registered-users', '12.5', '--date', '2025-04-30'], 'must be a whole number'],
      [['platform/registered-users', '-3', '--date', '2025-04-30'], 'is below 0'],
      [['platform/registered-users', 'twelve', '--date', '2025-04-30'], 'is not a number'],
      [['platform/registered-users', '12', '--date', '2025-02-30'], 'this day does not exist'],
      [['platform/registered-users', '12', '--date', '31-04-2025'], 'this day does not exist'],
      [
        ['platform/registered-users', '12', '--date', '2025/04/30'],
        'this is not a date ub2030 can read',
      ],
      [['platform/registered-users', '12%', '--date', '2025-04-30'], 'not measured in percent'],
      [['platform/registered-users', '12', '--date', '2031-01-01'], 'outside the programme'],
    ];
    for (const [args, message] of cases) {
      const run = runCli(['record', ...args], dir);
      expect({ args, code: run.code, message: run.stderr.includes(message) }).toEqual({
        args,
        code: 2,
        message: true,
      });
    }
    expect(readFileSync(logPath(dir), 'utf8')).toBe(COMMENTED_LOG);
  });

  it('refuses a second value for the same indicator and date', () => {
    const dir = programmeTree({ 'programme/measurements/platform.yaml': COMMENTED_LOG });
    const run = runCli(['record', 'platform/registered-users', '300', '--date', '2025-06-30'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('already has a value for 2025-06-30');
    expect(readFileSync(logPath(dir), 'utf8')).toBe(COMMENTED_LOG);
  });

  it('shows but does not write with --dry-run', () => {
    const dir = programmeTree({ 'programme/measurements/platform.yaml': COMMENTED_LOG });
    const run = runCli(
      ['record', 'platform/registered-users', '1840', '--date', '2025-10-31', '--dry-run'],
      dir,
    );
    expect(run.stdout).toContain('Would record platform/registered-users = 1,840 on 2025-10-31');
    expect(readFileSync(logPath(dir), 'utf8')).toBe(COMMENTED_LOG);
  });

  it('accepts negative values where the unit allows them', () => {
    const project = readFileSync(
      join(programmeTree(), 'programme/projects/platform.yaml'),
      'utf8',
    ).replace(
      'unit: count',
      'unit: number\n    unit_name: NPS points\n    scale: {min: -100, max: 100}',
    );
    const dir = programmeTree({ 'programme/projects/platform.yaml': project });
    expect(
      runCli(['record', 'platform/registered-users', '-3', '--date', '2025-02-28'], dir).code,
    ).toBe(0);
    expect(
      runCli(['record', 'platform/registered-users', '-0.5', '--date', '2025-03-31'], dir).code,
    ).toBe(0);
    expect(readFileSync(logPath(dir), 'utf8')).toContain('    value: -3\n');
    expect(readFileSync(logPath(dir), 'utf8')).toContain('    value: -0.5\n');
  });

  it('refuses to touch a log that has problems of its own', () => {
    const broken = 'project: platform\nmeasurements:\n  - indicator: [oops\n';
    const dir = programmeTree({ 'programme/measurements/platform.yaml': broken });
    const run = runCli(['record', 'platform/registered-users', '3', '--date', '2025-02-28'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('has problems, so nothing was added');
    expect(readFileSync(logPath(dir), 'utf8')).toBe(broken);
  });
});

describe('ub2030 record, forgiving input', () => {
  const PROJECT = readFileSync(join(programmeTree(), 'programme/projects/platform.yaml'), 'utf8');
  const withUnit = (unit: string) =>
    programmeTree({
      'programme/projects/platform.yaml': PROJECT.replace('unit: count', unit).replace('value: 1000', 'value: 90'),
    });

  it.each([
    ['unit: euro', '€ 12.500', '12500'],
    ['unit: euro', '€12.500,50', '12500.5'],
    ['unit: percent', '75%', '75'],
    ['unit: percent', '12,5', '12.5'],
    ['unit: count', '1.234', '1234'],
    ['unit: minutes', '7,5 min', '7.5'],
  ])('with %s, "%s" is written as %s and reads back equal', (unit, typed, written) => {
    const dir = withUnit(unit);
    const result = run(['record', 'platform/registered-users', typed, '--date', '31-3-2025'], dir);
    expect(result.stderr).toBe('');
    expect(readFileSync(logPath(dir), 'utf8')).toContain(
      `  - indicator: registered-users\n    date: 2025-03-31\n    value: ${written}\n`,
    );
    expect(run(['validate'], dir).code).toBe(0);
  });

  it('explains an ambiguous value in Dutch and says how to write it', () => {
    const dir = withUnit('unit: minutes');
    const result = run(['--lang', 'nl', 'record', 'platform/registered-users', '7.500', '--date', '2025-03-31'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'fout: De waarde "7.500" kan op twee manieren gelezen worden: als 7500 (het teken scheidt ' +
        'duizendtallen, zoals in het Nederlands) of als 7,5 (een decimaalteken, zoals in het Engels).\n' +
        'tip: Schrijf 7500 of 7,5, net wat u bedoelt.\n',
    );
    expect(existsSync(logPath(dir))).toBe(false);
  });

  it('records who measured: --by, else the git user name', () => {
    const dir = programmeTree();
    const gitConfig = join(dir, 'gitconfig');
    writeFileSync(gitConfig, '[user]\n\tname = Sanne de Vries\n');
    expect(run(['record', 'platform/registered-users', '5', '--date', '2025-02-28'], dir, { GIT_CONFIG_GLOBAL: gitConfig }).code).toBe(0);
    expect(run(['record', 'platform/registered-users', '6', '--date', '2025-03-31', '--by', 'Piet'], dir, { GIT_CONFIG_GLOBAL: gitConfig }).code).toBe(0);
    expect(readFileSync(logPath(dir), 'utf8')).toContain(
      '    date: 2025-02-28\n    value: 5\n    by: Sanne de Vries\n  - indicator: registered-users\n    date: 2025-03-31\n    value: 6\n    by: Piet\n',
    );
  });

  it('refuses a read-only log and leaves it as it was', () => {
    const dir = programmeTree({ 'programme/measurements/platform.yaml': COMMENTED_LOG });
    chmodSync(logPath(dir), 0o444);
    const result = runCli(['record', 'platform/registered-users', '7', '--date', '2025-10-31'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('programme/measurements/platform.yaml is read-only');
    expect(readFileSync(logPath(dir), 'utf8')).toBe(COMMENTED_LOG);
    expect(statSync(logPath(dir)).mode & 0o777).toBe(0o444);
  });

  it('takes -0,5 as a value, not an option, and a value typed as several words', () => {
    const project = readFileSync(join(programmeTree(), 'programme/projects/platform.yaml'), 'utf8')
      .replace('unit: count', 'unit: number\n    unit_name: NPS points\n    scale: {min: -100, max: 100}');
    const dir = programmeTree({ 'programme/projects/platform.yaml': project });
    expect(runCli(['record', 'platform/registered-users', '-0,5', '--date', '2025-02-28'], dir).code).toBe(0);
    // `1 250` typed without quotes: read as one value, 1250, which is above the scale's 100
    const split = runCli(['record', 'platform/registered-users', '1', '250', '--date', '2025-03-31'], dir);
    expect(split.code).toBe(2);
    expect(split.stderr).toContain('The value 1 250 is above 100');
    expect(readFileSync(logPath(dir), 'utf8')).toContain('    date: 2025-02-28\n    value: -0.5\n');
  });

  it('appends to a log saved with a byte-order mark, keeping the mark', () => {
    const dir = programmeTree({ 'programme/measurements/platform.yaml': `\ufeff${COMMENTED_LOG}` });
    expect(runCli(['record', 'platform/registered-users', '7', '--date', '2025-10-31'], dir).code).toBe(0);
    const text = readFileSync(logPath(dir), 'utf8');
    expect(text.startsWith(`\ufeff${COMMENTED_LOG}`)).toBe(true);
    expect(text.endsWith('    date: 2025-10-31\n    value: 7\n')).toBe(true);
  });

  it('records a value dated on or before the baseline, and says status will leave it out', () => {
    const dir = programmeTree();
    const run = runCli(['record', 'platform/registered-users', '3', '--date', '2025-01-01'], dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("2025-01-01 is on or before this indicator's baseline date (2025-01-01)");
    expect(readFileSync(logPath(dir), 'utf8')).toContain('    date: 2025-01-01\n    value: 3\n');
  });
});
