/**
 * commander in the user's language: the headings and the "(choices: …)" of the help, and the
 * messages commander prints for a wrong command line, rebuilt from their parts in our words.
 */
import { Help, type Command, type Option } from 'commander';
import type { CliWords } from './i18n/en/cli.js';

/** Sets the help texts and error output of `program`; its subcommands inherit both. */
export function speakCommander(
  program: Command, words: CliWords, writeErr: (text: string) => void,
): void {
  const p = words.placeholders;
  program
    .helpOption('-h, --help', words.help.help)
    .helpCommand(`help [${p.command}]`, words.help.helpCommand)
    .configureHelp({
      styleTitle: (title: string) => words.titles[title] ?? title,
      commandUsage(this: Help, command: Command): string {
        return Help.prototype.commandUsage.call(this, command)
          .replace('[options]', `[${p.options}]`).replace('[command]', `[${p.command}]`);
      },
      subcommandTerm(this: Help, command: Command): string {
        const term = Help.prototype.subcommandTerm.call(this, command);
        return term.replace('[options]', `[${p.options}]`);
      },
      optionDescription: (option: Option) => optionDescription(option, words),
    })
    .configureOutput({
      writeErr,
      outputError: (text, write) => write(translateCommanderError(text, words)),
    })
    .showHelpAfterError(words.helpAfterError);
}

/** The description with its choices and default, as commander shows them, in our words. */
function optionDescription(option: Option, words: CliWords): string {
  const extra: string[] = [];
  if (option.argChoices) extra.push(words.choices(option.argChoices.join(', ')));
  const shown = option.required || option.optional;
  // An empty list (a repeatable option given no times) is no default worth showing.
  const empty = Array.isArray(option.defaultValue) && option.defaultValue.length === 0;
  if (shown && option.defaultValue !== undefined && !empty) {
    extra.push(words.defaultIs(option.defaultValueDescription ?? String(option.defaultValue)));
  }
  return extra.length === 0 ? option.description : `${option.description} (${extra.join(', ')})`;
}

type Rebuild = (match: RegExpExecArray, words: CliWords) => string;

/** commander 14's messages (see its command.js), and how each reads in our words. */
const MESSAGES: [RegExp, Rebuild][] = [
  [/^error: unknown option '(.*)'$/, (match, w) => w.commander.unknownOption(match[1]!)],
  [/^error: unknown command '(.*)'$/, (match, w) => w.commander.unknownCommand(match[1]!)],
  [
    /^error: missing required argument '(.*)'$/,
    (match, w) => w.commander.missingArgument(match[1]!),
  ],
  [
    /^error: option '(.*)' argument missing$/,
    (match, w) => w.commander.optionMissingArgument(match[1]!),
  ],
  [
    /^error: too many arguments(?: for '(.*)')?\. Expected (\d+) arguments? but got (\d+)\.$/,
    (match, w) => w.commander.excessArguments(match[1], Number(match[2]), Number(match[3])),
  ],
  [
    /^error: option '(.*)' argument '(.*)' is invalid\. Allowed choices are (.*)\.$/,
    (match, w) => w.commander.invalidChoice(match[1]!, match[2]!, match[3]!),
  ],
  [/^\(Did you mean one of (.*)\?\)$/, (match, w) => w.commander.didYouMeanOneOf(match[1]!)],
  [/^\(Did you mean (.*)\?\)$/, (match, w) => w.commander.didYouMean(match[1]!)],
];

/** Each line of commander's message in our words; a line we do not know keeps its text. */
export function translateCommanderError(text: string, words: CliWords): string {
  return text.split('\n').map((line) => {
    for (const [pattern, rebuild] of MESSAGES) {
      const match = pattern.exec(line);
      if (!match) continue;
      const said = rebuild(match, words);
      return line.startsWith('error: ') ? `${words.errorLabel} ${said}` : said;
    }
    const rest = line.startsWith('error: ') ? line.slice('error: '.length) : undefined;
    return rest === undefined ? line : `${words.errorLabel} ${rest}`;
  }).join('\n');
}
