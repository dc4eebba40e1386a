/**
 * `ub2030 undo [project]` (also `ub2030 record --undo`): takes back the last change ub2030 made —
 * the entry `record` added, the value `record --replace` overwrote, or what one `import` wrote —
 * after showing it and asking, or with `--yes`.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { select } from '@inquirer/prompts';
import { format } from 'date-fns/format';
import { UsageError } from '../io/errors.js';
import { openChanges, type JournalChange } from '../io/journal.js';
import { updateLogs, type LogTask } from '../io/log-update.js';
import { composeUndo } from '../io/undo-edit.js';
import { MEASUREMENTS_DIR } from '../io/workspace.js';
import type { Io } from './io.js';
import { loadProgramme, type Loaded } from './load.js';
import { helpTheme } from './prompt-theme.js';
import { logPathOf, shownPath } from './record-entry.js';

export interface UndoOptions {
  dir?: string;
  lang?: string;
  yes?: boolean;
  /** False with `--no-input`. */
  input?: boolean;
  dryRun?: boolean;
}

const SHOWN_LINES = 40;

interface Part {
  path: string;
  change: JournalChange;
}

export async function runUndo(
  ref: string | undefined,
  options: UndoOptions,
  io: Io,
): Promise<number> {
  const loaded = loadProgramme(options.dir, options.lang);
  const { m } = loaded;
  const parts = lastAction(loaded, ref?.split('/')[0]);
  if (parts.length === 0) {
    io.err(`${m.recordUndo.nothing(ref?.split('/')[0])}\n`);
    return 1;
  }

  io.err(describe(loaded, parts));
  if (options.dryRun) {
    io.err(`${m.recordUndo.dryRun}\n`);
    return 0;
  }
  if (!options.yes && !(await confirmed(loaded, options))) {
    io.err(`${m.recordUndo.kept}\n`);
    return 0;
  }
  const action = parts[0]!.change.action;
  const tasks = parts.map(
    ({ path, change }): LogTask => ({
      path,
      shown: shownPath(path),
      skeleton: '',
      compose: (before) => composeUndo(shownPath(path), before, change, m),
    }),
  );
  await updateLogs(
    tasks,
    {
      command: 'undo',
      journal: () => ({ type: 'undo', action, at: new Date().toISOString() }),
    },
    m,
  );
  for (const { path, change } of parts)
    io.out(`${m.recordUndo.done(change.kind, change.entries.length, shownPath(path))}\n`);
  return 0;
}

/** The logs' parts of the latest change not yet undone (one log's, when a project is named). */
function lastAction(loaded: Loaded, projectId: string | undefined): Part[] {
  const paths = projectId !== undefined ? [logPathOf(loaded, projectId)] : logPaths(loaded.dir);
  const lasts = paths.flatMap((path) => {
    const change = openChanges(path).at(-1);
    return change ? [{ path, change }] : [];
  });
  const latest = lasts.reduce<Part | undefined>(
    (best, part) => (!best || part.change.at > best.change.at ? part : best),
    undefined,
  );
  return latest ? lasts.filter((part) => part.change.action === latest.change.action) : [];
}

function logPaths(dir: string): string[] {
  try {
    return readdirSync(join(dir, MEASUREMENTS_DIR))
      .filter((name) => /\.ya?ml$/i.test(name) && !name.startsWith('.'))
      .sort()
      .map((name) => join(dir, MEASUREMENTS_DIR, name));
  } catch {
    return [];
  }
}

function describe(loaded: Loaded, parts: Part[]): string {
  const { m } = loaded;
  return parts
    .map(({ path, change }) => {
      const when = format(new Date(change.at), 'yyyy-MM-dd HH:mm');
      const head = m.recordUndo.about(change.kind, shownPath(path), when, change.user);
      // a rewritten entry starts at its first key: show it as the list item it is
      const lines = change.atEnd
        ? change.after.replace(/^\r?\n/, '')
        : m.recordUndo.restores(`  - ${change.after}`, `  - ${change.before}`);
      return `${head}\n${shortened(lines.replace(/\r?\n$/, ''), m)}\n\n`;
    })
    .join('');
}

/** The first lines of a long change (a large import), and how many more there are. */
function shortened(text: string, m: Loaded['m']): string {
  const lines = text.split(/\r?\n/);
  if (lines.length <= SHOWN_LINES) return text;
  return [...lines.slice(0, SHOWN_LINES), m.recordUndo.moreLines(lines.length - SHOWN_LINES)].join('\n');
}

async function confirmed(loaded: Loaded, options: UndoOptions): Promise<boolean> {
  const { m } = loaded;
  if (options.input === false || process.stdin.isTTY !== true)
    throw new UsageError(m.recordUndo.needYes, m.recordUndo.needYesHint);
  try {
    return await select(
      {
        message: m.recordUndo.ask,
        choices: [
          { name: m.recordUndo.yes, value: true },
          { name: m.recordUndo.no, value: false },
        ],
        default: false,
        theme: helpTheme(m),
      },
      { input: process.stdin, output: process.stderr },
    );
  } catch (error) {
    if ((error as Error).name === 'ExitPromptError') return false;
    throw error;
  }
}
