/**
 * Adds one measurement to a log's text without touching any other byte: the entry's lines are
 * appended after the last item of the `measurements:` list, in the file's own indentation and
 * line endings.
 */
import { isMap, isPair, isScalar, isSeq, type Document, type Node } from 'yaml';
import type { Measurement } from '../model/schema.js';

export const ENTRY_KEYS = ['indicator', 'date', 'value', 'numerator', 'denominator', 'note', 'source', 'by'] as const;

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
 * The text with `measurement` appended, or undefined when the list is not laid out as a block at
 * the end of the file (then the caller must refuse or edit another way).
 */
export function appendMeasurement(text: string, doc: Document, measurement: Measurement): string | undefined {
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const contents = doc.contents;
  if (!isMap(contents)) return undefined;
  const pairs = contents.items;
  const index = pairs.findIndex((pair) => isPair(pair) && isScalar(pair.key) && pair.key.value === 'measurements');
  if (index !== pairs.length - 1) return undefined;
  const value = pairs[index]!.value as Node | null;

  let base = text;
  let dashColumn = 2;
  let keyColumn = 4;
  if (isSeq(value) && !value.flow && value.items.length > 0) {
    dashColumn = columnOf(text, value.range![0]);
    const first = value.items[0] as Node;
    // a flow item (`- {…}`) says nothing about where block keys go
    const firstColumn = isMap(first) && !first.flow ? columnOf(text, first.range![0]) : dashColumn + 2;
    keyColumn = Math.max(dashColumn + 2, firstColumn);
  } else if (isSeq(value) && value.flow && value.items.length === 0) {
    base = text.slice(0, value.range![0]).trimEnd() + text.slice(value.range![1]);
  } else if (value !== null && !(isScalar(value) && value.value === null)) {
    return undefined;
  }

  if (base.length > 0 && !base.endsWith('\n')) base += newline;
  const dash = `${' '.repeat(dashColumn)}-${' '.repeat(keyColumn - dashColumn - 1)}`;
  const lines = entryLines(measurement).map((line, position) =>
    `${position === 0 ? dash : ' '.repeat(keyColumn)}${line}`);
  return base + lines.join(newline) + newline;
}

function columnOf(text: string, offset: number): number {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return offset - lineStart;
}

function entryLines(measurement: Measurement): string[] {
  const lines: string[] = [];
  for (const key of ENTRY_KEYS) {
    const value = measurement[key];
    if (value === undefined) continue;
    const written = typeof value === 'number' ? formatNumber(value)
      : key === 'date' || key === 'indicator' ? value : formatText(value);
    lines.push(`${key}: ${written}`);
  }
  return lines;
}

/** Numbers as plain decimals, never in exponent notation. */
export function formatNumber(value: number): string {
  const text = String(value);
  if (!/e/i.test(text)) return text;
  return value.toFixed(20).replace(/\.?0+$/, '');
}

/** Text as a plain YAML scalar where that reads back the same, else double-quoted. */
export function formatText(value: string): string {
  const plain = /^[\p{L}\p{N}(][^\n\r#:"'\\]*$/u.test(value) && value.trim() === value
    && !/^(true|false|yes|no|on|off|null|~|y|n)$/i.test(value)
    && !/^[-+.\d]/.test(value);
  return plain ? value : JSON.stringify(value);
}
