/**
 * Long logs are read from a cache when their bytes are exactly those the cache was made from:
 * the answers must be the same as reading the log, and a log changed in any way is read again.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { programmeTree, runCli } from '../helpers.js';

const DAY = 86_400_000;

/** A log of `days` daily values from 2025-01-02 on: over 64 KiB, so that it is cached. */
function longLog(days: number): string {
  const lines = ['project: platform', 'measurements:'];
  for (let day = 1; day <= days; day++) {
    const date = new Date(Date.UTC(2025, 0, 1) + day * DAY).toISOString().slice(0, 10);
    lines.push('  - indicator: registered-users', `    date: ${date}`, `    value: ${day}`);
  }
  return `${lines.join('\n')}\n`;
}

function answers(dir: string) {
  const validate = runCli(['validate', '--format', 'json', '--as-of', '2029-01-01'], dir);
  const status = runCli(['status', '--format', 'json', '--as-of', '2026-06-30'], dir);
  return { validate, status };
}

describe('the cache of a long log', () => {
  const log = longLog(1200);
  const dir = programmeTree({ 'programme/measurements/platform.yaml': log });
  const logFile = join(dir, 'programme', 'measurements', 'platform.yaml');
  const cacheFile = join(dir, 'programme', 'measurements', '.ub2030', 'platform.yaml.cache');

  it('is made on the first read and gives the same answers after', () => {
    expect(log.length).toBeGreaterThan(64 * 1024);
    const first = answers(dir);
    expect(first.validate.code).toBe(0);
    expect(first.status.code).toBe(0);
    expect(existsSync(cacheFile)).toBe(true);
    expect(answers(dir)).toEqual(first);
  });

  it('is not used once the log changed, even by one character', () => {
    answers(dir);
    // the last value 1200 becomes 1201, and a second value for the last date is added
    const added = '  - indicator: registered-users\n    date: 2028-04-15\n    value: 5\n';
    const changed = `${log.replace(/value: 1200\n$/, 'value: 1201\n')}${added}`;
    writeFileSync(logFile, changed);
    const after = answers(dir);
    const problems = JSON.parse(after.validate.stdout).problems as { rule: string; line: number }[];
    // 2 lines, then 3 per entry: the 1200th value is on line 3602, the added date on line 3604
    // (the added 5 is also a jump down from about 1200, placed at the date's first entry)
    expect(problems.map(({ rule, line }) => `${rule}@${line}`)).toEqual([
      'jump@3602',
      'duplicate-measurement@3604',
    ]);
    writeFileSync(logFile, log);
  });

  it('is read past when it is damaged, and made again', () => {
    const clean = answers(dir);
    writeFileSync(cacheFile, 'not a cache');
    expect(answers(dir)).toEqual(clean);
    expect(readFileSync(cacheFile, 'utf8')).not.toBe('not a cache');
  });
});
