/**
 * `ub2030 report`: the report for the board, as one self-contained HTML page or as Markdown with
 * its charts as SVG files beside it. Without -o it writes to standard output: HTML as it is,
 * Markdown without charts (there is no folder to put them in).
 */
import { mkdirSync } from 'node:fs';
import { basename, dirname, extname, join, relative } from 'node:path';
import { UsageError } from '../io/errors.js';
import { replaceFile } from '../io/write.js';
import type { Messages } from '../i18n/index.js';
import { buildBoard, type BoardReport } from '../report/board.js';
import { renderChart } from '../render/report-chart.js';
import { indicatorId } from '../render/report-figures.js';
import { renderReportHtml } from '../render/report-html.js';
import { renderReportMarkdown } from '../render/report-markdown.js';
import type { Io } from './io.js';
import { closeView, openView } from './view.js';

export type ReportFormat = 'html' | 'markdown';

export interface ReportOptions {
  dir?: string;
  asOf?: string;
  term?: string;
  project?: string;
  lang?: string;
  /** Default: told from the name of `output` (.md, .markdown), else html. */
  format?: ReportFormat;
  /** The file to write; standard output when left out. */
  output?: string;
  /** False with --no-charts. */
  charts?: boolean;
}

export async function runReport(
  options: ReportOptions, io: Io, terminal = process.stdout.isTTY === true,
): Promise<number> {
  const view = openView(options, io);
  if (!view) return 1;
  const { m, model, asOf, filter } = view;
  const format = options.format ?? formatOf(options.output, m);
  if (format === 'html' && options.output === undefined && terminal) {
    throw new UsageError(m.report.errors.terminal, m.report.errors.terminalHint);
  }

  const report = buildBoard(model, asOf, filter, view.loaded.errors);

  if (options.output === undefined) {
    io.out(format === 'html' ? renderReportHtml(report, m, options.charts !== false)
      : renderReportMarkdown(report, m));
  } else if (format === 'html') {
    await write(options.output, renderReportHtml(report, m, options.charts !== false), m);
    io.out(`${m.report.wrote(options.output)}\n`);
  } else {
    await writeMarkdown(report, options.output, options.charts !== false, m, io);
  }

  return closeView(view, io);
}

/** html for .html and .htm, markdown for .md and .markdown, html without a file. */
function formatOf(output: string | undefined, m: Messages): ReportFormat {
  if (output === undefined) return 'html';
  const extension = extname(output).toLowerCase();
  if (extension === '.html' || extension === '.htm') return 'html';
  if (extension === '.md' || extension === '.markdown') return 'markdown';
  throw new UsageError(m.report.errors.extension(output), m.report.errors.extensionHint);
}

/** The Markdown file, and with charts a folder `<name>-charts/` beside it with one SVG each. */
async function writeMarkdown(
  report: BoardReport, output: string, charts: boolean, m: Messages, io: Io,
): Promise<void> {
  if (!charts) {
    await write(output, renderReportMarkdown(report, m), m);
    io.out(`${m.report.wrote(output)}\n`);
    return;
  }
  const name = `${basename(output, extname(output))}-charts`;
  const folder = join(dirname(output), name);
  const items = report.terms.flatMap((term) => term.projects.flatMap((project) =>
    project.indicators.map((item) => ({
      id: indicatorId(project.id, item.status.indicator), item,
    }))));
  mkdirOrExplain(folder, m);
  for (const { id, item } of items) {
    const svg = renderChart(item, report.asOf, m, `chart-${id}`);
    await write(join(folder, `${id}.svg`), `${svg}\n`, m);
  }
  await write(output, renderReportMarkdown(report, m, name), m);
  const shown = relative('.', folder) || folder;
  io.out(`${m.report.wrote(output)}\n${m.report.wroteCharts(items.length, shown)}\n`);
}

function mkdirOrExplain(folder: string, m: Messages): void {
  try {
    mkdirSync(folder, { recursive: true });
  } catch (error) {
    throw cannotWrite(folder, error, m);
  }
}

async function write(path: string, text: string, m: Messages): Promise<void> {
  try {
    await replaceFile(path, text);
  } catch (error) {
    throw cannotWrite(path, error, m);
  }
}

function cannotWrite(path: string, error: unknown, m: Messages): UsageError {
  const { errors } = m.report;
  return new UsageError(errors.cannotWrite(path, (error as Error).message), errors.cannotWriteHint);
}
