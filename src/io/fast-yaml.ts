/**
 * The fast reader for clean files: js-yaml with a schema that resolves plain values exactly as the
 * `yaml` package's YAML 1.2 core schema does (dates stay text, `yes` stays text, `010` is ten).
 * It is about ten times faster than `yaml`, but it gives no positions and finds fewer problems, so
 * it only vouches for a file it can read without doubt. Anything unusual (anchors, aliases, tags,
 * directives, spellings that YAML 1.1 readers take differently, values over several lines that
 * `yaml` wants indented further, odd keys, any parse error) makes it give up,
 * and the caller reads the file with `yaml` instead, which reports every problem at its place.
 */
import { FAILSAFE_SCHEMA, load, Type } from 'js-yaml';

/** Plain values that YAML 1.1 readers take as true or false: see `spellings.ts`. */
const YAML11_BOOLEANS = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/;
const LEADING_ZERO = /^[-+]?0[0-9]+$/;
/** Characters that may open a value that goes on over the next lines. */
const OPENERS = ['"', "'", '[', '{'];
/**
 * Keys that `yaml` turns into other text than js-yaml does: an empty or null key (`? `, `~:`,
 * `null:`; `""` there, `null` here) and a list or mapping as a key (`[a, b]:`). Looked for only
 * when the text holds one of the `ODD_KEY_SIGNS`.
 */
const KEY_END = String.raw`[ \t]*:(?=[ \t\r\n,\]}]|$)`;
const ODD_KEYS = new RegExp(
  String.raw`(?:^|[\s{[,])(?:\?(?=[ \t\r\n]|$)|(?:~|[Nn]ull|NULL)${KEY_END})|[\]}]${KEY_END}`,
  'm',
);
const ODD_KEY_SIGNS = ['?', '~', 'ull', 'ULL', ']', '}'];

/**
 * The `yaml` package's core schema, rule for rule and in its order: null, booleans, octal,
 * decimal and hexadecimal whole numbers, infinity and not-a-number, numbers with an exponent,
 * other numbers. Anything else is text.
 */
const CORE: [RegExp, (text: string) => unknown][] = [
  [/^(?:~|[Nn]ull|NULL)?$/, () => null],
  [/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (text) => text[0] === 't' || text[0] === 'T'],
  [/^0o[0-7]+$/, (text) => parseInt(text.substring(2), 8)],
  [/^[-+]?[0-9]+$/, (text) => parseInt(text, 10)],
  [/^0x[0-9a-fA-F]+$/, (text) => parseInt(text.substring(2), 16)],
  [/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/, (text) =>
    text.slice(-3).toLowerCase() === 'nan'
      ? NaN
      : text[0] === '-'
        ? Number.NEGATIVE_INFINITY
        : Number.POSITIVE_INFINITY],
  [/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, parseFloat],
  [/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/, parseFloat],
];
/**
 * The first characters a value of a rule above, or a YAML 1.1 spelling, can start with: any other
 * plain value is text, and most are (ids, dates start with a digit but fail quickly).
 */
const SPECIAL_START = /^(?:$|[-+.0-9~nNtTfFyYoO])/;

/** Set while reading when a plain value would earn a spelling warning from the full reader. */
let doubtful = false;
/** The value of the plain text last resolved, handed from `resolve` to `construct`. */
let resolved: unknown;

/** `2025-03-31` and the like: text to every rule above, and the most common value in a log. */
function looksLikeDate(text: string): boolean {
  return text.length === 10 && text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45;
}

function resolvePlain(text: string): boolean {
  if (!SPECIAL_START.test(text) || looksLikeDate(text)) return false;
  if (YAML11_BOOLEANS.test(text) || LEADING_ZERO.test(text)) doubtful = true;
  const rule = CORE.find(([test]) => test.test(text));
  if (!rule) return false;
  resolved = rule[1](text);
  return true;
}

/** One rule for every plain value: js-yaml asks it about each plain scalar, keys included. */
const SCHEMA = FAILSAFE_SCHEMA.extend({
  implicit: [
    new Type('tag:ub2030,fast:core', {
      kind: 'scalar',
      resolve: resolvePlain,
      construct: () => resolved,
    }),
  ],
});

interface ReaderState {
  listener: unknown;
  anchorMap: object;
  tagMap: object;
  version: string | null;
}

/**
 * The data of a YAML text (without a byte-order mark) when the fast reader can vouch that `yaml`
 * reads exactly the same data from it with no problem at all; undefined when it cannot.
 */
export function fastRead(text: string): { data: unknown } | undefined {
  // A carriage return without a line feed breaks the line for js-yaml, not for `yaml`.
  if (text.includes('\r') && /\r(?!\n)/.test(text)) return undefined;
  if (spansLines(text)) return undefined;
  if (ODD_KEY_SIGNS.some((sign) => text.includes(sign)) && ODD_KEYS.test(text)) return undefined;
  // A tag (`!x`, `!!str`) where a value may start: an empty value with a tag is read differently.
  if (text.includes('!') && /(?:^|[\s[{,:])!/m.test(text)) return undefined;
  doubtful = false;
  let state: ReaderState | undefined;
  let data: unknown;
  try {
    data = load(text, {
      schema: SCHEMA,
      // Called at the first node only, to keep the reader's state: anchors and directives.
      listener(this: unknown, _event: string, current: unknown) {
        state = current as ReaderState;
        state.listener = null;
      },
    });
  } catch {
    return undefined;
  }
  if (doubtful || !state) return undefined;
  // Anchors (and so aliases) and directives are left to `yaml`.
  const plain = Object.keys(state.anchorMap).length === 0 && state.version === null;
  return plain && Object.keys(state.tagMap).length === 0 ? { data } : undefined;
}

/**
 * True when a quoted value or a `[…]`/`{…}` collection goes on over more than one line. `yaml`
 * wants such lines indented further than js-yaml does, so these files are left to `yaml`. A quote
 * counts wherever a value may start, even inside a plain value: that only costs speed.
 */
function spansLines(text: string): boolean {
  const next = OPENERS.map((char) => text.indexOf(char));
  for (;;) {
    const found = Math.min(...next.map((at) => (at < 0 ? Infinity : at)));
    if (found === Infinity) return false;
    const start = text.lastIndexOf('\n', found) + 1;
    const newline = text.indexOf('\n', found);
    const end = newline < 0 ? text.length : newline;
    if (lineLeavesOpen(text, start, end)) return true;
    next.forEach((at, index) => {
      if (at >= 0 && at < end) next[index] = text.indexOf(OPENERS[index]!, end);
    });
  }
}

function lineLeavesOpen(text: string, start: number, end: number): boolean {
  let depth = 0;
  let afterSpace = true;
  for (let at = start; at < end; at++) {
    const char = text[at]!;
    if (char === ' ' || char === '\t' || char === '\r') {
      afterSpace = true;
      continue;
    }
    if (char === '#' && afterSpace) return depth > 0;
    const valueStart = afterSpace || '[{,:'.includes(text[at - 1] ?? '');
    afterSpace = false;
    if (valueStart && (char === '"' || char === "'")) {
      at = closingQuote(text, at, end);
      if (at < 0 || !fitsAfterClose(text[at + 1])) return true;
    } else if (char === '[' || char === '{') {
      depth++;
    } else if ((char === ']' || char === '}') && depth > 0) {
      depth--;
      if (!fitsAfterClose(text[at + 1])) return true;
    }
  }
  return depth > 0;
}

/**
 * What may follow a closing quote or bracket. `yaml` refuses anything else (such as a `#` with no
 * space before it) where js-yaml may not.
 */
function fitsAfterClose(char: string | undefined): boolean {
  return char === undefined || ' \t\r\n,:]}'.includes(char);
}

/** Where the quote opened at `at` closes on its line, or -1. */
function closingQuote(text: string, at: number, end: number): number {
  const quote = text[at];
  for (let next = at + 1; next < end; next++) {
    const char = text[next];
    if (quote === '"' && char === '\\') next++;
    else if (char === quote && quote === "'" && text[next + 1] === "'") next++;
    else if (char === quote) return next;
  }
  return -1;
}
