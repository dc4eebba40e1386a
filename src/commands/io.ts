/** Where a command writes: results to stdout, messages to stderr, each with its own colour choice. */
import type { ChalkInstance } from 'chalk';
import { makeChalk, wantColor } from '../render/color.js';

export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Colours for results (stdout). */
  chalk: ChalkInstance;
  /** Colours for messages (stderr). */
  errChalk: ChalkInstance;
}

export function processIo(colorOption: boolean | undefined): Io {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    chalk: makeChalk(wantColor(colorOption, process.stdout)),
    errChalk: makeChalk(wantColor(colorOption, process.stderr)),
  };
}
