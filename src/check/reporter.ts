/** Collects the problems of the cross-file checks, each placed at the YAML node it is about. */
import { placeOf } from '../io/locate.js';
import { problemAt } from '../io/source.js';
import type { FileEntry } from '../io/workspace.js';
import type { Messages } from '../i18n/index.js';
import type { Said } from '../i18n/en-validate.js';
import type { Problem, Severity } from './problem.js';

/** Map keys and list indexes from a file's top down to a node. */
export type Path = readonly PropertyKey[];

export class Reporter {
  readonly problems: Problem[] = [];

  constructor(readonly m: Messages) {}

  /** An error at the node `path` of `entry`; with `keyOnly`, at its key rather than its value. */
  at(entry: FileEntry<unknown>, path: Path, rule: string, said: Said, keyOnly = false): void {
    this.add(entry, path, rule, said, 'error', keyOnly);
  }

  /** The source text of the node at `path`, as written in the file. */
  textAt(entry: FileEntry<unknown>, path: Path): string {
    const [start, end] = placeOf(entry.file, filePath(entry, path), false, listOf(entry, path[0]));
    return entry.file.source.text.slice(start, end);
  }

  /** A warning: reported, but it fails the check only with --strict. */
  warn(entry: FileEntry<unknown>, path: Path, rule: string, said: Said, keyOnly = false): void {
    this.add(entry, path, rule, said, 'warning', keyOnly);
  }

  private add(
    entry: FileEntry<unknown>,
    path: Path,
    rule: string,
    said: Said,
    severity: Severity,
    keyOnly: boolean,
  ): void {
    const readable = entry.file.doc !== undefined || entry.file.data !== undefined || !!entry.data;
    const [start, end] = readable
      ? placeOf(entry.file, filePath(entry, path), keyOnly, listOf(entry, path[0]))
      : [0, 0];
    this.problems.push(problemAt(entry.file.source, start, end, { rule, severity, ...said }));
  }
}

/** The list `key` at the top of the file, as read (or as checked, when only that is kept). */
function listOf(entry: FileEntry<unknown>, key: PropertyKey | undefined): unknown[] | undefined {
  const data = (entry.file.data ?? entry.data) as Record<PropertyKey, unknown> | undefined;
  const list = key === undefined ? undefined : data?.[key];
  return Array.isArray(list) ? list : undefined;
}

/**
 * Where an item sits in the file. When some items failed their schema, the checked data holds
 * only the others; their index in the data is not their index in the file.
 */
export function filePath(entry: FileEntry<unknown>, path: Path): Path {
  const kept = entry.kept;
  const index = path[1];
  if (!kept || path[0] !== kept.key || typeof index !== 'number') return path;
  return [path[0], kept.indexes[index] ?? index, ...path.slice(2)];
}
