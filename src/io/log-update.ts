/**
 * Changes one or more logs safely: under each log's lock it reads the log, works out and checks
 * the new text, makes sure nobody changed the file meanwhile (else it starts again from the new
 * text), and only when every log is ready replaces them one by one, atomically, noting each change
 * in the log's journal for `undo`.
 */
import {
  accessSync, constants, existsSync, mkdirSync, readFileSync, rmSync, statSync,
} from 'node:fs';
import { dirname } from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import type { Messages } from '../i18n/index.js';
import { BUILD } from './build.js';
import { DataError } from './errors.js';
import { appendJournal, type JournalChange, type JournalLine } from './journal.js';
import { userName, withLocks } from './lock.js';
import type { LogEdit } from './log-edit.js';
import { pauseFor } from './test-hooks.js';
import { removeStrayTemps, replaceFile } from './write.js';

/** One log to change. */
export interface LogTask {
  /** Absolute path of the log. */
  path: string;
  /** The path as shown to people. */
  shown: string;
  /** The text to start from when the log does not exist yet. */
  skeleton: string;
  /**
   * The checked change, worked out from the log's current text (and its bytes, when the log
   * exists); throws to refuse.
   */
  compose(before: string, bytes?: Uint8Array): LogEdit;
}

export interface LogWrite {
  task: LogTask;
  edit: LogEdit;
}

export interface UpdateMeta {
  /** The command, named in the lock so that others can see who holds it. */
  command: string;
  /** The journal line for one written log; `action` is shared by all logs of one run. */
  journal(action: string, write: LogWrite, created: boolean): JournalLine;
}

const ATTEMPTS = 5;

/** Writes every task's change, or none of them when any is refused. Returns what was written. */
export async function updateLogs(
  tasks: LogTask[],
  meta: UpdateMeta,
  m: Messages,
): Promise<LogWrite[]> {
  return withLocks(
    tasks.map((task) => task.path),
    meta.command,
    m,
    async (guard) => {
      for (let attempt = 1; ; attempt++) {
        const plans = tasks.map((task) => plan(task));
        await pauseFor('composed');
        const changed = plans.filter((planned) => !unchanged(planned));
        if (changed.length > 0) {
          if (attempt < ATTEMPTS) continue;
          throw new DataError(
            m.recordLock.keepsChanging(changed[0]!.task.shown),
            m.recordLock.keepsChangingHint,
          );
        }
        const lost = guard.lost();
        if (lost !== undefined) throw new DataError(m.recordLock.lost(lost), m.recordLock.lostHint);
        for (const planned of plans) assertWritable(planned, m);
        return writeAll(plans, meta, m);
      }
    },
  );
}

interface Plan extends LogWrite {
  /** The text read, or undefined when the log did not exist. */
  read: string | undefined;
  /** Its bytes, to compare with the file again before writing. */
  bytes: Buffer | undefined;
}

function plan(task: LogTask): Plan {
  const bytes = readCurrent(task.path);
  const read = bytes?.toString('utf8');
  return { task, read, bytes, edit: task.compose(read ?? task.skeleton, bytes) };
}

/**
 * Refuses, before anything is written, a log that is read-only: the atomic rename would replace
 * it regardless of its own permissions, and someone made it read-only for a reason.
 */
function assertWritable(planned: Plan, m: Messages): void {
  const { path, shown } = planned.task;
  if (planned.read === undefined) return;
  let writable = (statSync(path).mode & 0o222) !== 0;
  try {
    accessSync(path, constants.W_OK);
  } catch {
    writable = false;
  }
  if (!writable) throw new DataError(m.recordLock.readOnly(shown), m.recordLock.readOnlyHint);
}

function readCurrent(path: string): Buffer | undefined {
  return existsSync(path) ? readFileSync(path) : undefined;
}

/** True when the log is still exactly as it was read (compared byte for byte: quick). */
function unchanged(planned: Plan): boolean {
  const now = readCurrent(planned.task.path);
  return now === undefined || planned.bytes === undefined
    ? now === planned.bytes
    : now.equals(planned.bytes);
}

async function writeAll(plans: Plan[], meta: UpdateMeta, m: Messages): Promise<LogWrite[]> {
  const action = `${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
  const written: LogWrite[] = [];
  for (const planned of plans) {
    const { task, edit } = planned;
    try {
      mkdirSync(dirname(task.path), { recursive: true });
      removeStrayTemps(task.path);
      if (edit.remove) rmSync(task.path);
      else await replaceFile(task.path, edit.text);
    } catch (error) {
      const reason = (error as Error).message;
      if (written.length === 0)
        throw new DataError(
          m.recordLock.writeFailed(task.shown, reason),
          m.recordLock.writeFailedHint,
        );
      throw new DataError(
        m.recordLock.partlyWritten(
          written.map((done) => done.task.shown),
          task.shown,
          reason,
        ),
        m.recordLock.partlyWrittenHint(
          plans.slice(written.length + 1).map((rest) => rest.task.shown),
        ),
      );
    }
    await pauseFor('written');
    appendJournal(task.path, meta.journal(action, planned, planned.read === undefined));
    written.push(planned);
  }
  return written;
}

/** The journal line of a change made by `record` or `import`. */
export function changeLine(kind: JournalChange['kind'], user: string) {
  return (action: string, { task, edit }: LogWrite, created: boolean): JournalChange => ({
    type: 'change',
    action,
    kind,
    at: new Date().toISOString(),
    user: user || userName(),
    start: edit.start,
    before: edit.before,
    after: edit.after,
    atEnd: edit.atEnd,
    ...(created ? { created: task.skeleton } : {}),
    entries: edit.entries,
    ...(edit.replaced ? { replaced: edit.replaced } : {}),
    // Every edit was checked whole before it was written: the next record may rely on that.
    ...(BUILD ? { checked: { build: BUILD, sha256: edit.sha256 ?? sha256(edit.text) } } : {}),
  });
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
