import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { programmeTree } from '../helpers.js';
import { logPath, pausedAt, run, start } from '../record-helpers.js';

const LOG =
  'project: platform   # keep this comment\nmeasurements:\n  - indicator: registered-users\n    date: 2025-01-31\n    value: 1\n';
const ENTRY = '  - indicator: registered-users\n    date: 2025-02-28\n    value: 2\n';

function measurementsDir(dir: string): string[] {
  return readdirSync(join(dir, 'programme', 'measurements')).sort();
}

describe('record, killed at any moment', () => {
  // Each step is a moment inside `record`: holding the lock with the new text worked out; with the
  // temporary file created but not yet filled; and with the log replaced but not yet journaled.
  it.each([
    ['composed', LOG],
    ['temp-file', LOG],
    ['written', LOG + ENTRY],
  ])(
    'killed at %s, it leaves the old or the new file whole, and the next record works',
    async (step, expected) => {
      const dir = programmeTree({ 'programme/measurements/platform.yaml': LOG });
      const started = start(
        ['record', 'platform/registered-users', '2', '--date', '2025-02-28'],
        dir,
        { UB2030_TEST_PAUSE: step },
      );
      await pausedAt(started, step);
      started.child.kill('SIGKILL');
      await started.done;

      expect(readFileSync(logPath(dir), 'utf8')).toBe(expected);
      expect(run(['validate'], dir).code).toBe(0);
      // the killed process's lock is cleared at once (its process is gone), and its temp file too
      const next = run(['record', 'platform/registered-users', '3', '--date', '2025-03-31'], dir, {
        UB2030_LOCK_TIMEOUT: '5',
      });
      expect(next.stderr).toBe('');
      expect(next.code).toBe(0);
      expect(readFileSync(logPath(dir), 'utf8')).toBe(
        `${expected}  - indicator: registered-users\n    date: 2025-03-31\n    value: 3\n`,
      );
      expect(measurementsDir(dir)).toEqual(['.ub2030', 'platform.yaml']);
      expect(existsSync(join(dir, 'programme/measurements/.ub2030/platform.yaml.lock'))).toBe(
        false,
      );
    },
  );

  it('never leaves a damaged log when killed after random delays', async () => {
    const dir = programmeTree({ 'programme/measurements/platform.yaml': LOG });
    // how long one record takes on this machine now, without being killed
    const began = Date.now();
    expect(run(['record', 'platform/registered-users', '2', '--date', '2025-12-31'], dir).code).toBe(0);
    const runTime = Date.now() - began;
    let entries = 2;
    for (let round = 0; round < 12; round++) {
      const date = `2026-${String(round + 1).padStart(2, '0')}-01`;
      const started = start(
        ['record', 'platform/registered-users', String(100 + round), '--date', date],
        dir,
      );
      // delays spread over one whole run, so that kills land while loading, locking and writing
      await new Promise((resolve) => setTimeout(resolve, runTime * (0.3 + Math.random() * 0.9)));
      started.child.kill('SIGKILL');
      await started.done;
      const log = parse(readFileSync(logPath(dir), 'utf8')) as { measurements: unknown[] };
      // either the old file or the new one: never fewer entries, at most one more
      expect(log.measurements.length - entries).toBeGreaterThanOrEqual(0);
      expect(log.measurements.length - entries).toBeLessThanOrEqual(1);
      entries = log.measurements.length;
    }
    const next = run(['record', 'platform/registered-users', '999', '--date', '2027-01-01'], dir, {
      UB2030_LOCK_TIMEOUT: '15',
    });
    expect(next.code).toBe(0);
    expect(run(['validate'], dir).code).toBe(0);
    expect(measurementsDir(dir)).toEqual(['.ub2030', 'platform.yaml']);
  }, 90_000);
});
