/**
 * Which language to speak, decided without loading any catalogue: `cli.ts` needs it for the help
 * before a programme is read, and the top-level catch for the `error:` label.
 */

export const LANGS = ['nl', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: unknown): value is Lang {
  return (LANGS as readonly unknown[]).includes(value);
}

/** Dutch when the environment's locale is Dutch, else English. */
export function localeLang(env: NodeJS.ProcessEnv = process.env): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

/** `--lang nl` or `--lang=en` on the command line when it names a language we speak, else the
 *  locale's language. */
export function commandLineLang(
  argv: readonly string[], env: NodeJS.ProcessEnv = process.env,
): Lang {
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    if (arg === '--') break;
    const value = arg === '--lang' ? argv[index + 1]
      : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (isLang(value)) return value;
  }
  return localeLang(env);
}

/** The language of the catalogue a command took last, so that an error reads the same. */
let spoken: Lang | undefined;

export function noteSpoken(lang: Lang | undefined): void {
  spoken = lang;
}

export function spokenLang(): Lang | undefined {
  return spoken;
}
