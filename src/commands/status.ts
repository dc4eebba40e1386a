/** `ub2030 status`: where every indicator stands on a date, per term. */
import { buildStatus } from '../report/status.js';
import type { Io } from './io.js';
import { closeView, openView } from './view.js';

export interface StatusOptions {
  dir?: string;
  asOf?: string;
  term?: string;
  project?: string;
  format: 'table' | 'json' | 'csv' | 'markdown';
  lang?: string;
}

export async function runStatus(options: StatusOptions, io: Io): Promise<number> {
  const view = openView(options, io);
  if (!view) return 1;
  const { m } = view;
  const report = buildStatus(view.model, view.asOf, view.filter);

  // Only the renderer asked for is loaded: the table's libraries take time to start.
  if (options.format === 'table') {
    const { renderStatusTable } = await import('../render/status-table.js');
    io.out(renderStatusTable(report, m, io.chalk));
  } else {
    const formats = await import('../render/status-formats.js');
    const render = {
      json: () => formats.renderStatusJson(report),
      csv: () => formats.renderStatusCsv(report),
      markdown: () => formats.renderStatusMarkdown(report, m),
    }[options.format];
    io.out(render());
  }
  return closeView(view, io);
}
