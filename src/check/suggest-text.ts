/** "did you mean `a` or `b`?" in the output language, or an empty string. */
import type { Messages } from '../i18n/index.js';
import { closest } from './suggest.js';

export function suggestion(wanted: string, known: readonly string[], m: Messages): string {
  const names = closest(wanted, known);
  return names.length === 0 ? '' : m.validate.didYouMean(names);
}
