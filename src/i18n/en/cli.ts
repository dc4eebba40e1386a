/**
 * The words of the command line itself, in English: the help of every command and option, the
 * texts commander prints on a wrong command line, and the messages given before a programme is
 * read. `cli.ts` loads only this file (and its Dutch twin), so `--help` stays quick.
 */

export const cliEn = {
  errorLabel: 'error:',
  hintLabel: 'hint:',
  unexpected: (message: string) => `ub2030 stopped unexpectedly: ${message}`,
  unexpectedHint:
    'This is a fault in ub2030, not in your files. Please report it with the command you ran.',
  helpAfterError: '(run `ub2030 --help` for the list of commands and options)',

  lang: {
    unknown: (value: string) => `--lang ${value}: ub2030 speaks nl and en.`,
    hint: 'Use --lang nl or --lang en.',
  },
  find: {
    notAFolder: (origin: string, dir: string) => `${origin} names ${dir}, which is not a folder.`,
    notAFolderHint: 'Give the folder that holds programme.yaml.',
    noProgrammeFile: (origin: string, dir: string) =>
      `${origin} names ${dir}, but there is no programme.yaml in it.`,
    noProgrammeFileHint: 'Give the folder that holds programme.yaml, or start a programme there.',
    notFound: (cwd: string) =>
      `No programme found: there is no programme/programme.yaml in ${cwd} or any folder above it.`,
    notFoundHint: 'Run ub2030 inside your programme repository, or point at the folder with '
      + '--dir PATH or UB2030_DIR.',
  },
  date: {
    format: (option: string, value: string) =>
      `${option} ${value}: expected a date written as YYYY-MM-DD.`,
    example: (option: string) => `For example: ${option} 2026-12-01`,
    noSuchDay: (option: string, value: string) =>
      `${option} ${value}: this day does not exist in the calendar.`,
    noSuchDayHint: 'Check the day and the month.',
  },
  filter: {
    noTerm: (value: string) => `--term ${value}: there is no such term`,
    termsAre: (ids: string[]) => `The terms are: ${ids.join(', ')}`,
    noProject: (value: string) => `--project ${value}: there is no such project`,
    projectsAre: (ids: string[]) => `The projects are: ${ids.join(', ')}`,
    otherTerm: (project: string, term: string, asked: string) =>
      `--project ${project} belongs to the term \`${term}\`, not to --term ${asked}, so there is `
      + 'nothing to show.',
    otherTermHint: (project: string) => `Leave out --term, or use --project ${project} alone.`,
  },

  /** Placeholders in the help, as in `--as-of <date>`. */
  placeholders: {
    path: 'path', lang: 'lang', format: 'format', date: 'date', rev: 'rev', folder: 'folder',
    id: 'id', span: 'span', period: 'period', text: 'text', name: 'name', file: 'file',
    field: 'field=header', mark: 'mark', project: 'project', indicator: 'indicator',
    value: 'value', command: 'command', options: 'options',
  },
  /** commander's headings, by their English text. */
  titles: {
    'Usage:': 'Usage:', 'Options:': 'Options:', 'Commands:': 'Commands:',
    'Arguments:': 'Arguments:', 'Global Options:': 'Global Options:',
  } as Record<string, string>,
  choices: (list: string) => `choices: ${list}`,
  defaultIs: (value: string) => `default: ${value}`,

  help: {
    program: 'Keep a strategy programme as YAML files: check them, see where every project '
      + 'stands, log measurements, report to the board.',
    version: 'print the version',
    help: 'show this help',
    helpCommand: 'show the help of a command',
    dir: 'the programme folder (the one holding programme.yaml)',
    noColor: 'print without colours (also when NO_COLOR is set)',
    lang: 'language of the output: nl or en (default: the programme\'s language)',
    asOf: 'report as if today were this date (YYYY-MM-DD)',
    term: 'only this term',
    project: 'only this project',
    format: 'output format',
    dryRun: 'show what would be written without writing',
    validate: {
      description: 'check every file of the programme and report every problem, with '
        + 'file:line:col',
      format: 'output format (default: github in GitHub Actions, else text)',
      strict: 'warnings fail the check too (exit code 1)',
      asOf: 'judge stale and future values as if today were this date (YYYY-MM-DD)',
      since: 'also report edits to recorded values and definitions since this git revision',
    },
    schema: {
      description: 'write the JSON Schema files that editors use to check the YAML files as '
        + 'you type',
      out: 'the folder to write them to (default: schema/ at the top of the repository)',
      check: 'write nothing; exit 1 when the files there are not current',
    },
    status: {
      description: 'where every indicator stands: latest value, progress, expected progress and '
        + 'status, per term',
    },
    trend: {
      description: 'which way every indicator is moving: sparkline, pace, projection, verdict',
      window: 'how far back the pace looks: 12m, 24m, 2y or all (default: 12m)',
      by: 'a column per period, with the target below each value',
      from: 'with --by: the first period (2025, 2025-03, 2025-Q1 or a date)',
      to: 'with --by: the last period (default: the one holding --as-of)',
    },
    record: {
      description: 'add one measurement to a project\'s log, checked first; in a terminal, asks '
        + 'for what is missing',
      indicator: 'the indicator, as <project>/<indicator>',
      value: 'the value: 1840, 12,5, 75%, € 12.500; a ratio as numerator/denominator, for '
        + 'example 412/5200',
      date: 'the date the value applies to: 2026-03-31, 31-03-2026, today, yesterday; '
        + 'default: today',
      note: 'a note to keep with the value',
      source: 'where the figure comes from',
      by: 'who measured it (default: your git user name)',
      replace: 'overwrite the value already recorded for this date, keeping the old one in its '
        + 'history',
      dryRun: 'show what would be recorded without writing',
      noInput: 'never ask questions: fail when an argument is missing',
      undo: 'take back the last change ub2030 made (to this project\'s log, when one is named)',
      yes: 'with --undo: do not ask for confirmation',
    },
    import: {
      description: 'add measurements from a spreadsheet export (CSV); every row is checked, then '
        + 'all are written or none',
      file: 'the CSV file, comma or semicolon separated, with a header row',
      column: 'the column holding a field, for example value=Aantal (repeatable)',
      project: 'the project, when the file has no project column',
      decimal: 'the decimal separator: comma or point (default: told from the file)',
      by: 'who measured, for rows without a `by` column (default: your git user name)',
    },
    undo: {
      description: 'take back the last change ub2030 made to the logs, after showing it and '
        + 'asking',
      project: 'only in this project\'s log',
      yes: 'do not ask for confirmation',
      dryRun: 'show what would be taken back without changing anything',
      noInput: 'never ask: fail unless --yes is given',
    },
    report: {
      description: 'a report for the board: a summary per term, then per project its goal and a '
        + 'chart and the figures of every indicator',
      format: 'html (one self-contained page) or markdown; without it, told from the name '
        + 'after -o, else html',
      output: 'the file to write (default: standard output)',
      noCharts: 'leave the charts out',
    },
  },

  /** commander's own messages on a wrong command line. */
  commander: {
    unknownOption: (flag: string) => `unknown option '${flag}'`,
    unknownCommand: (name: string) => `unknown command '${name}'`,
    missingArgument: (name: string) => `missing required argument '${name}'`,
    optionMissingArgument: (flags: string) => `option '${flags}' needs a value`,
    excessArguments: (command: string | undefined, expected: number, got: number) =>
      `too many arguments${command ? ` for '${command}'` : ''}: expected ${expected}, got ${got}.`,
    invalidChoice: (flags: string, value: string, choices: string) =>
      `option '${flags}' cannot be '${value}'. Choose one of: ${choices}.`,
    didYouMean: (names: string) => `(Did you mean ${names}?)`,
    didYouMeanOneOf: (names: string) => `(Did you mean one of ${names}?)`,
  },
};

export type CliWords = typeof cliEn;
