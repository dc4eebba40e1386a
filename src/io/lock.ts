/**
 * One writer at a time per measurement log. The lock is a folder made with mkdir, which is atomic
 * on local and network drives alike (proper-lockfile); its time stamp is refreshed while it is
 * held, so a lock whose holder died goes stale and is cleared. An owner file inside the folder says
 * who holds it, for the message when another run must wait, and lets a lock left by a killed
 * process on this same computer be cleared at once instead of after the stale time.
 */
import * as fs from 'node:fs';
import { hostname, userInfo } from 'node:os';
import { basename, dirname, join } from 'node:path';
import lockfile from 'proper-lockfile';
import type { Messages } from '../i18n/index.js';
import { DataError, UsageError } from './errors.js';
import { ensureStateDir, STATE_DIR } from './state.js';

/** Who holds a lock: written into the lock folder as `owner.json`. */
export interface LockOwner {
  /** The process id of the holder. */
  pid: number;
  /** The computer it runs on. */
  host: string;
  /** The user name it runs as. */
  user: string;
  /** When it took the lock, as an ISO date-time. */
  since: string;
  /** The ub2030 command, for example `record`. */
  command: string;
}

/** A lock is stale when its time stamp has not been refreshed for this long. */
export const STALE_MS = 10_000;
const UPDATE_MS = 2_000;
const DEFAULT_TIMEOUT_S = 30;

/** Tells whether a lock held by this process was lost (taken over as stale) while it was held. */
export interface LockGuard {
  lost(): string | undefined;
}

// The owner file sits inside the lock folder, so the folder must be removed with its contents,
// also by proper-lockfile when it releases the lock or clears a stale one.
const lockFs = {
  ...fs,
  rmdir: (path: string, callback: (error: NodeJS.ErrnoException | null) => void) =>
    fs.rm(path, { recursive: true, force: true }, callback),
  rmdirSync: (path: string) => fs.rmSync(path, { recursive: true, force: true }),
};

export function lockPathOf(file: string): string {
  return join(dirname(file), STATE_DIR, `${basename(file)}.lock`);
}

/** Runs `work` while holding the locks of every file in `files` (taken in a fixed order). */
export async function withLocks<T>(
  files: string[],
  command: string,
  m: Messages,
  work: (guard: LockGuard) => Promise<T>,
): Promise<T> {
  const deadline = Date.now() + timeoutSeconds() * 1000;
  const releases: (() => Promise<void>)[] = [];
  let lost: string | undefined;
  try {
    for (const file of [...new Set(files)].sort()) {
      releases.push(
        await acquire(file, command, deadline, m, (why) => {
          lost ??= `${file}: ${why}`;
        }),
      );
    }
    return await work({ lost: () => lost });
  } finally {
    for (const release of releases.reverse()) await release().catch(() => undefined);
  }
}

async function acquire(
  file: string,
  command: string,
  deadline: number,
  m: Messages,
  onLost: (why: string) => void,
): Promise<() => Promise<void>> {
  const lockPath = lockPathOf(file);
  ensureStateDir(dirname(file));
  for (;;) {
    try {
      const release = await lockfile.lock(file, {
        lockfilePath: lockPath,
        realpath: false,
        stale: STALE_MS,
        update: UPDATE_MS,
        retries: 0,
        fs: lockFs,
        onCompromised: (error) => onLost(error.message),
      });
      writeOwner(lockPath, command);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') {
        throw new UsageError(
          m.recordLock.cannotLock(file, (error as Error).message),
          m.recordLock.cannotLockHint,
        );
      }
    }
    const owner = readOwner(lockPath);
    if (owner && diedHere(owner)) {
      // Backdating the folder makes proper-lockfile see it as stale and clear it on the next try.
      // NOTE: another waiter may clear it and take a new lock between the owner being read again
      // and the backdating; the new holder then notices (`lost`) before it writes.
      if (sameOwner(readOwner(lockPath), owner)) markStale(lockPath);
      continue;
    }
    if (Date.now() > deadline) {
      throw new DataError(
        m.recordLock.busy(file, owner, timeoutSeconds()),
        m.recordLock.busyHint(lockPath, STALE_MS / 1000),
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 20 + Math.random() * 80));
  }
}

function writeOwner(lockPath: string, command: string): void {
  const owner: LockOwner = {
    pid: process.pid,
    host: hostname(),
    user: userName(),
    since: new Date().toISOString(),
    command,
  };
  fs.writeFileSync(join(lockPath, 'owner.json'), `${JSON.stringify(owner)}\n`);
}

/** The owner of a lock, or undefined while it is being written or when it cannot be read. */
export function readOwner(lockPath: string): LockOwner | undefined {
  try {
    const owner = JSON.parse(fs.readFileSync(join(lockPath, 'owner.json'), 'utf8')) as LockOwner;
    return typeof owner.pid === 'number' && typeof owner.host === 'string' ? owner : undefined;
  } catch {
    return undefined;
  }
}

/** True when the owner ran on this computer and its process no longer exists. */
function diedHere(owner: LockOwner): boolean {
  if (owner.host !== hostname() || owner.pid === process.pid) return false;
  try {
    process.kill(owner.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

function sameOwner(a: LockOwner | undefined, b: LockOwner): boolean {
  return a !== undefined && a.pid === b.pid && a.host === b.host && a.since === b.since;
}

function markStale(lockPath: string): void {
  try {
    fs.utimesSync(lockPath, new Date(0), new Date(0));
  } catch {
    // already gone: the next try takes it
  }
}

/** The user name this process runs as, or an empty string. */
export function userName(): string {
  try {
    return userInfo().username;
  } catch {
    return '';
  }
}

function timeoutSeconds(): number {
  const value = Number(process.env.UB2030_LOCK_TIMEOUT);
  return Number.isFinite(value) && value >= 0 && process.env.UB2030_LOCK_TIMEOUT !== undefined
    ? value
    : DEFAULT_TIMEOUT_S;
}
