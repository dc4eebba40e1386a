import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { PROJECT_YAML, programmeTree } from '../helpers.js';
import { logPath, run } from '../record-helpers.js';

/** A second project with a euro indicator and a ratio, so that one import touches two logs. */
const FUNDS_YAML = PROJECT_YAML.replace('id: platform', 'id: funds')
  .replace('title: Platform', 'title: Funds')
  .replace(
    /indicators:[\s\S]*$/,
    `indicators:
  - id: subsidy
    title: Subsidy received
    unit: euro
    direction: increase
    aggregation: events
    cadence: quarterly
    baseline: {value: 0, date: 2025-01-01}
    target: {value: 100000, deadline: 2026-12-31}
  - id: engagement
    title: Interactions per post
    unit: number
    direction: increase
    aggregation: ratio
    ratio: {numerator: interactions, denominator: posts}
    cadence: monthly
    baseline: {value: 1, date: 2025-01-01}
    target: {value: 5, deadline: 2026-12-31}
`,
  );

/** As Dutch Excel saves "CSV UTF-8": a byte-order mark, semicolons, decimal commas, CRLF. */
const DUTCH_CSV =
  '\uFEFF' +
  [
    'Project;Indicator;Datum;Waarde;Teller;Noemer;Notitie;Bron;Door',
    'platform;registered-users;31-1-2025;1.234;;;eerste maand;dashboard;Sanne de Vries',
    'funds;subsidy;31-03-2025;12.500,50;;;"toekenning; eerste tranche";gemeente;Piet',
    'funds;engagement;2025-01-31;;412;38;"zei: ""top""";;',
    ';;;;;;;;',
    'platform;registered-users;28-2-2025;1.300;;;"regel 1\nregel 2";dashboard;',
  ].join('\r\n') +
  '\r\n';

function tree(): string {
  return programmeTree({
    'programme/projects/funds.yaml': FUNDS_YAML,
    'programme/measurements/platform.yaml': 'project: platform\nmeasurements:\n',
  });
}

function entries(dir: string, project: string): unknown[] {
  return (parse(readFileSync(logPath(dir, project), 'utf8')) as { measurements: unknown[] })
    .measurements;
}

describe('ub2030 import', () => {
  it('imports a Dutch Excel export exactly: every cell reads back as written', () => {
    const dir = tree();
    writeFileSync(join(dir, 'metingen.csv'), DUTCH_CSV);
    const result = run(['import', 'metingen.csv'], dir);

    expect(result.stderr).toBe('Read as: columns separated by ";", decimal comma.\n');
    expect(result.stdout).toBe(
      'Imported 4 measurements: 2 into programme/measurements/platform.yaml, ' +
        '2 into programme/measurements/funds.yaml.\n',
    );
    expect(result.code).toBe(0);
    expect(entries(dir, 'platform')).toEqual([
      {
        indicator: 'registered-users',
        date: '2025-01-31',
        value: 1234,
        note: 'eerste maand',
        source: 'dashboard',
        by: 'Sanne de Vries',
      },
      {
        indicator: 'registered-users',
        date: '2025-02-28',
        value: 1300,
        note: 'regel 1\nregel 2',
        source: 'dashboard',
      },
    ]);
    expect(entries(dir, 'funds')).toEqual([
      {
        indicator: 'subsidy',
        date: '2025-03-31',
        value: 12500.5,
        note: 'toekenning; eerste tranche',
        source: 'gemeente',
        by: 'Piet',
      },
      {
        indicator: 'engagement',
        date: '2025-01-31',
        numerator: 412,
        denominator: 38,
        note: 'zei: "top"',
      },
    ]);
    expect(readFileSync(logPath(dir, 'funds'), 'utf8')).toContain(
      '    value: 12500.5\n    note: toekenning; eerste tranche\n',
    );
    expect(run(['validate'], dir).code).toBe(0);
  });

  it('checks every row first and writes nothing when one is wrong, naming each bad line', () => {
    const dir = tree();
    const before = readFileSync(logPath(dir), 'utf8');
    writeFileSync(
      join(dir, 'bad.csv'),
      [
        'project,indicator,date,value',
        'platform,registered-users,2025-01-31,10',
        'platform,registered-users,2025-02-30,11',
        'platform,registerd-users,2025-03-31,12',
        'platform,registered-users,2025-01-31,13',
        'platform,registered-users,2025-04-30,"12,5"',
        'platform,registered-users,,14',
      ].join('\n'),
    );
    const result = run(['import', 'bad.csv'], dir);

    expect(result.code).toBe(1);
    expect(result.stderr.split('\n')).toEqual([
      'bad.csv:3: date 2025-02-30: this day does not exist in the calendar. Check the day and the month.',
      'bad.csv:4: Indicator `registerd-users` is not defined in project `platform`; did you mean `registered-users`? ' +
        'The indicators of platform are: registered-users.',
      'bad.csv:5: this indicator and date are already on line 2 of the file. Keep one of the two rows.',
      'bad.csv:6: The value 12,5 must be a whole number. `registered-users` is measured in counts (whole numbers).',
      'bad.csv:7: the date cell is empty.',
      '5 rows of 6 have problems, so nothing was imported. Fix the rows and import the file again.',
      '',
    ]);
    expect(readFileSync(logPath(dir), 'utf8')).toBe(before);
    expect(existsSync(logPath(dir, 'funds'))).toBe(false);
  });

  it('maps columns by option, shows what it would write with --dry-run, and writes nothing', () => {
    const dir = tree();
    writeFileSync(
      join(dir, 'export.csv'),
      'Meetdatum\tAantal\tIndicator\n30-4-2025\t1.500\tregistered-users\n',
    );
    const result = run(
      [
        'import',
        'export.csv',
        '--project',
        'platform',
        '--column',
        'date=meetdatum',
        '--column',
        'value=Aantal',
        '--dry-run',
      ],
      dir,
    );

    expect(result.stdout).toBe(
      'Would add 1 entry to programme/measurements/platform.yaml:\n' +
        '  - indicator: registered-users\n    date: 2025-04-30\n    value: 1500\n',
    );
    expect(result.stderr).toBe(
      'Read as: columns separated by tabs, decimal separator told per value.\nDry run: nothing written.\n',
    );
    expect(entries(dir, 'platform')).toBeNull();
  });

  it('says which column is missing and how to name it', () => {
    const dir = tree();
    writeFileSync(
      join(dir, 'x.csv'),
      'project;indicator;when;value\nplatform;registered-users;2025-01-31;1\n',
    );
    const result = run(['import', 'x.csv'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'error: x.csv has no column for `date` (looked for a header named "date", "datum", "peildatum").\n' +
        'hint: Its columns are: "project", "indicator", "when", "value"; name the right one with --column, for example --column value=Aantal.\n',
    );
  });

  it('refuses a file that is not UTF-8, as older Excel saves it', () => {
    const dir = tree();
    writeFileSync(
      join(dir, 'ansi.csv'),
      Buffer.from(
        'project;indicator;datum;waarde;notitie\nplatform;registered-users;31-1-2025;5;caf\xe9\n',
        'latin1',
      ),
    );
    const result = run(['import', 'ansi.csv'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'ansi.csv is not UTF-8 text.\nhint: In Excel, save it as "CSV UTF-8 (comma delimited)"',
    );
  });
});
