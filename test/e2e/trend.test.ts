import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatValue } from '../../src/render/format.js';
import { formatSigned } from '../../src/render/trend-format.js';
import { ROOT, programmeTree, runCli } from '../helpers.js';

const LIBRARIES = join(ROOT, 'examples', 'nl-libraries');
const AS_OF = ['--as-of', '2026-12-01'];
const widest = (text: string) => Math.max(...text.split('\n').map((line) => line.length));

interface Row {
  indicator: string;
  unit: string;
  verdict: string;
  sparkline: string;
  latest?: { value: number; date: string };
  pace?: { value: number; per: 'month' | 'year'; points: number };
  projection?: { value: number; onTime: boolean; reach: { kind: string; date?: string } };
}

function rowsOf(json: string): Row[] {
  const report = JSON.parse(json) as { terms: { projects: { indicators: Row[] }[] }[] };
  return report.terms.flatMap((term) => term.projects.flatMap((project) => project.indicators));
}

/** The table's line pair for one indicator: the line with its id and the two lines under it. */
function block(table: string, id: string): string {
  const lines = table.split('\n');
  const at = lines.findIndex((line) => line.startsWith(`  ${id} (`));
  expect(at, `${id} is in the table`).toBeGreaterThan(0);
  return lines.slice(at, at + 4).join('\n');
}

describe.each([
  ['the shipped programme', join(ROOT, 'programme'), 21],
  ['the real Dutch library statistics', LIBRARIES, 9],
])('ub2030 trend on %s', (_name, dir, count) => {
  const args = ['trend', ...AS_OF, '--lang', 'en', '--dir', dir];
  const table = runCli(args, ROOT);
  const json = runCli([...args, '--format', 'json'], ROOT);
  const rows = rowsOf(json.stdout);

  it('prints a sparkline, pace, projection and verdict, or "too few points"', () => {
    expect(table.code).toBe(0);
    expect(table.stderr).toBe('');
    expect(rows).toHaveLength(count);
    for (const row of rows) {
      const lines = block(table.stdout, row.indicator);
      if (row.verdict === 'too-few-points') {
        expect(row.pace).toBeUndefined();
        expect(lines).toMatch(/too few\n.*points/);
        continue;
      }
      expect(row.sparkline).toMatch(/^[ ▁▂▃▄▅▆▇█]+$/);
      expect(lines).toContain(row.sparkline.trimEnd());
      expect(lines).toMatch(/improving|flat|worsening/);
      expect(lines).toMatch(/→ (on time|too late)/);
    }
    expect(rows.some((row) => row.verdict !== 'too-few-points')).toBe(true);
    expect(table.stdout).toMatch(/\d+ of \d+ improving/);
    expect(table.stdout).toContain('Theil–Sen');
    expect(table.stdout).not.toMatch(/NaN|Infinity|undefined|\u001b\[/);
    expect(widest(table.stdout)).toBeLessThanOrEqual(80);
  });

  it('carries the same numbers in the table, JSON and CSV', () => {
    const csv = runCli([...args, '--format', 'csv'], ROOT).stdout.trim().split('\n');
    const header = csv[0]!.split(',');
    // Titles may hold commas; the figures sit at the end, so count columns from the right.
    const column = (line: string, name: string) =>
      line.split(',').reverse()[header.length - 1 - header.indexOf(name)];
    for (const row of rows.filter((item) => item.pace && item.projection)) {
      const lines = block(table.stdout, row.indicator);
      const per = row.pace!.per === 'month' ? '/mo' : '/yr';
      expect(lines).toContain(`${formatSigned(row.pace!.value, row.unit, 'en-GB')}${per}`);
      expect(lines).toContain(formatValue(row.projection!.value, row.unit, 'en-GB'));
      expect(lines).toContain(formatValue(row.latest!.value, row.unit, 'en-GB'));
      const line = csv.find((text) => text.includes(`,${row.indicator},`))!;
      expect(Number(column(line, 'pace'))).toBeCloseTo(row.pace!.value, 4);
      expect(Number(column(line, 'projected'))).toBeCloseTo(row.projection!.value, 4);
      expect(column(line, 'verdict')).toBe(row.verdict);
    }
  });
});

describe('ub2030 trend, worked figures', () => {
  it('totals the events per quarter and takes the median as the pace', () => {
    // event-participants, the last four complete quarters: 980 ÷ 92, 900 ÷ 90, 1050 ÷ 91 and
    // 720 ÷ 92 a day; the median (10 + 10.652) ÷ 2 = 10.326 a day is 314.3 a month (× 30.4375).
    const args = ['trend', ...AS_OF, '--project', 'community-events', '--format', 'json'];
    const run = runCli(args, ROOT);
    const row = rowsOf(run.stdout).find((item) => item.indicator === 'event-participants')!;
    expect(row.pace!.value).toBeCloseTo(((10 + 980 / 92) / 2) * 30.4375, 9);
    expect(row.pace!.points).toBe(4);
    // 5270 on 2026-09-30 + 92 days × 10.326 = 6220; 6000 is reached after 70.7 days: 2026-12-10.
    expect(row.projection)
      .toMatchObject({ onTime: true, reach: { kind: 'on', date: '2026-12-10' } });
    expect(row.projection!.value).toBeCloseTo(5270 + 92 * ((10 + 980 / 92) / 2), 9);
  });

  it('prints period columns with the target beside each value, by quarter and by year', () => {
    const quarters = runCli(['trend', ...AS_OF, '--by', 'quarter', '--lang', 'en',
      '--project', 'community-events'], ROOT);
    expect(quarters.code).toBe(0);
    expect(quarters.stdout).toContain('2025 Q3 2025 Q4 2026 Q1 2026 Q2 2026 Q3 2026 Q4*');
    // Q3 2026 holds 720 participants; the plan spreads 6000 over the 670 days from 2025-03-01 to
    // 2026-12-31, so a quarter of 92 days expects 6000 × 92 ÷ 670 = 823.9.
    expect(quarters.stdout).toMatch(new RegExp('event-participants +560 +980 +900 +1,050 +720 +–\n'
      + ' +target +824 +824 +806 +815 +824 +824\n'));
    expect(quarters.stdout).toContain('* still running on 2026-12-01');

    const years = runCli(['trend', ...AS_OF, '--by', 'year', '--from', '2020', '--lang', 'en',
      '--dir', LIBRARIES, '--project', 'reach'], ROOT);
    expect(years.code).toBe(0);
    expect(years.stdout).toMatch(/visits\s+36\s+31\.3\s+50\.3\s+–\s+–\s+–\s+–/);
    expect(years.stdout).toMatch(/target\s+63\.1\s+63\.3\s+63\.6/);
    expect(widest(years.stdout)).toBeLessThanOrEqual(80);
  });

  it('writes tidy CSV, one row per indicator per period, with the same figures', () => {
    const csv = runCli(['trend', ...AS_OF, '--by', 'quarter', '--project', 'community-events',
      '--format', 'csv'], ROOT).stdout.trim().split('\n');
    expect(csv[0]).toBe('term,project,indicator,title,unit,aggregation,'
      + 'period,period_start,period_end,partial,value,plan');
    expect(csv).toHaveLength(1 + 3 * 6);
    expect(csv).toContain('short,community-events,event-participants,'
      + 'Aantal deelnemers aan evenementen gericht op diverse doelgroepen.,count,events,'
      + `2026-Q3,2026-07-01,2026-09-30,no,720,${Math.round((6000 * 92 / 670) * 10_000) / 10_000}`);
  });

  it('splits period columns over several tables to stay within 80 columns', () => {
    const run = runCli(['trend', ...AS_OF, '--by', 'month', '--from', '2025-01', '--lang', 'en',
      '--project', 'partnerships'], ROOT);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('2025-01');
    expect(run.stdout).toContain('2026-12*');
    expect(widest(run.stdout)).toBeLessThanOrEqual(80);
  });

  it('speaks Dutch and writes Markdown', () => {
    const dutch = runCli(['trend', ...AS_OF, '--lang', 'nl', '--term', 'short'], ROOT);
    expect(dutch.stdout).toContain('trend op 2026-12-01');
    expect(dutch.stdout).toMatch(/\d+ van \d+ gaan vooruit/);
    const markdown = runCli(['trend', ...AS_OF, '--lang', 'en', '--format', 'markdown'], ROOT)
      .stdout;
    expect(markdown).toContain('| Indicator');
    expect(markdown).toMatch(new RegExp('\\| Toename in het aantal geregistreerde gebruikers '
      + 'op het platform\\. \\(registered-users\\) +\\| [▁-█]{12} +\\|'));
  });

  it('refuses a window, a period or --from without --by that it cannot read', () => {
    const dir = programmeTree();
    const window = runCli(['trend', '--as-of', '2026-01-01', '--window', 'twelve'], dir);
    expect(window.code).toBe(2);
    expect(window.stderr).toContain('--window twelve: expected a number of months or years');
    const from = runCli(['trend', '--as-of', '2026-01-01', '--from', '2025-Q1'], dir);
    expect(from.code).toBe(2);
    expect(from.stderr).toContain('use them together with --by');
    const period = runCli(['trend', '--as-of', '2026-01-01', '--by', 'month', '--from', 'may'],
      dir);
    expect(period.code).toBe(2);
    expect(period.stderr).toContain('--from may: expected a year (2026)');
    const order = runCli(['trend', '--as-of', '2026-01-01', '--by', 'year', '--from', '2026',
      '--to', '2025'], dir);
    expect(order.code).toBe(2);
    expect(order.stderr).toContain('--from 2026 comes after --to 2025');
  });

  it('marks a trend built on old figures as stale, as status does', () => {
    // The national figures end in 2021–2024; on 2026-12-01 every yearly series is overdue.
    const args = ['trend', ...AS_OF, '--lang', 'en', '--dir', LIBRARIES, '--project', 'programming'];
    const table = runCli(args, ROOT).stdout;
    expect(block(table, 'activities')).toMatch(/→ on time\n +stale/);
    const csv = runCli([...args, '--format', 'csv'], ROOT).stdout.trim().split('\n');
    expect(csv[0]!.endsWith(',verdict,stale')).toBe(true);
    expect(csv.slice(1).every((line) => line.endsWith(',yes'))).toBe(true);
  });

  it('says too few points for an indicator without measurements, never NaN', () => {
    const run = runCli(['trend', '--as-of', '2025-06-01', '--format', 'json'], programmeTree());
    expect(run.code).toBe(0);
    expect(rowsOf(run.stdout)[0]).toMatchObject({ verdict: 'too-few-points' });
    const table = runCli(['trend', '--as-of', '2025-06-01'], programmeTree()).stdout;
    expect(table).toContain('0 of 1 improving; 1 with too few points');
  });
});

describe('ub2030 status with the projection', () => {
  it('shows under the status word whether the deadline is made at the current pace', () => {
    const run = runCli(['status', ...AS_OF, '--lang', 'en', '--project',
      'digital-community-platform'], ROOT);
    expect(run.stdout).toMatch(/registered-users .* on track\n.*2026-10-31 2026-12-31 +→ too late/);
    for (const lang of ['en', 'nl']) {
      const table = runCli(['status', ...AS_OF, '--lang', lang], ROOT).stdout;
      expect(widest(table)).toBeLessThanOrEqual(80);
    }
    const json = JSON.parse(runCli(['status', ...AS_OF, '--format', 'json'], ROOT).stdout);
    expect(json.terms[0].projects[0].indicators[0])
      .toMatchObject({ indicator: 'event-participants', status: 'on-track', projected: 'on-time' });
  });
});
