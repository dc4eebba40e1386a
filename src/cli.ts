/**
 * The command line: options are parsed here, and each command is loaded only when it runs. One
 * catch at the top turns the few expected errors into a message and an exit code.
 */
import { Command, CommanderError, Option } from 'commander';
import { DataError, UsageError } from './io/errors.js';
import { processIo, type Io } from './commands/io.js';

declare const __VERSION__: string | undefined;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';

const FORMATS = ['table', 'json', 'csv', 'markdown'] as const;
const PERIODS = ['month', 'quarter', 'year'] as const;

interface GlobalOptions {
  dir?: string;
  color?: boolean;
  lang?: string;
}

export async function main(argv: string[]): Promise<number> {
  let code = 0;
  const program = new Command('ub2030')
    .description('Keep a strategy programme as YAML files: check them, see where every project stands, log measurements.')
    .version(VERSION, '-V, --version', 'print the version')
    .option('--dir <path>', 'the programme folder (the one holding programme.yaml)')
    .option('--no-color', 'print without colours (also when NO_COLOR is set)')
    .option('--lang <lang>', 'language of the output: nl or en (default: the programme\'s language)')
    .showHelpAfterError('(run `ub2030 --help` for the list of commands and options)')
    .exitOverride();

  const io = (): Io => processIo(program.opts<GlobalOptions>().color);
  const dir = (): string | undefined => program.opts<GlobalOptions>().dir;
  const lang = (): { lang?: string } => {
    const value = program.opts<GlobalOptions>().lang;
    return value === undefined ? {} : { lang: value };
  };

  program
    .command('validate')
    .description('check every file of the programme and report every problem, with file:line:col')
    .addOption(new Option('--format <format>', 'output format (default: github in GitHub Actions, else text)')
      .choices(['text', 'json', 'github']))
    .option('--strict', 'warnings fail the check too (exit code 1)')
    .option('--as-of <date>', 'judge stale and future values as if today were this date (YYYY-MM-DD)')
    .option('--since <rev>', 'also report edits to recorded values and definitions since this git revision')
    .action(async (options) => {
      const { runValidate } = await import('./commands/validate.js');
      code = runValidate({ ...options, ...withDir(dir()), ...lang() }, io());
    });

  program
    .command('schema')
    .description('write the JSON Schema files that editors use to check the YAML files as you type')
    .option('--out <folder>', 'the folder to write them to (default: schema/ at the top of the repository)')
    .option('--check', 'write nothing; exit 1 when the files there are not current')
    .action(async (options) => {
      const { runSchema } = await import('./commands/schema.js');
      code = await runSchema({ ...options, ...lang() }, io());
    });

  program
    .command('status')
    .description('where every indicator stands: latest value, progress, expected progress and status, per term')
    .option('--as-of <date>', 'report as if today were this date (YYYY-MM-DD)')
    .option('--term <id>', 'only this term')
    .option('--project <id>', 'only this project')
    .addOption(new Option('--format <format>', 'output format').choices(FORMATS).default('table'))
    .action(async (options) => {
      const { runStatus } = await import('./commands/status.js');
      code = await runStatus({ ...options, ...withDir(dir()), ...lang() }, io());
    });

  program
    .command('trend')
    .description('which way every indicator is moving: sparkline, pace, projection, verdict')
    .option('--as-of <date>', 'report as if today were this date (YYYY-MM-DD)')
    .option('--term <id>', 'only this term')
    .option('--project <id>', 'only this project')
    .option('--window <span>', 'how far back the pace looks: 12m, 24m, 2y or all (default: 12m)')
    .addOption(new Option('--by <period>', 'a column per period, with the target below each value')
      .choices(PERIODS))
    .option('--from <period>', 'with --by: the first period (2025, 2025-03, 2025-Q1 or a date)')
    .option('--to <period>', 'with --by: the last period (default: the one holding --as-of)')
    .addOption(new Option('--format <format>', 'output format').choices(FORMATS).default('table'))
    .action(async (options) => {
      const { runTrend } = await import('./commands/trend.js');
      code = runTrend({ ...options, ...withDir(dir()), ...lang() }, io());
    });

  program
    .command('record')
    .description('add one measurement to a project\'s log, checked first; in a terminal, asks for what is missing')
    .argument('[indicator]', 'the indicator, as <project>/<indicator>')
    .argument('[value]', 'the value: 1840, 12,5, 75%, € 12.500; a ratio as numerator/denominator, for example 412/5200')
    .option('--date <date>', 'the date the value applies to: 2026-03-31, 31-03-2026, today, yesterday; default: today')
    .option('--note <text>', 'a note to keep with the value')
    .option('--source <text>', 'where the figure comes from')
    .option('--by <name>', 'who measured it (default: your git user name)')
    .option('--replace', 'overwrite the value already recorded for this date, keeping the old one in its history')
    .option('--dry-run', 'show what would be recorded without writing')
    .option('--no-input', 'never ask questions: fail when an argument is missing')
    .option('--undo', 'take back the last change ub2030 made (to this project\'s log, when one is named)')
    .option('--yes', 'with --undo: do not ask for confirmation')
    .action(async (ref: string | undefined, value: string | undefined, options) => {
      const { runRecord } = await import('./commands/record.js');
      code = await runRecord(ref, value, { ...options, ...withDir(dir()), ...lang() }, io());
    });

  program
    .command('import')
    .description('add measurements from a spreadsheet export (CSV); every row is checked, then all are written or none')
    .argument('<file>', 'the CSV file, comma or semicolon separated, with a header row')
    .option('--column <field=header>', 'the column holding a field, for example value=Aantal (repeatable)', collect, [])
    .option('--project <id>', 'the project, when the file has no project column')
    .option('--decimal <mark>', 'the decimal separator: comma or point (default: told from the file)')
    .option('--by <name>', 'who measured, for rows without a `by` column (default: your git user name)')
    .option('--dry-run', 'show what would be written without writing')
    .action(async (file: string, options) => {
      const { runImport } = await import('./commands/import.js');
      code = await runImport(file, { ...options, ...withDir(dir()), ...lang() }, io());
    });

  program
    .command('undo')
    .description('take back the last change ub2030 made to the logs, after showing it and asking')
    .argument('[project]', 'only in this project\'s log')
    .option('--yes', 'do not ask for confirmation')
    .option('--dry-run', 'show what would be taken back without changing anything')
    .option('--no-input', 'never ask: fail unless --yes is given')
    .action(async (project: string | undefined, options) => {
      const { runUndo } = await import('./commands/undo.js');
      code = await runUndo(project, { ...options, ...withDir(dir()), ...lang() }, io());
    });

  try {
    await program.parseAsync(argv);
    return code;
  } catch (error) {
    return handleError(error, program);
  }
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function withDir(dir: string | undefined): { dir?: string } {
  return dir === undefined ? {} : { dir };
}

function handleError(error: unknown, program: Command): number {
  if (error instanceof CommanderError) {
    return error.exitCode === 0 || error.code === 'commander.helpDisplayed' || error.code === 'commander.version' ? 0 : 2;
  }
  const color = program.opts<GlobalOptions>().color;
  const { errChalk } = processIo(color);
  if (error instanceof UsageError || error instanceof DataError) {
    process.stderr.write(`${errChalk.red.bold('error:')} ${error.message}\n`);
    if (error.hint) process.stderr.write(`${errChalk.cyan('hint:')} ${error.hint}\n`);
    return error instanceof UsageError ? 2 : 1;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`${errChalk.red.bold('error:')} ub2030 stopped unexpectedly: ${message}\n`
    + 'This is a fault in ub2030, not in your files. Please report it with the command you ran.\n');
  return 2;
}
