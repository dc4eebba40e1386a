/**
 * The words of `ub2030 validate` in English: every problem's message and hint, the summary, the
 * usage errors of its options. Rule names are not here: they are identifiers and stay English.
 * `nl-validate.ts` has the same keys.
 */

import { checksEn } from './en-validate-checks.js';
import type { Said } from './said.js';

export type { Said };

const plural = (count: number, one: string, many: string): string =>
  `${count} ${count === 1 ? one : many}`;
const code = (text: string): string => `\`${text}\``;
const list = (names: readonly string[]): string => names.join(', ');
const maybe = (suggestion: string): string => (suggestion ? `; ${suggestion}` : '');

export const validateEn = {
  severity: { error: 'error', warning: 'warning' },
  hintLabel: 'hint:',
  summary: {
    clean: (files: number) => `No problems found in ${plural(files, 'file', 'files')}.`,
    found: (errors: number, warnings: number, files: number) => {
      const parts = [
        errors ? plural(errors, 'error', 'errors') : '',
        warnings ? plural(warnings, 'warning', 'warnings') : '',
      ];
      return `${parts.filter(Boolean).join(' and ')} in ${plural(files, 'file', 'files')} checked.`;
    },
    strict: 'With --strict, warnings fail the check too.',
  },
  didYouMean: (names: readonly string[]) => `did you mean ${names.map(code).join(' or ')}?`,
  units: {
    count: 'count',
    percent: 'percent',
    score: 'score',
    minutes: 'minutes',
    euro: 'euro',
    number: 'number',
  } as Record<string, string>,

  // Reading a file: encoding, lines, YAML syntax.
  file: {
    byteOrderMark: {
      message: 'the file starts with an invisible byte-order mark',
      hint: 'save the file as "UTF-8" rather than "UTF-8 with BOM"; ub2030 reads it either way',
    },
    encoding: {
      message: 'this file is not UTF-8 text',
      hint: 'save it with the encoding "UTF-8" in your editor',
    },
    conflictMarker: {
      message: 'a git conflict marker is left in the file',
      hint:
        'resolve the merge conflict: keep the right lines, then delete the <<<<<<<, ======= ' +
        'and >>>>>>> lines',
    },
    tabIndent: {
      message: 'this line is indented with a tab; YAML allows only spaces for indentation',
      hint: 'replace the tab with spaces (two per level)',
    },
    emptyFile: {
      message: 'this file is empty',
      hint: 'fill it in (see programme/README.md for the format) or remove the file',
    },
    duplicateKey: (key: string): Said => ({
      message: `the key ${code(key)} appears twice in the same block`,
      hint: 'keep one of the two lines; a key may appear only once at each level',
    }),
    aliasBomb: {
      message: 'this file uses aliases (`*name`) that expand to an enormous amount of data',
      hint: 'write the values out instead of repeating them through aliases',
    },
    syntax: (what: string): Said => ({
      message: `the file's YAML structure is broken here: ${what}`,
      hint: 'check the indentation and that every `key: value` has its colon and a space after it',
    }),
    /** What the YAML reader found, by its error code. */
    yaml: {
      BAD_INDENT: 'this line is indented wrongly for its place',
      MISSING_CHAR: 'a closing character is missing (a quote, `]` or `}`)',
      UNEXPECTED_TOKEN: 'something stands where it does not belong',
      BLOCK_AS_IMPLICIT_KEY: 'the next line is indented more deeply than this place allows',
      MULTILINE_IMPLICIT_KEY:
        'a line lacks the colon of `key: value`, or a key runs over more than one line',
      BAD_SCALAR_START: 'a value starts with a character that needs quotes',
      BAD_ALIAS: 'an alias (`*name`) is written wrongly',
      BAD_DQ_ESCAPE: 'a backslash in double quotes starts an unknown escape',
      BLOCK_IN_FLOW: 'a block is used inside `[…]` or `{…}`',
      MULTIPLE_DOCS: 'the file holds more than one YAML document (a line `---` in the middle)',
    } as Record<string, string>,
    /** Any other error: the YAML reader's own (English) words. */
    yamlOther: (detail: string) => `the YAML reader says: ${detail}`,
    ambiguousBoolean: (word: string): Said => ({
      message:
        `${code(word)} is read as the text "${word}", but older YAML readers take it for ` +
        `yes/no (true or false)`,
      hint: `put it in quotes, "${word}", so every reader sees the same text`,
    }),
    leadingZero: (written: string, value: number): Said => ({
      message:
        `${code(written)} is read as the number ${value}; older YAML readers take a leading ` +
        `zero for octal (base 8)`,
      hint:
        `write ${value} without the leading zero, or put "${written}" in quotes if it is a ` +
        `code`,
    }),
  },

  // A file's shape, checked against its schema.
  schema: {
    notAMap: (found: 'list' | 'value', example: string): Said => ({
      message:
        `expected a map of \`key: value\` lines, found ` +
        `${found === 'list' ? 'a list' : 'a single value'}`,
      hint: `start the file like this: ${example}`,
    }),
    unknownKey: (key: string, suggestion: string, known: readonly string[]): Said => ({
      message: `${code(key)} is not a known field here${maybe(suggestion)}`,
      hint: `the fields allowed here are: ${list(known)}`,
    }),
    missingField: (owner: string, name: string): Said => ({
      message: `${owner} has no ${code(name)}`,
      hint: `add a line \`${name}: …\` (see programme/README.md for what it holds)`,
    }),
    notAllowed: (
      name: string,
      value: string,
      suggestion: string,
      allowed: readonly string[],
    ): Said => ({
      message: `${code(name)} cannot be ${value}${maybe(suggestion)}`,
      hint: `write one of: ${list(allowed)}`,
    }),
    field: (name: string, owner: string, problem: string) =>
      `${code(name)} of ${owner}: ${problem}`,
    owner: {
      file: 'this file',
      indicator: (id: string) => `indicator ${code(id)}`,
      indicatorAt: (index: number) => `indicator ${index}`,
      term: (id: string) => `term ${code(id)}`,
      termAt: (index: number) => `term ${index}`,
      milestone: (index: number) => `milestone ${index}`,
      measurement: (index: number, indicator?: string) =>
        `measurement ${index}${indicator ? ` of ${code(indicator)}` : ''}`,
      item: (index: number, listName: string) => `item ${index} of ${code(listName)}`,
      key: (key: string, parent?: string) => `${code(key)}${parent ? ` in ${parent}` : ''}`,
    },
    expected: {
      number: 'a number',
      string: 'text',
      object: 'a map of `key: value` lines',
      array: 'a list of `- ` items',
      boolean: 'true or false',
    } as Record<string, string>,
    value: {
      nothing: 'nothing',
      list: 'a list',
      map: 'a map',
      text: (text: string) => `the text ${JSON.stringify(text)}`,
      number: (value: number, written?: string) =>
        `the number ${value}${written ? ` (written ${written})` : ''}`,
      boolean: (written: string) => `the yes/no value ${written}`,
    },
    expectedFound: (expected: string, found: string) => `expected ${expected}, found ${found}`,
    emptyList: 'this list is empty',
    emptyText: 'this text is empty',
    tooSmall: (value: string, minimum: string) =>
      `${value} is too small; the lowest allowed is ${minimum}`,
    tooBig: (value: string, maximum: string) =>
      `${value} is too large; the highest allowed is ${maximum}`,
    notADate: (value: string) => `${value} is not a date written as YYYY-MM-DD`,
    notARealDate: (value: string) => `${value} is not a real calendar date`,
    badId: (value: string) =>
      `${value} is not an id: use lower-case letters, digits and hyphens only`,
    invalid: (found: string) => `this is not allowed here (found ${found})`,
    hints: {
      realDate: 'write a day that exists, as YYYY-MM-DD; check the day and the month',
      dateFormat: 'write the date as YYYY-MM-DD, for example 2026-03-31',
      decimalComma: (fixed: string) => `write numbers with a decimal point, not a comma: ${fixed}`,
      number: 'write a plain number without units or quotes, for example 12.5',
      text: 'write text here; put it in quotes if it starts with a special character',
      quoteText: (written: string) => `put it in quotes to keep it as text: "${written}"`,
      id: 'for example `registered-users`',
      readme: 'compare with the examples in programme/README.md',
    },
  },

  ...checksEn,

  // `ub2030 schema`.
  schemaCommand: {
    wrote: (path: string) => `Wrote ${path}`,
    notCurrent: (path: string) => `${path} is not current: run \`ub2030 schema\` to write it.`,
    current: (count: number, folder: string) =>
      `The ${count} schema files in ${folder} are current.`,
  },

  // Options and folders: these stop the command (exit code 2).
  usage: {
    cannotReadFolder: (path: string, detail: string) => `Cannot read the folder ${path}: ${detail}`,
    cannotReadFile: (path: string, detail: string) => `Cannot read ${path}: ${detail}`,
    cannotReadFileHint: 'Check that the file exists and that you may read it.',
    noGit: (dir: string) =>
      `--since needs git, but ${dir} is not inside a git repository (or git is not installed).`,
    noGitHint: "Run it in a clone of the programme's repository, or leave out --since.",
    badRev: (rev: string) => `--since ${rev}: git does not know this revision.`,
    badRevHint:
      'Give a commit, a branch or a tag, for example --since origin/main or --since HEAD~1.',
  },
};

export type ValidateMessages = typeof validateEn;
