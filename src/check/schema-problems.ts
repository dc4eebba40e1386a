/**
 * Runs a zod schema over a parsed YAML file and turns every issue into a problem at the line of
 * the offending key or value.
 */
import { z } from 'zod';
import type { Messages } from '../i18n/index.js';
import type { Problem } from './problem.js';
import { didYouMean } from './suggest.js';
import { problemAt } from '../io/source.js';
import { locate, type ParsedFile } from '../io/yaml-file.js';

export interface Checked<T> {
  data?: T;
  problems: Problem[];
}

export function checkSchema<S extends z.ZodType>(
  file: ParsedFile, schema: S, example: string, m: Messages,
): Checked<z.output<S>> {
  if (!file.doc || file.data === undefined) return { problems: [] };
  if (file.data === null || typeof file.data !== 'object' || Array.isArray(file.data)) {
    const found = Array.isArray(file.data) ? 'a list' : 'a single value';
    const [start, end] = locate(file.doc, []);
    return {
      problems: [problemAt(file.source, start, end, {
        rule: 'schema',
        message: `expected a map of \`key: value\` lines, found ${found}`,
        hint: `start the file like this: ${example}`,
      })],
    };
  }
  const result = schema.safeParse(file.data);
  if (result.success) return { data: result.data, problems: [] };
  return { problems: result.error.issues.flatMap((issue) => issueProblems(file, schema, issue)) };
}

function issueProblems(file: ParsedFile, schema: z.ZodType, issue: z.core.$ZodIssue): Problem[] {
  const doc = file.doc!;
  const path = issue.path;
  if (issue.code === 'unrecognized_keys') {
    const known = knownKeys(schema, path);
    return issue.keys.map((key) => {
      const [start, end] = locate(doc, [...path, key], true);
      const suggestion = didYouMean(key, known);
      return problemAt(file.source, start, end, {
        rule: 'unknown-key',
        message: `\`${key}\` is not a known field here${suggestion ? `; ${suggestion}` : ''}`,
        hint: `the fields allowed here are: ${known.join(', ')}`,
      });
    });
  }

  const value = valueAt(file.data, path);
  const name = String(path[path.length - 1] ?? 'file');
  if (value === undefined) {
    const [start, end] = locate(doc, path.slice(0, -1), false);
    return [problemAt(file.source, start, Math.min(end, start + 1), {
      rule: 'missing-field',
      message: `${ownerOf(file.data, path.slice(0, -1))} has no \`${name}\``,
      hint: `add a line \`${name}: …\` (see programme/README.md for what it holds)`,
    })];
  }

  const [start, end] = locate(doc, path);
  if (issue.code === 'invalid_value') {
    const allowed = issue.values.map(String);
    const suggestion = typeof value === 'string' ? didYouMean(value, allowed) : '';
    return [problemAt(file.source, start, end, {
      rule: 'schema',
      message: `\`${name}\` cannot be ${JSON.stringify(value)}${suggestion ? `; ${suggestion}` : ''}`,
      hint: `write one of: ${allowed.join(', ')}`,
    })];
  }
  return [problemAt(file.source, start, end, {
    rule: ruleFor(name, value),
    message: `\`${name}\` of ${ownerOf(file.data, path.slice(0, -1))}: ${describeIssue(issue, value)}`,
    hint: hintFor(issue, value),
  })];
}

const DATE_FIELDS = new Set(['date', 'deadline', 'start', 'end', 'horizon']);

function ruleFor(name: string, value: unknown): string {
  if (typeof value === 'string' && /^-?\d+,\d+$/.test(value.trim())) return 'decimal-comma';
  return DATE_FIELDS.has(name) ? 'date' : 'schema';
}

function describeIssue(issue: z.core.$ZodIssue, value: unknown): string {
  if (issue.code === 'invalid_type') {
    return `expected ${article(issue.expected)}, found ${describeValue(value)}`;
  }
  if (issue.code === 'too_small' && issue.origin === 'array') return 'this list is empty';
  if (issue.code === 'too_small' && issue.origin === 'string') return 'this text is empty';
  if (issue.code === 'too_small') return `${String(value)} is too small; the lowest allowed is ${String(issue.minimum)}`;
  if (issue.code === 'too_big') return `${String(value)} is too large; the highest allowed is ${String(issue.maximum)}`;
  if (issue.code === 'custom' || issue.code === 'invalid_format') return `${String(value)}: ${issue.message}`;
  return `${issue.message} (found ${describeValue(value)})`;
}

/** Names the object at `path` as people know it: "indicator `members`", "this file". */
function ownerOf(data: unknown, path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'this file';
  const item = valueAt(data, path) as Record<string, unknown> | undefined;
  const last = path[path.length - 1];
  const list = String(path[path.length - 2] ?? '');
  if (typeof last === 'number') {
    const id = typeof item?.id === 'string' ? ` \`${item.id}\`` : ` ${last + 1}`;
    if (list === 'indicators') return `indicator${id}`;
    if (list === 'terms') return `term${id}`;
    if (list === 'milestones') return `milestone ${last + 1}`;
    if (list === 'measurements') {
      const what = typeof item?.indicator === 'string' ? ` of \`${item.indicator}\`` : '';
      return `measurement ${last + 1}${what}`;
    }
    return `item ${last + 1} of \`${list}\``;
  }
  const parent = path.length > 1 ? ` in ${ownerOf(data, path.slice(0, -1))}` : '';
  return `\`${String(last)}\`${parent}`;
}

function hintFor(issue: z.core.$ZodIssue, value: unknown): string {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return 'write a day that exists, as YYYY-MM-DD; check the day and the month';
  }
  if (typeof value === 'string' && /^-?\d+,\d+$/.test(value.trim())) {
    return `write numbers with a decimal point, not a comma: ${value.trim().replace(',', '.')}`;
  }
  if (issue.code === 'invalid_type' && issue.expected === 'number') {
    return 'write a plain number without units or quotes, for example 12.5';
  }
  if (issue.code === 'invalid_type' && issue.expected === 'string') {
    return 'write text here; put it in quotes if it starts with a special character';
  }
  return 'compare with the examples in programme/README.md';
}

function article(expected: string): string {
  const words: Record<string, string> = {
    number: 'a number', string: 'text', object: 'a map of `key: value` lines', array: 'a list of `- ` items',
    boolean: 'true or false',
  };
  return words[expected] ?? expected;
}

function describeValue(value: unknown): string {
  if (value === null) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  if (typeof value === 'string') return `the text ${JSON.stringify(value)}`;
  return `${typeof value} ${String(value)}`;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = data;
  for (const step of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[step];
  }
  return current;
}

/** The field names the schema allows for the object at `path`. */
function knownKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: unknown = schema;
  for (const step of [...path, undefined]) {
    current = unwrap(current);
    if (step === undefined) break;
    if (current instanceof z.ZodObject) current = current.shape[String(step)];
    else if (current instanceof z.ZodArray) current = current.element;
    else return [];
  }
  return current instanceof z.ZodObject ? Object.keys(current.shape) : [];
}

function unwrap(schema: unknown): unknown {
  let current = schema;
  while (
    current instanceof z.ZodOptional || current instanceof z.ZodDefault ||
    current instanceof z.ZodNullable || current instanceof z.ZodPrefault
  ) {
    current = current.unwrap();
  }
  return current;
}
