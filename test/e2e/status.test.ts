import { describe, expect, it } from 'vitest';
import { ROOT, programmeTree, runCli } from '../helpers.js';

const LOG = `project: platform
measurements:
  - indicator: registered-users
    date: 2025-06-30
    value: 200
  - indicator: registered-users
    date: 2025-12-15
    value: 450
`;

describe('ub2030 status', () => {
  it('shows all seven projects of the shipped programme in their three terms', () => {
    const run = runCli(['status', '--as-of', '2026-12-01', '--lang', 'en'], ROOT);
    expect(run.code).toBe(0);
    const terms = ['Korte termijn (0–2 jaar)', 'Middellange termijn (2–5 jaar)', 'Lange termijn (5+ jaar)'];
    const positions = terms.map((label) => run.stdout.indexOf(label));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    for (const id of ['digital-community-platform', 'social-media-strategy', 'community-events', 'space-redesign',
      'mental-health', 'technology-innovation', 'partnerships']) {
      expect(run.stdout).toContain(`(${id}, `);
    }
    expect(run.stdout).toMatch(/\d+ of 9 indicators on track or achieved/);
    expect(run.stdout).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('works out progress, expected progress and status for a fixed date', () => {
    // baseline 0 on 2025-01-01, target 1000 on 2026-12-31 (729 days); on 2025-12-31, 364 days
    // have passed: expected 364 ÷ 729 = 49.9 %, latest 450 = 45 %, on track (≥ 0.85 × 49.9 %).
    const dir = programmeTree({ 'programme/measurements/platform.yaml': LOG });
    const run = runCli(['status', '--as-of', '2025-12-31', '--format', 'json'], dir);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    const row = report.terms[0].projects[0].indicators[0];
    expect(row).toMatchObject({
      indicator: 'registered-users', current: 450, currentDate: '2025-12-15', progress: 0.45, status: 'on-track', stale: false,
    });
    expect(row.expected).toBeCloseTo(364 / 729, 12);
    expect(report.terms[0].summary).toMatchObject({ total: 1, onTrack: 1, withData: 1, share: 1 });
    expect(report.terms[1]).toMatchObject({ id: 'long', projects: [] });
  });

  it('prints a plain table with a summary line when piped', () => {
    const dir = programmeTree({ 'programme/measurements/platform.yaml': LOG });
    const run = runCli(['status', '--as-of', '2025-12-31'], dir);
    expect(run.stdout).toContain('  registered-users        0        450      1,000      45%      50% on track');
    expect(run.stdout).toContain('1 of 1 indicators on track or achieved');
    expect(run.stdout).not.toContain('\u001b[');
  });

  it('colours only when asked, and never with NO_COLOR or --no-color', () => {
    const dir = programmeTree({ 'programme/measurements/platform.yaml': LOG });
    expect(runCli(['status', '--as-of', '2025-12-31'], dir, { NO_COLOR: undefined, FORCE_COLOR: '1' }).stdout).toContain('\u001b[');
    expect(runCli(['status', '--as-of', '2025-12-31'], dir, { NO_COLOR: '1', FORCE_COLOR: '1' }).stdout).not.toContain('\u001b[');
    expect(runCli(['--no-color', 'status', '--as-of', '2025-12-31'], dir, { NO_COLOR: undefined, FORCE_COLOR: '1' }).stdout)
      .not.toContain('\u001b[');
  });

  it('says no data and not started in words, never NaN', () => {
    const dir = programmeTree();
    expect(runCli(['status', '--as-of', '2025-06-01'], dir).stdout).toContain('no data');
    const early = runCli(['status', '--as-of', '2024-06-01', '--format', 'csv'], dir);
    expect(early.stdout.split('\n')[1]).toContain(',not-started,no');
    expect(early.stdout).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('writes CSV with one row per indicator and Markdown tables', () => {
    const dir = programmeTree({ 'programme/measurements/platform.yaml': LOG });
    const csv = runCli(['status', '--as-of', '2025-12-31', '--format', 'csv'], dir).stdout.trim().split('\n');
    expect(csv[0]).toBe('term,project,indicator,title,unit,direction,aggregation,baseline,baseline_date,latest,latest_date,'
      + 'target,deadline,progress,expected,expected_value,status,stale,projected');
    // The projection: the baseline (0 on 2025-01-01) and the two values give three slopes per day,
    // 200 ÷ 180, 450 ÷ 348 and 250 ÷ 168; their median 450 ÷ 348 carries 450 on 2025-12-15 over
    // the 381 days to the deadline to 450 + 492.7 = 942.7, short of 1000: late.
    expect(csv[1]).toBe('short,platform,registered-users,Registered users,count,increase,level,0,2025-01-01,450,2025-12-15,'
      + '1000,2026-12-31,0.45,0.4993,499.3141,on-track,no,late');
    const markdown = runCli(['status', '--as-of', '2025-12-31', '--format', 'markdown'], dir).stdout;
    expect(markdown).toContain('| Registered users |        0 | 450 (2025-12-15) |');
    expect(markdown).toContain('| on track, → too late |');
  });

  it('filters by term and project, and refuses unknown ones with the closest names', () => {
    const dir = programmeTree();
    expect(runCli(['status', '--as-of', '2025-06-01', '--term', 'long'], dir).stdout).toContain('(no projects in this term)');
    const wrong = runCli(['status', '--project', 'platfrom'], dir);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('did you mean `platform`?');
  });

  it('says so when --project names a project of another term than --term', () => {
    const run = runCli(['status', '--as-of', '2025-06-01', '--term', 'long', '--project', 'platform'], programmeTree());
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('--project platform belongs to the term `short`, not to --term long');
  });

  it('refuses an as-of date that does not exist', () => {
    const run = runCli(['status', '--as-of', '2025-02-30'], programmeTree());
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--as-of 2025-02-30: this day does not exist in the calendar.');
  });

  it('exits 1 and says so when files have problems, still showing what it can', () => {
    const dir = programmeTree({ 'programme/measurements/platform.yaml': `${LOG}  - indicator: registerd-users\n    date: 2025-07-31\n    value: 3\n` });
    const run = runCli(['status', '--as-of', '2025-12-31'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('registered-users');
    expect(run.stderr).toContain('1 problem in the programme files');
  });
});
