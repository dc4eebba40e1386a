/** Picks the language: --lang, else the programme's own language, else the environment's locale. */
import { UsageError } from '../io/errors.js';
import { en, type Messages } from './en.js';
import { isLang, localeLang, noteSpoken, type Lang } from './lang.js';
import { nl } from './nl.js';

export { LANGS, type Lang } from './lang.js';
export type { Messages };

const CATALOGUES: Record<Lang, Messages> = { en, nl };

/** The words of `lang`; errors thrown from here on are labelled in that language too. */
export function messages(lang: Lang): Messages {
  noteSpoken(lang);
  return CATALOGUES[lang];
}

export function resolveLang(
  option: string | undefined, programme?: string, env = process.env,
): Lang {
  if (option !== undefined) {
    if (isLang(option)) return option;
    const words = CATALOGUES[localeLang(env)].cli.lang;
    throw new UsageError(words.unknown(option), words.hint);
  }
  if (isLang(programme)) return programme;
  return localeLang(env);
}
