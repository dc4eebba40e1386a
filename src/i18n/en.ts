/**
 * Every word ub2030 prints, in English, gathered from one file per area in `en/` (the words of
 * `validate` live in `en-validate*.ts`). `nl.ts` has the same keys (the type checker and a test
 * both insist); add a message to both languages or to neither.
 */
import { validateEn } from './en-validate.js';
import { cliEn } from './en/cli.js';
import { recordIoEn } from './en/record-io.js';
import { recordEn } from './en/record.js';
import { reportEn } from './en/report.js';
import { statusEn } from './en/status.js';
import { trendEn } from './en/trend.js';

export const en = {
  /** BCP 47 locale for numbers and dates. */
  locale: 'en-GB',

  /** `status`: status words, project states, headers, summaries. */
  ...statusEn,

  // ── trend: the words of `ub2030 trend` go below this line ──
  ...trendEn,
  // (end of trend)

  // ── validate: the words of `ub2030 validate`, its rules and hints go below this line ──
  /** `ub2030 validate`: kept in a file of its own, as it is long. */
  validate: validateEn,
  // (end of validate)

  // ── record: the words of `ub2030 record`, `import` and `undo` go below this line ──
  ...recordEn,
  ...recordIoEn,
  // (end of record)

  // ── report: the words of `ub2030 report` and the rest go below this line ──
  report: reportEn,
  /** The command line: help, commander's messages, messages before a programme is read. */
  cli: cliEn,
  // (end of report)
};

export type Messages = typeof en;
