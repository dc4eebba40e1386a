/**
 * The words of `ub2030 validate` in English: every problem's message and hint, the summary, the
 * usage errors of its options. Rule names are not here: they are identifiers and stay English.
 * `nl-validate.ts` has the same keys.
 */

/** A message and what to do about it. */
export interface Said {
  message: string;
  hint: string;
}

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;
const code = (text: string): string => `\`${text}\``;
const list = (names: readonly string[]): string => names.join(', ');
const maybe = (suggestion: string): string => (suggestion ? `; ${suggestion}` : '');

export const validateEn = {
  severity: { error: 'error', warning: 'warning' },
  hintLabel: 'hint:',
  summary: {
    clean: (files: number) => `No problems found in ${plural(files, 'file', 'files')}.`,
    found: (errors: number, warnings: number, files: number) => {
      const parts = [errors ? plural(errors, 'error', 'errors') : '', warnings ? plural(warnings, 'warning', 'warnings') : ''];
      return `${parts.filter(Boolean).join(' and ')} in ${plural(files, 'file', 'files')} checked.`;
    },
    strict: 'With --strict, warnings fail the check too.',
  },
  didYouMean: (names: readonly string[]) => `did you mean ${names.map(code).join(' or ')}?`,
  units: {
    count: 'count', percent: 'percent', score: 'score', minutes: 'minutes', euro: 'euro', number: 'number',
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
      hint: 'resolve the merge conflict: keep the right lines, then delete the <<<<<<<, ======= and >>>>>>> lines',
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
      BLOCK_AS_IMPLICIT_KEY: 'a key spreads over more than one line',
      MULTILINE_IMPLICIT_KEY: 'a key spreads over more than one line',
      BAD_SCALAR_START: 'a value starts with a character that needs quotes',
      BAD_ALIAS: 'an alias (`*name`) is written wrongly',
      BAD_DQ_ESCAPE: 'a backslash in double quotes starts an unknown escape',
      BLOCK_IN_FLOW: 'a block is used inside `[…]` or `{…}`',
      MULTIPLE_DOCS: 'the file holds more than one YAML document (a line `---` in the middle)',
    } as Record<string, string>,
    /** Any other error: the YAML reader's own (English) words. */
    yamlOther: (detail: string) => `the YAML reader says: ${detail}`,
    ambiguousBoolean: (word: string): Said => ({
      message: `${code(word)} is read as the text "${word}", but older YAML readers take it for yes/no (true or false)`,
      hint: `put it in quotes, "${word}", so every reader sees the same text`,
    }),
    leadingZero: (written: string, value: number): Said => ({
      message: `${code(written)} is read as the number ${value}; older YAML readers take a leading zero for octal (base 8)`,
      hint: `write ${value} without the leading zero, or put "${written}" in quotes if it is a code`,
    }),
  },

  // A file's shape, checked against its schema.
  schema: {
    notAMap: (found: 'list' | 'value', example: string): Said => ({
      message: `expected a map of \`key: value\` lines, found ${found === 'list' ? 'a list' : 'a single value'}`,
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
    notAllowed: (name: string, value: string, suggestion: string, allowed: readonly string[]): Said => ({
      message: `${code(name)} cannot be ${value}${maybe(suggestion)}`,
      hint: `write one of: ${list(allowed)}`,
    }),
    field: (name: string, owner: string, problem: string) => `${code(name)} of ${owner}: ${problem}`,
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
      number: 'a number', string: 'text', object: 'a map of `key: value` lines', array: 'a list of `- ` items',
      boolean: 'true or false',
    } as Record<string, string>,
    value: {
      nothing: 'nothing',
      list: 'a list',
      map: 'a map',
      text: (text: string) => `the text ${JSON.stringify(text)}`,
      number: (value: number, written?: string) => `the number ${value}${written ? ` (written ${written})` : ''}`,
      boolean: (written: string) => `the yes/no value ${written}`,
    },
    expectedFound: (expected: string, found: string) => `expected ${expected}, found ${found}`,
    emptyList: 'this list is empty',
    emptyText: 'this text is empty',
    tooSmall: (value: string, minimum: string) => `${value} is too small; the lowest allowed is ${minimum}`,
    tooBig: (value: string, maximum: string) => `${value} is too large; the highest allowed is ${maximum}`,
    notADate: (value: string) => `${value} is not a date written as YYYY-MM-DD`,
    notARealDate: (value: string) => `${value} is not a real calendar date`,
    badId: (value: string) => `${value} is not an id: use lower-case letters, digits and hyphens only`,
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

  // Checks across files.
  checks: {
    horizonOrder: (horizon: string, start: string): Said => ({
      message: `the horizon ${horizon} is not after the start ${start}`,
      hint: 'the horizon is the last day of the programme; it must come after the start',
    }),
    duplicateTerm: (id: string): Said => ({ message: `the term id ${code(id)} is used twice`, hint: 'give every term its own id' }),
    termYears: (from: number, to: number): Said => ({
      message: `the term ends (year ${to}) before or when it begins (year ${from})`,
      hint: 'to_year must be larger than from_year',
    }),
    projectFileName: (id: string, file: string, expected: string): Said => ({
      message: `the project id ${code(id)} differs from the file name ${code(file)}`,
      hint: `rename the file to ${id}.yaml or change the id to ${code(expected)}`,
    }),
    duplicateProject: (id: string, file: string): Said => ({
      message: `the project id ${code(id)} is already used in ${file}`,
      hint: 'give every project its own id',
    }),
    unknownTerm: (term: string, suggestion: string, known: readonly string[]): Said => ({
      message: `the term ${code(term)} is not listed in programme.yaml${maybe(suggestion)}`,
      hint: `use one of: ${list(known)}`,
    }),
    periodOrder: (start: string, end: string): Said => ({
      message: `the project ends (${end}) before it starts (${start})`,
      hint: 'swap the two dates or correct one of them',
    }),
    duplicateIndicator: (id: string): Said => ({
      message: `the indicator id ${code(id)} is used twice in this project`,
      hint: 'give every indicator of a project its own id',
    }),
    scoreScale: {
      message: 'a score needs its scale: the lowest and highest possible value',
      hint: 'add `scale: {min: 1, max: 10}` (with your own scale) to the indicator',
    },
    ratioParts: {
      message: 'a ratio indicator needs to say what its two parts are',
      hint: 'add `ratio: {numerator: interactions, denominator: followers, factor: 100}`',
    },
    useUnit: (unit: string) => `use a value in ${unit}`,
    measuredIn: (id: string, unit: string) => `${code(id)} is measured in ${unit}`,
    notWhole: (value: number, unit: string) => `the value ${value} must be a whole number (${unit})`,
    below: (value: number, min: number, unit: string) => `the value ${value} is below ${min}, the lowest ${unit} allowed`,
    above: (value: number, max: number, unit: string) => `the value ${value} is above ${max}, the highest ${unit} allowed`,
    deadlineOrder: (deadline: string, baseline: string): Said => ({
      message: `the deadline ${deadline} is not after the baseline date ${baseline}`,
      hint: 'the baseline is where the indicator starts; the deadline must come later',
    }),
    shouldIncrease: (target: number, baseline: number): Said => ({
      message: `the indicator should increase, but the target ${target} is below the baseline ${baseline}`,
      hint: 'set `direction: decrease`, or correct the target or the baseline',
    }),
    shouldDecrease: (target: number, baseline: number): Said => ({
      message: `the indicator should decrease, but the target ${target} is above the baseline ${baseline}`,
      hint: 'set `direction: increase`, or correct the target or the baseline',
    }),
    milestoneOrder: (date: string, baseline: string, deadline: string): Said => ({
      message: `the milestone date ${date} is not between the baseline (${baseline}) and the deadline (${deadline})`,
      hint: 'a milestone lies on the way from the baseline to the target',
    }),
    outsideProgramme: (date: string, start: string, horizon: string): Said => ({
      message: `the date ${date} lies outside the programme (${start} to ${horizon})`,
      hint: 'correct the date, or widen the programme\'s start or horizon in programme.yaml',
    }),
    logFileName: (project: string, file: string): Said => ({
      message: `this log names the project ${code(project)} but its file is called ${code(file)}`,
      hint: 'a project\'s log is measurements/<project-id>.yaml; rename the file or correct `project:`',
    }),
    unknownProject: (project: string, suggestion: string): Said => ({
      message: `there is no project ${code(project)} in projects/${maybe(suggestion)}`,
      hint: 'the log belongs to the project with that id; check the spelling',
    }),
    unknownIndicator: (indicator: string, project: string, suggestion: string, known: readonly string[]): Said => ({
      message: `indicator ${code(indicator)} is not defined in project ${code(project)}${maybe(suggestion)}`,
      hint: `the indicators of ${project} are: ${list(known)}`,
    }),
    duplicateMeasurement: (indicator: string, date: string, item: number): Said => ({
      message: `${code(indicator)} already has a value for ${date} (item ${item} of this log)`,
      hint: 'keep one of the two entries; to correct a value, change the first entry and say why in its note',
    }),
    ratioMissing: (id: string, numerator: string, denominator: string): Said => ({
      message: `${code(id)} is a ratio: record its two parts, \`numerator\` and \`denominator\``,
      hint: `for example \`numerator: 412\` (${numerator}) and \`denominator: 5200\` (${denominator})`,
    }),
    firstPart: 'first part',
    secondPart: 'second part',
    denominatorZero: (value: number, what: string): Said => ({
      message: `the denominator must be more than 0, found ${value}`,
      hint: `it counts ${what}; check the figure`,
    }),
    numeratorNegative: (value: number): Said => ({
      message: `the numerator cannot be negative, found ${value}`,
      hint: 'check the figure',
    }),
    valueMissing: (id: string): Said => ({
      message: `this measurement of ${code(id)} has no \`value\``,
      hint: 'add a line `value: …` with the measured figure',
    }),
    linkOutside: (target: string): Said => ({
      message: `this file is a link to ${target}, outside the programme folder`,
      hint: 'copy the file into the programme folder instead of linking to it',
    }),
  },

  // Warnings: things that are allowed but probably not meant.
  warnings: {
    noBaselineDate: (id: string, start: string): Said => ({
      message: `indicator ${code(id)} has a target but no baseline date; the project's start (${start}) is used`,
      hint: 'add `date:` under `baseline:`: the day the starting value was measured',
    }),
    termPeriod: (end: string, term: string, from: string, to: string): Said => ({
      message: `the project ends on ${end}, outside its term ${code(term)} (${from} to ${to})`,
      hint: 'move the project to the term its end falls in, or correct the end of its period',
    }),
    stale: (id: string, latest: string, cadence: string, asOf: string): Said => ({
      message: `the latest value of ${code(id)} is from ${latest}: too old for a ${cadence} indicator on ${asOf}`,
      hint: 'record the values measured since then (ub2030 record), or change the cadence if it is measured less often',
    }),
    noValueYet: (id: string, since: string, cadence: string, asOf: string): Said => ({
      message: `${code(id)} has no value since ${since}: a first one is overdue for a ${cadence} indicator on ${asOf}`,
      hint: 'record the first measurement (ub2030 record), or change the cadence if it is measured less often',
    }),
    cadence: {
      daily: 'daily', weekly: 'weekly', monthly: 'monthly', quarterly: 'quarterly', yearly: 'yearly',
    } as Record<string, string>,
    future: (date: string, asOf: string): Said => ({
      message: `this measurement is dated ${date}, after today (${asOf})`,
      hint: 'a measurement is dated on the last day of the period it covers; check the year and the month',
    }),
    jump: (value: string, low: string, high: string): Said => ({
      message: `the value ${value} is far outside this indicator's recent values (${low} to ${high})`,
      hint: 'check for a typing error, such as a digit too many or too few; if the value is right, say why in `note:`',
    }),
  },

  // `--since`: what changed since a git revision.
  history: {
    changed: (indicator: string, date: string, before: string, after: string, rev: string): Said => ({
      message: `the value of ${code(indicator)} on ${date} was changed since ${rev}, from ${before} to ${after}`,
      hint: 'recorded values should stay as they are; if this corrects a mistake, say why in the entry\'s `note:`',
    }),
    removed: (indicator: string, date: string, rev: string): Said => ({
      message: `the value of ${code(indicator)} on ${date} was removed since ${rev}`,
      hint: 'the log only grows; restore the entry, or correct it and say why in its `note:`',
    }),
    seriesBreak: (indicator: string, field: string, before: string, after: string, rev: string): Said => ({
      message: `${code(field)} of indicator ${code(indicator)} changed since ${rev}, from ${before} to ${after}, `
        + 'while values were already recorded: the series breaks here',
      hint: 'values measured before and after the change no longer compare; consider a new indicator, '
        + 'or explain the change in `method:`',
    }),
    nothing: '(none)',
  },

  // Options and folders: these stop the command (exit code 2).
  usage: {
    cannotReadFolder: (path: string, detail: string) => `Cannot read the folder ${path}: ${detail}`,
    cannotReadFile: (path: string, detail: string) => `Cannot read ${path}: ${detail}`,
    cannotReadFileHint: 'Check that the file exists and that you may read it.',
    noGit: (dir: string) => `--since needs git, but ${dir} is not inside a git repository (or git is not installed).`,
    noGitHint: 'Run it in a clone of the programme\'s repository, or leave out --since.',
    badRev: (rev: string) => `--since ${rev}: git does not know this revision.`,
    badRevHint: 'Give a commit, a branch or a tag, for example --since origin/main or --since HEAD~1.',
  },
};

export type ValidateMessages = typeof validateEn;
