/** The few git questions `validate --since` asks, through the git command itself. */
import { execFileSync, type ExecFileSyncOptionsWithStringEncoding } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';

const QUIET: ExecFileSyncOptionsWithStringEncoding = {
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'ignore'],
};

/** The top folder of the git repository holding `dir`, or undefined without git or a repository. */
export function gitTopLevel(dir: string): string | undefined {
  try {
    const top = execFileSync('git', ['rev-parse', '--show-toplevel'], {
      ...QUIET,
      cwd: dir,
    }).trim();
    return top === '' ? undefined : top;
  } catch {
    return undefined;
  }
}

/** The commit a revision (hash, branch, tag, HEAD~1…) names; undefined when git knows none. */
export function gitCommit(root: string, rev: string): string | undefined {
  if (rev.trim() === '' || rev.startsWith('-')) return undefined;
  try {
    const commit = execFileSync('git', ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], {
      ...QUIET,
      cwd: root,
    });
    return commit.trim() || undefined;
  } catch {
    return undefined;
  }
}

/** A file's bytes as they were in `commit`, or undefined when it did not exist there. */
export function gitShow(root: string, commit: string, path: string): Uint8Array | undefined {
  try {
    return execFileSync('git', ['show', `${commit}:${repoPath(root, path)}`], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 256 * 1024 * 1024,
    });
  } catch {
    return undefined;
  }
}

/** A path as git names it: relative to the repository's top folder, with forward slashes. */
export function repoPath(root: string, path: string): string {
  return relative(realpathSync(root), realOrSame(path)).split(sep).join('/');
}

/** The path with its folder's links resolved (the file itself may be a link: it keeps its name). */
function realOrSame(path: string): string {
  try {
    return join(realpathSync(dirname(path)), basename(path));
  } catch {
    return path;
  }
}
