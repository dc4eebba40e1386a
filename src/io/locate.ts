/**
 * Where a value is written, for files the fast reader read without positions. A problem in an
 * entry of a long list (a log's measurements) is placed by reading just that entry's lines with
 * `yaml`; anything else reads the whole file with `yaml` once. Either way the place is the one
 * `yaml` gives: an entry's lines are used only when they read back as exactly that entry.
 */
import { isDeepStrictEqual } from 'node:util';
import type { Document } from 'yaml';
import { locate, YAML_OPTIONS, type ParsedFile } from './yaml-file.js';
import { yamlLib } from './yaml-lib.js';

/** Map keys and list indexes from a file's top down to a node. */
export type NodePath = readonly PropertyKey[];

/** The line offset of each item of the file's top-level list, per file; null when unknown. */
const itemStarts = new WeakMap<ParsedFile, number[] | null>();

/** The document of a file, read with `yaml` on first use. */
export function documentOf(file: ParsedFile): Document.Parsed {
  file.doc ??= yamlLib().parseDocument(file.source.text, YAML_OPTIONS);
  return file.doc;
}

/**
 * The place of the node at `path` (see `locate`). `items` are the entries of the list
 * `path[0]`, as checked, when the file has such a list at its top.
 */
export function placeOf(
  file: ParsedFile,
  path: NodePath,
  keyOnly: boolean,
  items?: readonly unknown[],
): [number, number] {
  if (!file.doc && items && typeof path[0] === 'string' && typeof path[1] === 'number') {
    const place = placeInItem(file, path, keyOnly, items);
    if (place) return place;
  }
  return locate(documentOf(file), path, keyOnly);
}

function placeInItem(
  file: ParsedFile,
  path: NodePath,
  keyOnly: boolean,
  items: readonly unknown[],
): [number, number] | undefined {
  const index = path[1] as number;
  let starts = itemStarts.get(file);
  if (starts === undefined) {
    starts = listItemStarts(file.source.text, path[0] as string, items.length) ?? null;
    itemStarts.set(file, starts);
  }
  const entry = starts ? entryDocument(file.source.text, starts, index, items[index]) : undefined;
  if (!entry) return undefined;
  const [from, to] = locate(entry.doc, [0, ...path.slice(2)], keyOnly);
  return [entry.start + from, entry.start + to];
}

/**
 * Entry `index` of a list (its lines start at `starts`) read alone with `yaml`, as a list of one,
 * when it reads as exactly `expected`: places in it, offset by `start`, are places in the file.
 */
export function entryDocument(
  text: string,
  starts: readonly number[],
  index: number,
  expected: unknown,
): { doc: Document.Parsed; start: number; end: number } | undefined {
  const start = starts[index];
  if (start === undefined) return undefined;
  const end = starts[index + 1] ?? text.length;
  const doc = yamlLib().parseDocument(text.slice(start, end), YAML_OPTIONS);
  if (doc.errors.length > 0 || !isDeepStrictEqual(doc.toJS(), [expected])) return undefined;
  return { doc, start, end };
}

/**
 * The offset of the line of each item of the block list under the top-level `key`: the lines
 * that start with `-` at the column of the first item. Undefined unless there are exactly
 * `count` such lines (a line inside a long text could look like one; then the count is off).
 */
export function listItemStarts(text: string, key: string, count: number): number[] | undefined {
  const heading = new RegExp(`^${key}[ \\t]*:[ \\t]*(?:#.*)?(?=\\r?\\n)`, 'm').exec(text);
  if (!heading) return undefined;
  // The first line after the heading that is not blank or a comment must start the list.
  const lead = /\r?\n(?:[ \t]*(?:#[^\n]*)?\r?\n)*( *)-(?=[ \t\r\n]|$)/y;
  lead.lastIndex = heading.index + heading[0].length;
  const first = lead.exec(text);
  if (!first) return undefined;

  const marker = `\n${first[1]}-`;
  const starts: number[] = [];
  for (let at = text.indexOf(marker, heading.index); at >= 0; at = text.indexOf(marker, at + 1)) {
    const next = text[at + marker.length];
    if (next === undefined || ' \t\r\n'.includes(next)) starts.push(at + 1);
  }
  return starts.length === count ? starts : undefined;
}
