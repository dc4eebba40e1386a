/** Picks the language: --lang, else the programme's own language, else the environment's locale. */
import { UsageError } from '../io/errors.js';
import { en, type Messages } from './en.js';
import { nl } from './nl.js';

export const LANGS = ['nl', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export type { Messages };

const CATALOGUES: Record<Lang, Messages> = { en, nl };

export function messages(lang: Lang): Messages {
  return CATALOGUES[lang];
}

export function resolveLang(option: string | undefined, programme?: string, env = process.env): Lang {
  if (option !== undefined) {
    if ((LANGS as readonly string[]).includes(option)) return option as Lang;
    throw new UsageError(`--lang ${option}: ub2030 speaks nl and en.`, 'Use --lang nl or --lang en.');
  }
  if (programme === 'nl' || programme === 'en') return programme;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}
