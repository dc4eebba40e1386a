/**
 * The words of `record`, `import` and `undo` about files: locks, the CSV import, undo, in English.
 * `../nl/record-io.ts` has the same keys.
 */
import type { LockOwner } from '../../io/lock.js';

/** The local time of day of an ISO date-time: 14:03:12. */
const clock = (iso: string): string => new Date(iso).toTimeString().slice(0, 8);

const plural = (count: number, one: string, many: string): string =>
  `${count} ${count === 1 ? one : many}`;

export const recordIoEn = {
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
    readOnly: (file: string) => `${file} is read-only, so nothing was written to it.`,
    readOnlyHint: 'Someone protected this file on purpose: ask them, or make it writable again '
      + '(in its properties), then record again.',
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
};

export type RecordIoWords = typeof recordIoEn;
