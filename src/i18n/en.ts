/**
 * Every word ub2030 prints, in English. `nl.ts` has the same keys (the type checker and a test
 * both insist); add a message to both or to neither.
 */
import type { PeriodKind } from '../maths/periods.js';
import { validateEn } from './en-validate.js';
import { cliEn } from './en/cli.js';
import { reportEn } from './en/report.js';
import type { LockOwner } from '../io/lock.js';
import type { StatusWord } from '../maths/status.js';
import type { GoodWay, Verdict } from '../maths/trend.js';

const quoteList = (names: string[], word: string): string => names.map((name) => `\`${name}\``).join(` ${word} `);

/** The local time of day of an ISO date-time: 14:03:12. */
const clock = (iso: string): string => new Date(iso).toTimeString().slice(0, 8);

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

export const en = {
  /** BCP 47 locale for numbers and dates. */
  locale: 'en-GB',

  status: {
    achieved: 'achieved',
    'on-track': 'on track',
    'at-risk': 'at risk',
    'off-track': 'off track',
    missed: 'missed',
    'too-early': 'too early',
    'no-data': 'no data',
    'not-started': 'not started',
  } satisfies Record<StatusWord, string>,

  state: {
    planned: 'planned', active: 'active', completed: 'completed', paused: 'paused', stopped: 'stopped',
  } as Record<string, string>,

  headers: {
    indicator: 'Indicator',
    baseline: 'Baseline',
    latest: 'Latest',
    target: 'Target',
    progress: 'Progress',
    expected: 'Expected',
    status: 'Status',
  },

  statusReport: {
    title: (programme: string, date: string) => `${programme} — status on ${date}`,
    markdownIntro: (date: string) => `Status on ${date}.`,
    noProjects: '(no projects in this term)',
    projectAbout: (id: string, state: string, start: string, end: string) => `(${id}, ${state}, ${start} to ${end})`,
    stale: 'stale',
    keep: 'keep',
    total: 'total',
    programme: 'Programme',
    problemsLeftOut: (count: number) =>
      `${plural(count, 'problem', 'problems')} in the programme files: what could not be read is left out above. `
      + 'Run `ub2030 validate` to see and fix them.',
    unreadable: 'The programme cannot be read: programme.yaml has problems. Run `ub2030 validate` to see them.',
  },

  summary: {
    onTrack: (count: number, total: number) => `${count} of ${total} indicators on track or achieved`,
    count: (count: number, word: string) => `${count} ${word}`,
    withoutData: (count: number) => `${count} without data`,
    notStarted: (count: number) => `${count} not started`,
    stale: (count: number) => `${count} stale`,
  },

  // ── trend: the words of `ub2030 trend` go below this line ──

  trend: {
    title: (programme: string, date: string) => `${programme} — trend on ${date}`,
    periodsTitle: (programme: string, kind: string, date: string) =>
      `${programme} — per ${kind}, as of ${date}`,
    markdownIntro: (date: string) => `Trend on ${date}.`,
    periodsIntro: (kind: string, date: string) => `Per ${kind}, as of ${date}.`,
    kinds: {
      month: 'month', quarter: 'quarter', year: 'year',
    } satisfies Record<PeriodKind, string>,
    quarter: (year: string, quarter: string) => `${year} Q${quarter}`,
    headers: {
      indicator: 'Indicator',
      series: 'Series',
      latest: 'Latest',
      change: 'Change',
      yearChange: 'In a year',
      pace: 'Pace',
      deadline: 'At deadline',
      reached: 'Target reached',
      verdict: 'Verdict',
    },
    verdict: {
      improving: 'improving',
      flat: 'flat',
      worsening: 'worsening',
      'too-few-points': 'too few points',
    } satisfies Record<Verdict, string>,
    onTime: '→ on time',
    late: '→ too late',
    good: { up: '↑ is good', down: '↓ is good', keep: '↔ keep' } satisfies Record<GoodWay, string>,
    perMonth: '/mo',
    perYear: '/yr',
    reach: { reached: 'reached', within: 'within band', never: 'never at this pace' },
    target: 'target',
    partial: (date: string) => `* still running on ${date}`,
    legend: (months: number | undefined, minPoints: number) =>
      'Change: since the previous value; below it, over the last year. Pace: Theil–Sen slope over '
      + `${months === undefined ? 'the whole series' : `the last ${months} months`}, `
      + `at least ${minPoints} points (for a count of events: the median total per period). `
      + 'At deadline: the value at the deadline at this pace; below it, the day the target is '
      + 'reached. → on time / → too late: whether that value meets the target.',
    periodsLegend: 'The row "target" under each indicator is what the plan expects: the planned '
      + 'value at the end of the period, or, for a total, the planned number within the period.',
    summary: {
      improving: (count: number, total: number) => `${count} of ${total} improving`,
      flat: (count: number) => `${count} flat`,
      worsening: (count: number) => `${count} worsening`,
      tooFew: (count: number) => `${count} with too few points`,
      late: (count: number) => `${count} projected to miss their target`,
      noneLate: 'none projected to miss its target',
    },
    errors: {
      window: (value: string) =>
        `--window ${value}: expected a number of months or years, such as 12m, 24m or 2y, or all.`,
      windowHint: 'For example: --window 24m',
      period: (option: string, value: string) =>
        `${option} ${value}: expected a year (2026), a month (2026-03), a quarter (2026-Q1) `
        + 'or a date (2026-03-31).',
      periodHint: (option: string) => `For example: ${option} 2025-Q1`,
      noDay: (option: string, value: string) =>
        `${option} ${value}: this day does not exist in the calendar.`,
      order: (from: string, to: string) => `--from ${from} comes after --to ${to}.`,
      orderHint: 'Swap the two dates, or leave one out.',
      needBy: '--from and --to choose the period columns; '
        + 'use them together with --by month, quarter or year.',
      needByHint: 'For example: ub2030 trend --by quarter --from 2025-Q1',
    },
  },

  // (end of trend)


  // ── validate: the words of `ub2030 validate`, its rules and hints go below this line ──
  /** `ub2030 validate`: kept in a file of its own, as it is long. */
  validate: validateEn,
  // (end of validate)


  // ── record: the words of `ub2030 record`, `import` and `undo` go below this line ──

  record: {
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

  recordLock: {
    busy: (file: string, owner: LockOwner | undefined, seconds: number) =>
      `${file} is being changed by another ub2030 run`
      + (owner ? ` (\`${owner.command}\` by ${owner.user || 'an unknown user'} on ${owner.host}, `
        + `process ${owner.pid}, `
        + `since ${clock(owner.since)})` : '')
      + `; waited ${seconds} seconds. Nothing was written.`,
    busyHint: (lockPath: string, staleSeconds: number) =>
      'Try again in a moment. If no ub2030 is running any more, the lock clears itself '
      + `within ${staleSeconds} seconds; only if it does not, remove the folder ${lockPath}.`,
    cannotLock: (file: string, reason: string) => `Cannot lock ${file} for writing: ${reason}`,
    cannotLockHint: 'Check that you may write in the measurements folder.',
    keepsChanging: (file: string) =>
      `${file} kept changing while ub2030 tried to write it; nothing was written.`,
    keepsChangingHint: 'Someone is editing the file right now. Save and close it, then try again.',
    lost: (detail: string) =>
      `The lock on the log was taken over while ub2030 held it (${detail}); nothing was written.`,
    lostHint:
      'Try again; if this keeps happening, check that the computer\'s clock and the shared '
      + 'drive work normally.',
    writeFailed: (file: string, reason: string) =>
      `Could not write ${file}: ${reason}. Nothing was changed.`,
    writeFailedHint:
      'Check that the disk is not full and that you may write the file, then try again.',
    partlyWritten: (done: string[], failed: string, reason: string) =>
      `Wrote ${done.join(', ')}, but could not write ${failed}: ${reason}. ${failed} is unchanged.`,
    partlyWrittenHint: (rest: string[]) =>
      `${rest.length > 0 ? `Not written either: ${rest.join(', ')}. ` : ''}`
      + 'Run `ub2030 undo --yes` to take back what was written, fix the problem, and import again.',
  },

  recordImport: {
    cannotRead: (file: string, reason: string) => `Cannot read ${file}: ${reason}`,
    cannotReadHint: 'Check the file name and that you may read the file.',
    notUtf8: (file: string) => `${file} is not UTF-8 text.`,
    notUtf8Hint: 'In Excel, save it as "CSV UTF-8 (comma delimited)" and import that file.',
    empty: (file: string) => `${file} is empty.`,
    emptyHint: 'Export the sheet again, with a header row naming the columns.',
    badCsv: (file: string, line: number | undefined, reason: string) =>
      `${file}${line ? `:${line}` : ''}: the file cannot be read as CSV: ${reason}`,
    badCsvHint: 'Look for a quote (") that is not closed; export the sheet again if needed.',
    badColumnOption: (option: string) =>
      `--column ${option}: expected field=header, for example --column value=Aantal.`,
    columnOptionHint: (fields: readonly string[]) => `The fields are: ${fields.join(', ')}.`,
    noSuchColumn: (name: string, file: string) => `${file} has no column "${name}".`,
    headersAre: (header: string[]) =>
      `Its columns are: ${header.map((name) => `"${name}"`).join(', ')}; `
      + 'name the right one with --column, for example --column value=Aantal.',
    missingColumn: (field: string, names: string[], file: string) =>
      `${file} has no column for \`${field}\` (looked for a header named `
      + `${names.map((name) => `"${name}"`).join(', ')}).`,
    emptyCell: (column: string) => `the ${column} cell is empty.`,
    noProject: 'this row does not say which project it belongs to.',
    noProjectHint:
      'Add a project column, write the indicator as project/indicator, or pass --project.',
    twiceInFile: (line: number) =>
      `this indicator and date are already on line ${line} of the file.`,
    twiceInFileHint: 'Keep one of the two rows.',
    alreadyInLog: (date: string) => `this indicator already has a value for ${date} in its log.`,
    alreadyInLogHint:
      'Leave the row out, or change the value in the log with `ub2030 record --replace`.',
    badDecimal: (mark: string) => `--decimal ${mark}: expected comma or point.`,
    badDecimalHint: 'For example --decimal comma for 12,5.',
    refused: (bad: number, total: number) =>
      `${plural(bad, 'row', 'rows')} of ${total} ${bad === 1 ? 'has' : 'have'} problems, so `
      + `nothing was imported. `
      + 'Fix the rows and import the file again.',
    more: (count: number) => `… and ${plural(count, 'more row', 'more rows')} with problems.`,
    noRows: (file: string) =>
      `${file} has a header but no rows with measurements; nothing was imported.`,
    readAs: (delimiter: string, decimal: string | undefined) =>
      `Read as: columns separated by ${delimiter === '\t' ? 'tabs' : `"${delimiter}"`}, `
      + `${decimal === ',' ? 'decimal comma' : decimal === '.' ? 'decimal point'
        : 'decimal separator told per value'}.`,
    wouldWrite: (count: number, file: string) =>
      `Would add ${plural(count, 'entry', 'entries')} to ${file}:`,
    dryRun: 'Dry run: nothing written.',
    imported: (total: number, logs: readonly (readonly [number, string])[]) =>
      `Imported ${plural(total, 'measurement', 'measurements')}: `
      + `${logs.map(([count, file]) => `${count} into ${file}`).join(', ')}.`,
  },

  recordUndo: {
    nothing: (project: string | undefined) =>
      `There is nothing to undo${project ? ` in the log of ${project}` : ''}: ub2030 has no `
      + `change on record that is not undone yet.`,
    about: (kind: string, file: string, when: string, user: string) =>
      `The last change: ${kind === 'replace' ? 'a replaced value'
        : kind === 'import' ? 'an import' : 'a recorded value'} `
      + `in ${file}, on ${when}${user ? ` by ${user}` : ''}. Undo removes these lines:`,
    restores: (now: string, old: string) => `${now}\n  and puts back:\n${old}`,
    moreLines: (count: number) => `  … and ${plural(count, 'more line', 'more lines')}`,
    ask: 'Undo this change?',
    yes: 'Yes, undo it',
    no: 'No, keep it',
    kept: 'Nothing was changed.',
    dryRun: 'Dry run: nothing changed.',
    needYes:
      'Undo changes the log, and ub2030 cannot ask for confirmation here (not a terminal, or '
      + '--no-input).',
    needYesHint: 'Look at the change above, then run the command again with --yes.',
    notAtEnd: (file: string) =>
      `The last entry ub2030 added to ${file} is no longer at the end of the file: someone has `
      + `changed the file since. `
      + 'Nothing was undone, so that nothing a person wrote is removed.',
    changedSince: (file: string) =>
      `The text ub2030 wrote in ${file} has been changed since; nothing was undone.`,
    changedSinceHint: 'Remove or correct the entry in the file by hand.',
    done: (kind: string, count: number, file: string) =>
      (kind === 'replace' ? `Undone: the earlier value is back in ${file}.`
        : `Undone: removed ${plural(count, 'entry', 'entries')} from ${file}.`),
  },


  // (end of record)


  // ── report: the words of `ub2030 report` and the rest go below this line ──

  report: reportEn,
  /** The command line: help, commander's messages, messages before a programme is read. */
  cli: cliEn,

  // (end of report)
};

export type Messages = typeof en;
