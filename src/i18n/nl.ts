/** Every word ub2030 prints, in Dutch, from one file per area in `nl/`; the keys of `en.ts`. */
import type { Messages } from './en.js';
import { validateNl } from './nl-validate.js';
import { cliNl } from './nl/cli.js';
import { recordIoNl } from './nl/record-io.js';
import { recordNl } from './nl/record.js';
import { reportNl } from './nl/report.js';
import { statusNl } from './nl/status.js';
import { trendNl } from './nl/trend.js';

export const nl: Messages = {
  locale: 'nl-NL',

  ...statusNl,

  // ── trend: the words of `ub2030 trend` go below this line ──
  ...trendNl,
  // (end of trend)

  // ── validate: the words of `ub2030 validate`, its rules and hints go below this line ──
  validate: validateNl,
  // (end of validate)

  // ── record: the words of `ub2030 record`, `import` and `undo` go below this line ──
  ...recordNl,
  ...recordIoNl,
  // (end of record)

  // ── report: the words of `ub2030 report` and the rest go below this line ──
  report: reportNl,
  cli: cliNl,
  // (end of report)
};
