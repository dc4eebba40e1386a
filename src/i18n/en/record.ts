/**
 * The words of `ub2030 record`: its messages, how it reads values and dates, its questions, in
 * English. `../nl/record.ts` has the same keys.
 */

const quoteList = (names: string[], word: string): string =>
  names.map((name) => `\`${name}\``).join(` ${word} `);

export const recordEn = {
  record: {
    beforeBaseline: (date: string, baseline: string) =>
      `Note: ${date} is on or before this indicator's baseline date (${baseline}), so status and `
      + 'trend will leave this value out.',
    on: 'on',
    recorded: (what: string, file: string) => `Recorded ${what} in ${file}.`,
    replaced: (what: string, file: string, old: string) =>
      `Recorded ${what} in ${file}, replacing ${old} (kept in the entry's history).`,
    wouldRecord: (what: string, file: string) =>
      `Would record ${what} in ${file} (dry run: nothing written). The entry:`,
    programmeBroken: 'programme.yaml has problems, so nothing can be recorded.',
    programmeBrokenHint: 'Run `ub2030 validate` and fix them first.',
    badRef: (ref: string) => `"${ref}" does not name an indicator.`,
    badRefHint:
      'Write it as <project>/<indicator>, for example digital-community-platform/registered-users.',
    noProject: (id: string, close: string[]) =>
      `There is no project \`${id}\``
      + `${close.length > 0 ? `; did you mean ${quoteList(close, 'or')}?` : '.'}`,
    projectsAre: (ids: string[]) => `The projects are: ${ids.join(', ')}.`,
    noIndicator: (id: string, project: string, close: string[]) =>
      `Indicator \`${id}\` is not defined in project \`${project}\``
      + `${close.length > 0 ? `; did you mean ${quoteList(close, 'or')}?` : '.'}`,
    indicatorsAre: (project: string, ids: string[]) =>
      `The indicators of ${project} are: ${ids.join(', ')}.`,
    missing: (argument: string, why: string) => `The argument ${argument} is missing, and ${why}.`,
    notATerminal: 'ub2030 cannot ask for it because it is not running in a terminal',
    noInputOption: '--no-input says not to ask for it',
    missingRefHint: 'Name the indicator and the value, for example: '
      + 'ub2030 record digital-community-platform/registered-users 1840 --date 2026-11-30',
    missingValueHint: (ref: string) =>
      `Give the value after the indicator, for example: ub2030 record ${ref} 1840`,
    logHasProblems: (file: string, first: string | undefined) =>
      `${file} has problems, so nothing was added to it${first ? ` (line ${first})` : ''}.`,
    logHasProblemsHint: 'Run `ub2030 validate`, fix the file, then record again.',
    exists: (indicator: string, date: string, file: string) =>
      `\`${indicator}\` already has a value for ${date} in ${file}; nothing was recorded.`,
    existsHint:
      'To overwrite it, run the same command with --replace: the old value is kept in the '
      + 'entry\'s history.',
    listNotLast: (file: string) =>
      `${file}: the \`measurements:\` list must be the last part of the file, written as a list `
      + `of \`- \` items.`,
    listNotLastHint: 'Move the measurements list to the end of the file, then record again.',
    cannotRewrite: (indicator: string, date: string, file: string) =>
      `The entry of \`${indicator}\` for ${date} in ${file} holds comments or is written in a way `
      + 'ub2030 cannot rewrite without changing more than the value; nothing was changed.',
    cannotRewriteHint: 'Change the value in the file by hand, and say why in its note.',
    wouldNotReadBack: (file: string) =>
      `The change to ${file} would not read back as intended; nothing was written.`,
    wouldNotReadBackHint: 'This is a fault in ub2030. Please report it, with the file.',
  },

  recordInput: {
    unitName: (
      unit: string, name: string | undefined, min: number | undefined, max: number | undefined,
    ): string => {
      switch (unit) {
        case 'count': return `${name ?? 'counts'} (whole numbers)`;
        case 'percent': return 'percent';
        case 'minutes': return 'minutes';
        case 'euro': return 'euros';
        case 'score':
          return min !== undefined && max !== undefined
            ? `a score from ${min} to ${max}` : 'a score';
        default: return name ?? 'a number';
      }
    },
    tooManyDigits: (raw: string, what?: string) =>
      `The ${what ?? 'value'} "${raw}" has more digits than can be kept exactly (15 at most).`,
    tooManyDigitsHint: 'Check the figure for a digit too many; round it to 15 digits if it is right.',
    notANumber: (raw: string, what?: string) => `The ${what ?? 'value'} "${raw}" is not a number.`,
    notANumberHint: 'Write a number such as 1840, 12.5, 12,5, 1.234,5 or -3; '
      + 'thousands may be grouped in threes (12.500 or 12 500).',
    plainHint: 'Leave out the sign, or check that you picked the right indicator.',
    signNotHere: (raw: string, sign: string, what?: string) =>
      `The ${what ?? 'value'} "${raw}" has a ${sign} sign, but this indicator is not measured `
      + `in ${sign === '%' ? 'percent' : 'euros'}.`,
    badGrouping: (raw: string, what?: string) =>
      `The ${what ?? 'value'} "${raw}" mixes up its separators: thousands come in groups of three `
      + 'and the decimal separator comes last, once.',
    ambiguous: (raw: string, thousands: string, decimal: string, what?: string) =>
      `The ${what ?? 'value'} "${raw}" can be read two ways: as ${thousands} (the separator `
      + `groups thousands, `
      + `as in Dutch) or as ${decimal} (a decimal separator, as in English).`,
    ambiguousHint: (thousands: string, decimal: string) =>
      `Write ${thousands} or ${decimal}, whichever you mean.`,
    numerator: 'numerator',
    denominator: 'denominator',
    ratioShape: (indicator: string, numerator: string, denominator: string) =>
      `\`${indicator}\` is a ratio: give its two parts as ${numerator}/${denominator}.`,
    ratioExample: 'For example 412/5200.',
    denominatorZero: (raw: string) => `The second part of a ratio must be more than 0, not ${raw}.`,
    numeratorNegative: (raw: string) => `The first part of a ratio cannot be negative, not ${raw}.`,
    notWhole: (_unit: string) => 'must be a whole number',
    belowMin: (min: number, unit: string) => `is below ${min}, the lowest allowed (${unit})`,
    aboveMax: (max: number, unit: string) => `is above ${max}, the highest allowed (${unit})`,
    valueDoesNotFit: (raw: string, problem: string) => `The value ${raw} ${problem}.`,
    measuredIn: (indicator: string, unit: string) => `\`${indicator}\` is measured in ${unit}.`,
    badDate: (what: string, raw: string) => `${what} ${raw}: this is not a date ub2030 can read.`,
    dateHint: (what: string) =>
      `Write the date as 2026-03-31 or 31-03-2026 (day first), or as today or yesterday; for `
      + `example ${what} 2026-03-31.`,
    noSuchDay: (what: string, raw: string) =>
      `${what} ${raw}: this day does not exist in the calendar.`,
    noSuchDayHint: 'Check the day and the month.',
    outsideProgrammeHint: 'Check the year; a value must fall within the programme\'s period.',
    outsideProgramme: (what: string, date: string, start: string, horizon: string) =>
      `${what} ${date} lies outside the programme (${start} to ${horizon}).`,
  },

  recordPrompt: {
    project: 'Project (type to filter):',
    indicator: (project: string) => `Indicator of ${project} (type to filter):`,
    value: (unit: string, last: string) => `Value in ${unit} — ${last}:`,
    last: (value: string, date: string) => `last ${value} on ${date}`,
    noLast: 'nothing recorded yet',
    date: 'Date (2026-03-31, 31-03-2026, today, yesterday):',
    dateName: 'date',
    taken: (date: string) => `There is already a value for ${date}.`,
    takenHint:
      'Pick another date, or stop (Ctrl+C) and run the command again with --replace to '
      + 'overwrite it.',
    note: 'Note (optional, Enter to skip):',
    entryFor: (what: string) => `The entry for ${what}:`,
    save: 'Save this entry?',
    yes: 'Yes, save it',
    no: 'No, leave the log as it is',
    notSaved: 'Nothing was recorded.',
    stopped: 'Stopped: nothing was recorded.',
    keys: { navigate: 'move', select: 'choose' } as Record<string, string>,
  },
};

export type RecordWords = typeof recordEn;
