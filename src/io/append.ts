/**
 * Changes to a log's text that touch no other byte: entries are appended after the last item of
 * the `measurements:` list, or one entry is rewritten in place, in the file's own indentation and
 * line endings.
 */
import type { Document, Node, YAMLMap } from 'yaml';
import type { Measurement } from '../model/schema.js';
import { entryLines } from './entry-text.js';
import { listItemStarts } from './locate.js';
import { yamlLib } from './yaml-lib.js';

/** A new log's text, for a project that has none yet. */
export function newLogText(project: string, schemaRef: string): string {
  return [
    `# yaml-language-server: $schema=${schemaRef}`,
    `project: ${project}`,
    'measurements:',
    '',
  ].join('\n');
}

/**
 * The text with `measurements` appended, or undefined when the list is not laid out as a block at
 * the end of the file (then the caller must refuse or edit another way).
 */
export function appendMeasurements(
  text: string,
  doc: Document,
  measurements: Measurement[],
): string | undefined {
  const { isMap, isPair, isScalar, isSeq } = yamlLib();
  const newline = lineEnding(text);
  const contents = doc.contents;
  if (!isMap(contents)) return undefined;
  const pairs = contents.items;
  const index = pairs.findIndex(
    (pair) => isPair(pair) && isScalar(pair.key) && pair.key.value === 'measurements',
  );
  if (index !== pairs.length - 1) return undefined;
  const value = pairs[index]!.value as Node | null;

  let base = text;
  let dashColumn = 2;
  let keyColumn = 4;
  if (isSeq(value) && !value.flow && value.items.length > 0) {
    dashColumn = columnOf(text, value.range![0]);
    const first = value.items[0] as Node;
    // a flow item (`- {…}`) says nothing about where block keys go
    const firstColumn =
      isMap(first) && !first.flow ? columnOf(text, first.range![0]) : dashColumn + 2;
    keyColumn = Math.max(dashColumn + 2, firstColumn);
  } else if (isSeq(value) && value.flow && value.items.length === 0) {
    base = text.slice(0, value.range![0]).trimEnd() + text.slice(value.range![1]);
  } else if (value !== null && !(isScalar(value) && value.value === null)) {
    return undefined;
  }

  return withEntries(base, newline, dashColumn, keyColumn, measurements);
}

/**
 * What `appendMeasurements` gives, worked out from the text alone, for a log already read and
 * found sound whose `measurements` (`count` entries) is a block list that ends the file (`keys`
 * are the file's top-level keys in order). Undefined for any other layout: then the document is
 * needed. A long log is so extended without building its document.
 */
export function appendToList(
  text: string,
  keys: string[],
  count: number,
  measurements: Measurement[],
): string | undefined {
  if (count === 0 || keys[keys.length - 1] !== 'measurements') return undefined;
  const first = listItemStarts(text, 'measurements', count)?.[0];
  const line = first === undefined ? undefined : /^( *)-( +)(\S)/.exec(text.slice(first));
  if (!line) return undefined;
  const dashColumn = line[1]!.length;
  // a flow item (`- {…}`) says nothing about where block keys go
  const firstColumn = line[3] === '{' ? dashColumn + 2 : dashColumn + 1 + line[2]!.length;
  const keyColumn = Math.max(dashColumn + 2, firstColumn);
  return withEntries(text, lineEnding(text), dashColumn, keyColumn, measurements);
}

function withEntries(
  text: string,
  newline: string,
  dashColumn: number,
  keyColumn: number,
  measurements: Measurement[],
): string {
  const base = text.length > 0 && !text.endsWith('\n') ? text + newline : text;
  const dash = `${' '.repeat(dashColumn)}-${' '.repeat(keyColumn - dashColumn - 1)}`;
  const lines = measurements.flatMap((measurement) =>
    entryLines(measurement).map(
      (line, position) => `${position === 0 ? dash : ' '.repeat(keyColumn)}${line}`,
    ),
  );
  return base + lines.join(newline) + newline;
}

/** Where an entry was rewritten: the old text at `start` and the text written in its place. */
export interface EntryEdit {
  text: string;
  start: number;
  before: string;
  after: string;
}

/**
 * The text with entry `index` of the list rewritten as `measurement`, or undefined when that entry
 * holds comments (which rewriting would lose) or the list is not where it is expected.
 */
export function rewriteEntry(
  text: string,
  doc: Document,
  index: number,
  measurement: Measurement,
): EntryEdit | undefined {
  const { isSeq } = yamlLib();
  const list = doc.get('measurements', true);
  return rewriteItem(text, isSeq(list) ? list.items[index] : undefined, measurement);
}

/** `rewriteEntry` for the entry `item` of the document of `text`. */
export function rewriteItem(
  text: string,
  item: unknown,
  measurement: Measurement,
): EntryEdit | undefined {
  const { isMap } = yamlLib();
  if (!isMap(item) || !item.range) return undefined;
  const start = item.range[0];
  const end = start + text.slice(start, item.range[1]).trimEnd().length;
  if (hasComment(text, item, start, end)) return undefined;

  const keyColumn = columnOf(text, start);
  const after = entryLines(measurement)
    .map((line, position) => `${position === 0 ? '' : ' '.repeat(keyColumn)}${line}`)
    .join(lineEnding(text));
  return {
    text: text.slice(0, start) + after + text.slice(end),
    start,
    before: text.slice(start, end),
    after,
  };
}

/** True when a `#` in the entry's text lies outside every scalar, so it starts a comment. */
function hasComment(text: string, item: YAMLMap, start: number, end: number): boolean {
  const scalars: [number, number][] = [];
  yamlLib().visit(item, {
    Scalar: (_key, node) => {
      if (node.range) scalars.push([node.range[0], node.range[1]]);
    },
  });
  for (let at = text.indexOf('#', start); at >= 0 && at < end; at = text.indexOf('#', at + 1)) {
    if (!scalars.some(([from, to]) => at >= from && at < to)) return true;
  }
  return false;
}

function lineEnding(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

function columnOf(text: string, offset: number): number {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return offset - lineStart;
}
