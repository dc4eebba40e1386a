/**
 * The command line: options are parsed here, and each command is loaded only when it runs. One
 * catch at the top turns the few expected errors into a message and an exit code. The help speaks
 * the language of --lang, else of the locale: no programme has been read yet.
 */
import { Command, CommanderError, Option } from 'commander';
import { speakCommander } from './cli-words.js';
import { processIo, type Io } from './commands/io.js';
import { cliEn, type CliWords } from './i18n/en/cli.js';
import { commandLineLang, noteSpoken, spokenLang, type Lang } from './i18n/lang.js';
import { cliNl } from './i18n/nl/cli.js';
import { DataError, UsageError } from './io/errors.js';

declare const __VERSION__: string | undefined;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';

const FORMATS = ['table', 'json', 'csv', 'markdown'] as const;
const PERIODS = ['month', 'quarter', 'year'] as const;
const CLI_WORDS: Record<Lang, CliWords> = { en: cliEn, nl: cliNl };

interface GlobalOptions {
  dir?: string;
  color?: boolean;
  lang?: string;
}

export async function main(rawArgv: string[]): Promise<number> {
  const argv = rawArgv.map(negativeWithComma);
  let code = 0;
  noteSpoken(undefined);
  const words = CLI_WORDS[commandLineLang(argv.slice(2))];
  const h = words.help;
  const p = words.placeholders;
  const program = new Command('ub2030').exitOverride();
  speakCommander(program, words, (text) => process.stderr.write(text));
  program
    .description(h.program)
    .version(VERSION, '-V, --version', h.version)
    .option(`--dir <${p.path}>`, h.dir)
    .option('--no-color', h.noColor)
    .option(`--lang <${p.lang}>`, h.lang);

  const io = (): Io => processIo(program.opts<GlobalOptions>().color);
  const common = <T extends object>(options: T) => {
    const { dir, lang } = program.opts<GlobalOptions>();
    return {
      ...options, ...(dir === undefined ? {} : { dir }), ...(lang === undefined ? {} : { lang }),
    };
  };
  const asOf = () => new Option(`--as-of <${p.date}>`, h.asOf);
  const term = () => new Option(`--term <${p.id}>`, h.term);
  const project = () => new Option(`--project <${p.id}>`, h.project);
  const format = () =>
    new Option(`--format <${p.format}>`, h.format).choices(FORMATS).default('table');

  program
    .command('validate')
    .description(h.validate.description)
    .addOption(new Option(`--format <${p.format}>`, h.validate.format)
      .choices(['text', 'json', 'github']))
    .option('--strict', h.validate.strict)
    .option(`--as-of <${p.date}>`, h.validate.asOf)
    .option(`--since <${p.rev}>`, h.validate.since)
    .action(async (options) => {
      const { runValidate } = await import('./commands/validate.js');
      code = runValidate(common(options), io());
    });

  program
    .command('schema')
    .description(h.schema.description)
    .option(`--out <${p.folder}>`, h.schema.out)
    .option('--check', h.schema.check)
    .action(async (options) => {
      const { runSchema } = await import('./commands/schema.js');
      const { lang } = program.opts<GlobalOptions>();
      code = await runSchema({ ...options, ...(lang === undefined ? {} : { lang }) }, io());
    });

  program
    .command('status')
    .description(h.status.description)
    .addOption(asOf()).addOption(term()).addOption(project()).addOption(format())
    .action(async (options) => {
      const { runStatus } = await import('./commands/status.js');
      code = await runStatus(common(options), io());
    });

  program
    .command('trend')
    .description(h.trend.description)
    .addOption(asOf()).addOption(term()).addOption(project())
    .option(`--window <${p.span}>`, h.trend.window)
    .addOption(new Option(`--by <${p.period}>`, h.trend.by).choices(PERIODS))
    .option(`--from <${p.period}>`, h.trend.from)
    .option(`--to <${p.period}>`, h.trend.to)
    .addOption(format())
    .action(async (options) => {
      const { runTrend } = await import('./commands/trend.js');
      code = runTrend(common(options), io());
    });

  program
    .command('report')
    .description(h.report.description)
    .addOption(asOf()).addOption(term()).addOption(project())
    .addOption(new Option(`--format <${p.format}>`, h.report.format).choices(['html', 'markdown']))
    .option(`-o, --output <${p.file}>`, h.report.output)
    .option('--no-charts', h.report.noCharts)
    .action(async (options) => {
      const { runReport } = await import('./commands/report.js');
      code = await runReport(common(options), io());
    });

  program
    .command('record')
    .description(h.record.description)
    .argument(`[${p.indicator}]`, h.record.indicator)
    // variadic: `€ 12.500` or `12 500` typed without quotes arrives as several words
    .argument(`[${p.value}...]`, h.record.value)
    .option(`--date <${p.date}>`, h.record.date)
    .option(`--note <${p.text}>`, h.record.note)
    .option(`--source <${p.text}>`, h.record.source)
    .option(`--by <${p.name}>`, h.record.by)
    .option('--replace', h.record.replace)
    .option('--dry-run', h.record.dryRun)
    .option('--no-input', h.record.noInput)
    .option('--undo', h.record.undo)
    .option('--yes', h.record.yes)
    .action(async (ref: string | undefined, words: string[], options) => {
      const { runRecord } = await import('./commands/record.js');
      const value = words.length > 0 ? words.join(' ') : undefined;
      code = await runRecord(ref, value, common(options), io());
    });

  program
    .command('import')
    .description(h.import.description)
    .argument(`<${p.file}>`, h.import.file)
    .option(`--column <${p.field}>`, h.import.column, collect, [])
    .option(`--project <${p.id}>`, h.import.project)
    .option(`--decimal <${p.mark}>`, h.import.decimal)
    .option(`--by <${p.name}>`, h.import.by)
    .option('--dry-run', h.dryRun)
    .action(async (file: string, options) => {
      const { runImport } = await import('./commands/import.js');
      code = await runImport(file, common(options), io());
    });

  program
    .command('undo')
    .description(h.undo.description)
    .argument(`[${p.project}]`, h.undo.project)
    .option('--yes', h.undo.yes)
    .option('--dry-run', h.undo.dryRun)
    .option('--no-input', h.undo.noInput)
    .action(async (name: string | undefined, options) => {
      const { runUndo } = await import('./commands/undo.js');
      code = await runUndo(name, common(options), io());
    });

  try {
    await program.parseAsync(argv);
    return code;
  } catch (error) {
    return handleError(error, program, argv);
  }
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** The message and hint of an expected error, labelled in the language the command spoke. */
function handleError(error: unknown, program: Command, argv: string[]): number {
  if (error instanceof CommanderError) {
    const quiet = ['commander.helpDisplayed', 'commander.version'];
    return error.exitCode === 0 || quiet.includes(error.code) ? 0 : 2;
  }
  const words = CLI_WORDS[spokenLang() ?? commandLineLang(argv.slice(2))];
  const { errChalk } = processIo(program.opts<GlobalOptions>().color);
  const label = errChalk.red.bold(words.errorLabel);
  if (error instanceof UsageError || error instanceof DataError) {
    process.stderr.write(`${label} ${error.message}\n`);
    if (error.hint) process.stderr.write(`${errChalk.cyan(words.hintLabel)} ${error.hint}\n`);
    return error instanceof UsageError ? 2 : 1;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`${label} ${words.unexpected(message)}\n${words.unexpectedHint}\n`);
  return 2;
}

/**
 * `-0,5` (a negative number with a decimal comma) would be taken for an option; commander knows
 * only `-0.5` as a number. The same value with the typographic minus sign, which the value parser
 * reads as a minus, is not an option.
 */
function negativeWithComma(arg: string): string {
  return /^-\d+(?:[ .,]\d+)*%?$/.test(arg) && arg.includes(',') ? `\u2212${arg.slice(1)}` : arg;
}
