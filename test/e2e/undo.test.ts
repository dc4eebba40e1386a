import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { programmeTree } from '../helpers.js';
import { logPath, run } from '../record-helpers.js';

const LOG = `# the platform's log
project: platform
measurements:
  - indicator: registered-users
    date: 2025-01-31
    value: 10   # first count
`;

const record = (dir: string, value: string, date: string, ...more: string[]) =>
  run(['record', 'platform/registered-users', value, '--date', date, ...more], dir);

describe('ub2030 undo', () => {
  it('takes back the last record, byte for byte, and then the one before', () => {
    const dir = programmeTree({ 'programme/measurements/platform.yaml': LOG });
    expect(record(dir, '20', '2025-02-28').code).toBe(0);
    const afterFirst = readFileSync(logPath(dir), 'utf8');
    expect(record(dir, '30', '2025-03-31', '--note', 'maart').code).toBe(0);

    const undo = run(['undo', '--yes'], dir);
    expect(undo.code).toBe(0);
    expect(undo.stderr).toMatch(
      /^The last change: a recorded value in programme\/measurements\/platform.yaml, on \d{4}-\d\d-\d\d \d\d:\d\d by \S+\. Undo removes these lines:\n/,
    );
    expect(undo.stderr).toContain(
      '  - indicator: registered-users\n    date: 2025-03-31\n    value: 30\n    note: maart\n',
    );
    expect(undo.stdout).toBe(
      'Undone: removed 1 entry from programme/measurements/platform.yaml.\n',
    );
    expect(readFileSync(logPath(dir), 'utf8')).toBe(afterFirst);

    expect(run(['record', '--undo', 'platform', '--yes'], dir).code).toBe(0);
    expect(readFileSync(logPath(dir), 'utf8')).toBe(LOG);
    const nothing = run(['undo', '--yes'], dir);
    expect(nothing.code).toBe(1);
    expect(nothing.stderr).toContain('There is nothing to undo');
  });

  it("keeps a person's edit elsewhere in the file, but never removes what a person wrote after the entry", () => {
    const dir = programmeTree({ 'programme/measurements/platform.yaml': LOG });
    expect(record(dir, '20', '2025-02-28').code).toBe(0);
    const edited = readFileSync(logPath(dir), 'utf8').replace(
      '# first count',
      '# first count, checked',
    );
    writeFileSync(logPath(dir), edited);
    expect(run(['undo', '--yes'], dir).code).toBe(0);
    expect(readFileSync(logPath(dir), 'utf8')).toBe(
      LOG.replace('# first count', '# first count, checked'),
    );

    expect(record(dir, '20', '2025-02-28').code).toBe(0);
    const byHand = `${readFileSync(logPath(dir), 'utf8')}  - indicator: registered-users\n    date: 2025-03-31\n    value: 25\n`;
    writeFileSync(logPath(dir), byHand);
    const refused = run(['undo', '--yes'], dir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      'is no longer at the end of the file: someone has changed the file since',
    );
    expect(readFileSync(logPath(dir), 'utf8')).toBe(byHand);
  });

  it('puts back a replaced value, and removes a log it created', () => {
    const commented = programmeTree({ 'programme/measurements/platform.yaml': LOG });
    expect(record(commented, '11', '2025-01-31', '--replace').stderr).toContain(
      'holds comments or is written in a way',
    );
    const plain = LOG.replace('   # first count', '');
    const dir = programmeTree({ 'programme/measurements/platform.yaml': plain });
    const replaced = record(dir, '11', '2025-01-31', '--replace', '--by', 'Piet');
    expect(replaced.stdout).toContain("replacing 10 (kept in the entry's history)");
    expect(readFileSync(logPath(dir), 'utf8')).toContain(
      '    value: 11\n    by: Piet\n    history:\n      - value: 10\n        replaced: ',
    );
    expect(run(['undo', '--yes'], dir).stdout).toBe(
      'Undone: the earlier value is back in programme/measurements/platform.yaml.\n',
    );
    expect(readFileSync(logPath(dir), 'utf8')).toBe(plain);

    const fresh = programmeTree();
    expect(record(fresh, '5', '2025-02-28').code).toBe(0);
    expect(run(['undo', '--yes'], fresh).code).toBe(0);
    expect(existsSync(logPath(fresh))).toBe(false);
  });

  it('shows the change but asks for --yes when it cannot ask', () => {
    const dir = programmeTree({ 'programme/measurements/platform.yaml': LOG });
    expect(record(dir, '20', '2025-02-28').code).toBe(0);
    const before = readFileSync(logPath(dir), 'utf8');
    const asked = run(['undo'], dir);
    expect(asked.code).toBe(2);
    expect(asked.stderr).toContain('    date: 2025-02-28\n    value: 20\n');
    expect(asked.stderr).toContain(
      'hint: Look at the change above, then run the command again with --yes.',
    );
    expect(readFileSync(logPath(dir), 'utf8')).toBe(before);
  });

  it('takes back a whole import across logs', () => {
    const dir = programmeTree({
      'programme/measurements/platform.yaml': LOG,
      'programme/projects/other.yaml': readFileSync(
        join(programmeTree(), 'programme/projects/platform.yaml'),
        'utf8',
      ).replace('id: platform', 'id: other'),
    });
    writeFileSync(
      join(dir, 'in.csv'),
      'indicator,date,value\nplatform/registered-users,2025-02-28,20\nother/registered-users,2025-02-28,7\n',
    );
    expect(run(['import', 'in.csv'], dir).code).toBe(0);
    const undo = run(['undo', '--yes'], dir);
    expect(undo.stdout).toBe(
      'Undone: removed 1 entry from programme/measurements/other.yaml.\n' +
        'Undone: removed 1 entry from programme/measurements/platform.yaml.\n',
    );
    expect(readFileSync(logPath(dir), 'utf8')).toBe(LOG);
    expect(existsSync(logPath(dir, 'other'))).toBe(false);
  });
});
