import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProgramme } from '../../src/commands/load.js';
import { runReport } from '../../src/commands/report.js';
import { messages } from '../../src/i18n/index.js';
import { buildBoard } from '../../src/report/board.js';
import { buildStatus } from '../../src/report/status.js';
import { formatShare } from '../../src/render/format.js';
import { indicatorId, statusLabel } from '../../src/render/report-figures.js';
import { renderReportHtml } from '../../src/render/report-html.js';
import { renderReportMarkdown } from '../../src/render/report-markdown.js';
import { makeChalk } from '../../src/render/color.js';
import { ROOT } from '../helpers.js';

const AS_OF = '2026-12-01';
const loaded = loadProgramme(join(ROOT, 'programme'), 'nl');
const model = loaded.model!;

describe('the board report', () => {
  const board = buildBoard(model, AS_OF, {});
  const status = buildStatus(model, AS_OF, {});
  const find = (project: string, indicator: string) => board.terms.flatMap((term) => term.projects)
    .find(({ id }) => id === project)!.indicators
    .find((item) => item.status.indicator === indicator)!;
  const rows = (report: typeof status) => report.terms.flatMap((term) =>
    term.projects.flatMap((project) => project.indicators));

  it('holds the very rows of `status`: the same progress and status per indicator', () => {
    const fromBoard = board.terms.flatMap((term) => term.projects.flatMap((project) =>
      project.indicators.map((item) => item.status)));
    expect(fromBoard).toHaveLength(21);
    expect(fromBoard).toEqual(rows(status));
    expect(board.summary).toEqual(status.summary);
  });

  it('prints each indicator\'s status and progress as `status` works them out', () => {
    const m = messages('nl');
    const page = renderReportHtml(board, m);
    for (const row of rows(status)) {
      const id = indicatorId(row.project, row.indicator);
      const start = page.indexOf(`<section class="indicator" id="${id}"`);
      const end = page.indexOf('</section>', start);
      const section = page.slice(start, end);
      expect(start).toBeGreaterThan(0);
      expect(section).toContain(statusLabel(row.status, m));
      if (!row.keep) expect(section).toContain(`<dd>${formatShare(row.progress)}</dd>`);
    }
  });

  it('draws each line from the right points', () => {
    const item = find('digital-community-platform', 'registered-users');
    const { measured, plan, projection } = item.lines;
    // The plan: from the baseline (150 on 2025-01-01) straight to the target (2,000 on
    // 2026-12-31); this indicator has no milestones.
    expect(plan).toEqual([{ date: '2025-01-01', value: 150 }, { date: '2026-12-31', value: 2000 }]);
    // Measured: the baseline, then every value up to the report date; the last is `latest`.
    expect(measured[0]).toEqual({ date: '2025-01-01', value: 150 });
    expect(measured.at(-1)).toEqual({ date: item.status.currentDate, value: item.status.current });
    // The projection runs from the latest value to the value `trend` projects for the deadline.
    const end = { date: '2026-12-31', value: item.trend.projection!.value };
    expect(projection).toEqual([measured.at(-1), end]);
  });

  it('runs an event count up as a total, so it meets the target line (a total, too)', () => {
    const item = find('community-events', 'event-participants');
    const values = item.lines.measured.map(({ value }) => value);
    expect(values.every((value, index) => index === 0 || value >= values[index - 1]!)).toBe(true);
    expect(values.at(-1)).toBe(item.status.current);
  });

  it('names the indicators furthest behind, worst first', () => {
    const short = board.terms[0]!;
    const order = short.behind.map(({ row }) => row.status);
    // Off track before at risk; within a word, the largest gap between progress and expected.
    expect(order).toEqual(['off-track', 'off-track', 'off-track', 'at-risk', 'at-risk']);
    const gaps = short.behind.slice(0, 3).map(({ row }) => row.expected! - row.progress!);
    expect([...gaps].sort((a, b) => b - a)).toEqual(gaps);
  });

  it('gives Markdown the same figures, in tables', () => {
    const text = renderReportMarkdown(board, messages('en'));
    expect(text).toContain('| Indicator ');
    expect(text).toContain('5,270 (30 September 2026)');
    expect(text).not.toMatch(/NaN|Infinity|undefined/);
  });
});

describe('ub2030 report in a terminal', () => {
  it('will not pour the HTML page onto the screen', async () => {
    const chalk = makeChalk(false);
    const io = { out: () => undefined, err: () => undefined, chalk, errChalk: chalk };
    const options = { dir: join(ROOT, 'programme'), asOf: AS_OF, lang: 'en' };
    await expect(runReport(options, io, true)).rejects.toThrow(
      'The HTML report is a whole web page; it is not meant to be read in a terminal.',
    );
  });
});
