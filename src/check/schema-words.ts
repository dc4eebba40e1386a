/** How schema issues, values and their owners read in messages, in the output language. */
import type { z } from 'zod';
import type { Messages } from '../i18n/index.js';

const DATE_FIELDS = new Set(['date', 'deadline', 'start', 'end', 'horizon']);

export function describeIssue(
  issue: z.core.$ZodIssue,
  name: string,
  value: unknown,
  written: string,
  m: Messages,
): string {
  const words = m.validate.schema;
  const text = String(value);
  switch (issue.code) {
    case 'invalid_type':
      return words.expectedFound(
        words.expected[issue.expected] ?? issue.expected,
        describeValue(value, written, m),
      );
    case 'too_small':
      if (issue.origin === 'array') return words.emptyList;
      if (issue.origin === 'string') return words.emptyText;
      return words.tooSmall(text, String(issue.minimum));
    case 'too_big':
      return words.tooBig(text, String(issue.maximum));
    case 'custom':
    case 'invalid_format':
      if (DATE_FIELDS.has(name)) {
        return /^\d{4}-\d{2}-\d{2}$/.test(text) ? words.notARealDate(text) : words.notADate(text);
      }
      return issue.code === 'invalid_format'
        ? words.badId(text)
        : words.invalid(describeValue(value, written, m));
    default:
      return words.invalid(describeValue(value, written, m));
  }
}

/** A value as found in the file: "the text "12,5"", "the number 1.1 (written 1.10)". */
export function describeValue(value: unknown, written: string, m: Messages): string {
  const words = m.validate.schema.value;
  const source = written.trim();
  if (value === null) return words.nothing;
  if (Array.isArray(value)) return words.list;
  if (typeof value === 'object') return words.map;
  if (typeof value === 'string') return words.text(value);
  if (typeof value === 'number')
    return words.number(value, source && source !== String(value) ? source : undefined);
  if (typeof value === 'boolean') return words.boolean(source || String(value));
  return String(value);
}

/** Names the object at `path` as people know it: "indicator `members`", "this file". */
export function ownerOf(data: unknown, path: readonly PropertyKey[], m: Messages): string {
  const words = m.validate.schema.owner;
  if (path.length === 0) return words.file;
  const item = valueAt(data, path) as Record<string, unknown> | undefined;
  const last = path[path.length - 1];
  const list = String(path[path.length - 2] ?? '');
  if (typeof last === 'number') {
    const id = typeof item?.id === 'string' ? item.id : undefined;
    if (list === 'indicators') return id ? words.indicator(id) : words.indicatorAt(last + 1);
    if (list === 'terms') return id ? words.term(id) : words.termAt(last + 1);
    if (list === 'milestones') return words.milestone(last + 1);
    if (list === 'measurements') {
      return words.measurement(
        last + 1,
        typeof item?.indicator === 'string' ? item.indicator : undefined,
      );
    }
    return words.item(last + 1, list);
  }
  const parent = path.length > 1 ? ownerOf(data, path.slice(0, -1), m) : undefined;
  return words.key(String(last), parent);
}

export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = data;
  for (const step of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[step];
  }
  return current;
}
