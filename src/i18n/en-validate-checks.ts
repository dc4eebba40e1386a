/** The words of the cross-file checks, the warnings and `--since`, in English (see en-validate). */
import type { Said } from './said.js';

const code = (text: string): string => `\`${text}\``;
const list = (names: readonly string[]): string => names.join(', ');
const maybe = (suggestion: string): string => (suggestion ? `; ${suggestion}` : '');

export const checksEn = {
  // Checks across files.
  checks: {
    horizonOrder: (horizon: string, start: string): Said => ({
      message: `the horizon ${horizon} is not after the start ${start}`,
      hint: 'the horizon is the last day of the programme; it must come after the start',
    }),
    duplicateTerm: (id: string): Said => ({
      message: `the term id ${code(id)} is used twice`,
      hint: 'give every term its own id',
    }),
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
    /** A whole-number value written like 1.840: most likely a Dutch thousands separator. */
    thousandsDot: (value: number, unit: string, meant: number) =>
      `the value ${value} must be a whole number (${unit}); if you meant ${meant}, write it without `
      + 'a thousands separator',
    tooLarge: (value: number) =>
      `the value ${value} is too large to keep exactly; numbers up to 15 digits are kept exactly`,
    notWhole: (value: number, unit: string) =>
      `the value ${value} must be a whole number (${unit})`,
    below: (value: number, min: number, unit: string) =>
      `the value ${value} is below ${min}, the lowest ${unit} allowed`,
    above: (value: number, max: number, unit: string) =>
      `the value ${value} is above ${max}, the highest ${unit} allowed`,
    deadlineOrder: (deadline: string, baseline: string): Said => ({
      message: `the deadline ${deadline} is not after the baseline date ${baseline}`,
      hint: 'the baseline is where the indicator starts; the deadline must come later',
    }),
    shouldIncrease: (target: number, baseline: number): Said => ({
      message: `the indicator should increase, but the target ${target} is below the baseline `
        + `${baseline}`,
      hint: 'set `direction: decrease`, or correct the target or the baseline',
    }),
    shouldDecrease: (target: number, baseline: number): Said => ({
      message: `the indicator should decrease, but the target ${target} is above the baseline `
        + `${baseline}`,
      hint: 'set `direction: increase`, or correct the target or the baseline',
    }),
    milestoneOrder: (date: string, baseline: string, deadline: string): Said => ({
      message: `the milestone date ${date} is not between the baseline (${baseline}) and the `
        + `deadline (${deadline})`,
      hint: 'a milestone lies on the way from the baseline to the target',
    }),
    outsideProgramme: (date: string, start: string, horizon: string): Said => ({
      message: `the date ${date} lies outside the programme (${start} to ${horizon})`,
      hint: "correct the date, or widen the programme's start or horizon in programme.yaml",
    }),
    logFileName: (project: string, file: string): Said => ({
      message: `this log names the project ${code(project)} but its file is called ${code(file)}`,
      hint: "a project's log is measurements/<project-id>.yaml; rename the file or correct "
        + "`project:`",
    }),
    unknownProject: (project: string, suggestion: string): Said => ({
      message: `there is no project ${code(project)} in projects/${maybe(suggestion)}`,
      hint: 'the log belongs to the project with that id; check the spelling',
    }),
    unknownIndicator: (
      indicator: string,
      project: string,
      suggestion: string,
      known: readonly string[],
    ): Said => ({
      message: `indicator ${code(indicator)} is not defined in project `
        + `${code(project)}${maybe(suggestion)}`,
      hint: `the indicators of ${project} are: ${list(known)}`,
    }),
    duplicateMeasurement: (indicator: string, date: string, item: number): Said => ({
      message: `${code(indicator)} already has a value for ${date} (item ${item} of this log)`,
      hint: 'keep one of the two entries; to correct a value, change the first entry and say why '
        + 'in its note',
    }),
    ratioMissing: (id: string, numerator: string, denominator: string): Said => ({
      message: `${code(id)} is a ratio: record its two parts, \`numerator\` and \`denominator\``,
      hint: `for example \`numerator: 412\` (${numerator}) and \`denominator: 5200\` `
        + `(${denominator})`,
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
      message: `indicator ${code(id)} has a target but no baseline date; the project's start `
        + `(${start}) is used`,
      hint: 'add `date:` under `baseline:`: the day the starting value was measured',
    }),
    termPeriod: (end: string, term: string, from: string, to: string): Said => ({
      message: `the project ends on ${end}, outside its term ${code(term)} (${from} to ${to})`,
      hint: 'move the project to the term its end falls in, or correct the end of its period',
    }),
    stale: (id: string, latest: string, cadence: string, asOf: string): Said => ({
      message: `the latest value of ${code(id)} is from ${latest}: too old for a ${cadence} `
        + `indicator on ${asOf}`,
      hint: 'record the values measured since then (ub2030 record), or change the cadence if it is '
        + 'measured less often',
    }),
    noValueYet: (id: string, cadence: string, asOf: string): Said => ({
      message: `${code(id)} has no value after its baseline: a first one is overdue for a `
        + `${cadence} indicator on ${asOf}`,
      hint: 'record the first measurement (ub2030 record), or change the cadence if it is measured '
        + 'less often',
    }),
    cadence: {
      daily: 'daily',
      weekly: 'weekly',
      monthly: 'monthly',
      quarterly: 'quarterly',
      yearly: 'yearly',
    } as Record<string, string>,
    future: (date: string, asOf: string): Said => ({
      message: `this measurement is dated ${date}, which is still in the future on ${asOf}`,
      hint: 'a measurement is dated on the last day of the period it covers; check the year and '
        + 'the month',
    }),
    beforeBaseline: (date: string, baseline: string): Said => ({
      message: `this value is dated ${date}, on or before the indicator's baseline date ${baseline}, `
        + 'so status and trend leave it out',
      hint: 'check the date; a value from before the start belongs in the indicator\'s `baseline:` '
        + 'in the project file',
    }),
    jump: (value: string, recent: string): Said => ({
      message: `the value ${value} is far outside this indicator's recent values (${recent})`,
      hint: 'check for a typing error, such as a digit too many or too few; if the value is right, '
        + 'say why in `note:`',
    }),
  },

  // `--since`: what changed since a git revision.
  history: {
    changed: (
      indicator: string,
      date: string,
      before: string,
      after: string,
      rev: string,
    ): Said => ({
      message: `the value of ${code(indicator)} on ${date} was changed since ${rev}, from `
        + `${before} to ${after}`,
      hint: "recorded values should stay as they are; if this corrects a mistake, say why in the "
        + "entry's `note:`",
    }),
    removed: (indicator: string, date: string, rev: string): Said => ({
      message: `the value of ${code(indicator)} on ${date} was removed since ${rev}`,
      hint: 'the log only grows; restore the entry, or correct it and say why in its `note:`',
    }),
    seriesBreak: (
      indicator: string,
      field: string,
      before: string,
      after: string,
      rev: string,
    ): Said => ({
      message:
        `${code(field)} of indicator ${code(indicator)} changed since ${rev}, `
        + `from ${before} to ${after}, while values were already recorded: the series breaks here`,
      hint:
        'values measured before and after the change no longer compare; '
        + 'consider a new indicator, or explain the change in `method:`',
    }),
    nothing: '(none)',
  },
};

export type ChecksMessages = typeof checksEn;
