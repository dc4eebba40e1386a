/** Colour only in a terminal, never with NO_COLOR or --no-color (chalk does not check NO_COLOR). */
import { Chalk, type ChalkInstance } from 'chalk';
import type { StatusWord } from '../maths/status.js';

export function wantColor(
  option: boolean | undefined,
  stream: NodeJS.WriteStream,
  env = process.env,
): boolean {
  if (option === false) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true;
}

export function makeChalk(color: boolean): ChalkInstance {
  return new Chalk({ level: color ? 1 : 0 });
}

export function paintStatus(chalk: ChalkInstance, word: StatusWord, text: string): string {
  switch (word) {
    case 'achieved':
      return chalk.green.bold(text);
    case 'on-track':
      return chalk.green(text);
    case 'at-risk':
      return chalk.yellow(text);
    case 'off-track':
      return chalk.red(text);
    case 'missed':
      return chalk.red.bold(text);
    case 'too-early':
      return chalk.cyan(text);
    default:
      return chalk.dim(text);
  }
}
