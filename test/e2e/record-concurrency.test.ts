import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { programmeTree } from '../helpers.js';
import { logPath, pausedAt, run, start } from '../record-helpers.js';

const LOG = 'project: platform\nmeasurements:\n';

function lockDir(dir: string): string {
  return join(dir, 'programme', 'measurements', '.ub2030', 'platform.yaml.lock');
}

function values(dir: string): number[] {
  const log = parse(readFileSync(logPath(dir), 'utf8')) as { measurements: { value: number }[] };
  return log.measurements.map((entry) => entry.value);
}

describe('record, many at once', () => {
  it('lands every value exactly once when 16 processes record into one log at the same moment', async () => {
    const dir = programmeTree({ 'programme/measurements/platform.yaml': LOG });
    // 16 different month-ends, each with its own value 101..116
    const dates = Array.from(
      { length: 16 },
      (_, at) => `${2025 + Math.floor(at / 12)}-${String((at % 12) + 1).padStart(2, '0')}-15`,
    );
    const runs = dates.map((date, at) =>
      start(['record', 'platform/registered-users', String(101 + at), '--date', date], dir),
    );
    const codes = await Promise.all(runs.map((started) => started.done));

    expect(codes).toEqual(dates.map(() => 0));
    expect(values(dir).sort((a, b) => a - b)).toEqual(dates.map((_, at) => 101 + at));
    expect(run(['validate'], dir).code).toBe(0);
    expect(existsSync(lockDir(dir))).toBe(false);
    // the journal knows all 16 changes, each on its own line
    const journal = readFileSync(
      join(dir, 'programme/measurements/.ub2030/platform.yaml.journal'),
      'utf8',
    );
    expect(journal.trim().split('\n')).toHaveLength(16);
  }, 90_000);

  it('starts again from the new text when the file changed between reading and writing', async () => {
    const dir = programmeTree({ 'programme/measurements/platform.yaml': LOG });
    const started = start(
      ['record', 'platform/registered-users', '5', '--date', '2025-02-28'],
      dir,
      { UB2030_TEST_PAUSE: 'composed' },
    );
    await pausedAt(started, 'composed');
    // a person saves the file in an editor meanwhile, without any lock
    const byHand = `${LOG}  - indicator: registered-users # by hand\n    date: 2025-01-31\n    value: 3\n`;
    writeFileSync(logPath(dir), byHand);
    started.child.kill('SIGUSR2');

    expect(await started.done).toBe(0);
    expect(readFileSync(logPath(dir), 'utf8')).toBe(
      `${byHand}  - indicator: registered-users\n    date: 2025-02-28\n    value: 5\n`,
    );
  });

  it('waits for the lock, then says who holds it and what to do', async () => {
    const dir = programmeTree({ 'programme/measurements/platform.yaml': LOG });
    const holder = start(
      ['record', 'platform/registered-users', '5', '--date', '2025-02-28'],
      dir,
      { UB2030_TEST_PAUSE: 'composed' },
    );
    await pausedAt(holder, 'composed');
    const waiter = run(['record', 'platform/registered-users', '6', '--date', '2025-03-31'], dir, {
      UB2030_LOCK_TIMEOUT: '1',
    });
    holder.child.kill('SIGUSR2');
    await holder.done;

    expect(waiter.code).toBe(1);
    expect(waiter.stderr).toContain(
      'programme/measurements/platform.yaml is being changed by another ub2030 run (`record` by ',
    );
    expect(waiter.stderr).toContain(`on ${hostname()}, process ${holder.child.pid}, since `);
    expect(waiter.stderr).toContain('; waited 1 seconds. Nothing was written.');
    expect(waiter.stderr).toContain(
      'hint: Try again in a moment. If no ub2030 is running any more, the lock clears itself within 10 seconds',
    );
    expect(values(dir)).toEqual([5]);
  });

  it('clears a stale lock left on another computer once its time stamp is old', () => {
    const dir = programmeTree({ 'programme/measurements/platform.yaml': LOG });
    mkdirSync(lockDir(dir), { recursive: true });
    writeFileSync(
      join(lockDir(dir), 'owner.json'),
      JSON.stringify({
        pid: 1,
        host: 'elsewhere',
        user: 'x',
        since: '2025-01-01T00:00:00Z',
        command: 'record',
      }),
    );
    utimesSync(lockDir(dir), new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));

    expect(
      run(['record', 'platform/registered-users', '5', '--date', '2025-02-28'], dir).code,
    ).toBe(0);
    expect(values(dir)).toEqual([5]);
    expect(readdirSync(join(dir, 'programme/measurements/.ub2030')).sort()).toEqual([
      '.gitignore',
      'platform.yaml.journal',
    ]);
  });
});
