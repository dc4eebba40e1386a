/**
 * Runs a zod schema over a parsed YAML file and turns every issue into a problem at the line of
 * the offending key or value, in the output language.
 */
import * as z from 'zod';
import type { Messages } from '../i18n/index.js';
import type { Said } from '../i18n/en-validate.js';
import type { Problem } from './problem.js';
import { suggestion } from './suggest-text.js';
import { problemAt } from '../io/source.js';
import { documentOf } from '../io/locate.js';
import { locate, type ParsedFile } from '../io/yaml-file.js';
import { describeIssue, describeValue, ownerOf, valueAt } from './schema-words.js';

export interface Checked<T> {
  data?: T;
  problems: Problem[];
}

type Issue = z.core.$ZodIssue;

export function checkSchema<S extends z.ZodType>(
  file: ParsedFile,
  schema: S,
  example: string,
  m: Messages,
): Checked<z.output<S>> {
  if (file.data === undefined) return { problems: [] };
  if (file.data === null || typeof file.data !== 'object' || Array.isArray(file.data)) {
    const [start, end] = trimmed(file.source.text, locate(documentOf(file), []));
    const found = Array.isArray(file.data) ? 'list' : 'value';
    return {
      problems: [
        problemAt(file.source, start, end, {
          rule: 'not-a-map',
          ...m.validate.schema.notAMap(found, example),
        }),
      ],
    };
  }
  const result = schema.safeParse(file.data);
  if (result.success) return { data: result.data, problems: [] };
  return {
    problems: result.error.issues.flatMap((issue) => issueProblems(file, schema, issue, m)),
  };
}

function issueProblems(file: ParsedFile, schema: z.ZodType, issue: Issue, m: Messages): Problem[] {
  const doc = documentOf(file);
  const words = m.validate.schema;
  const path = issue.path;
  if (issue.code === 'unrecognized_keys') {
    const known = knownKeys(schema, path);
    return issue.keys.map((key) => {
      const [start, end] = locate(doc, [...path, key], true);
      return problemAt(file.source, start, end, {
        rule: 'unknown-key',
        ...words.unknownKey(key, suggestion(key, known, m), known),
      });
    });
  }

  const value = valueAt(file.data, path);
  const name = String(path[path.length - 1] ?? 'file');
  if (value === undefined) {
    const [start, end] = locate(doc, path.slice(0, -1), false);
    return [
      problemAt(file.source, start, Math.min(end, start + 1), {
        rule: 'missing-field',
        ...words.missingField(ownerOf(file.data, path.slice(0, -1), m), name),
      }),
    ];
  }

  const [start, end] = locate(doc, path);
  const written = file.source.text.slice(start, end);
  const place = (rule: string, said: Said): Problem[] => [
    problemAt(file.source, start, end, { rule, ...said }),
  ];
  if (issue.code === 'invalid_value') {
    const allowed = issue.values.map(String);
    const close = typeof value === 'string' ? suggestion(value, allowed, m) : '';
    return place(
      'schema',
      words.notAllowed(name, describeValue(value, written, m), close, allowed),
    );
  }
  const owner = ownerOf(file.data, path.slice(0, -1), m);
  return place(ruleFor(name, issue, value), {
    message: words.field(name, owner, describeIssue(issue, name, value, written, m)),
    hint: hintFor(issue, name, value, written, m),
  });
}

/** A range without the blank lines and spaces at its end, so that it ends on its last line. */
function trimmed(text: string, [start, end]: [number, number]): [number, number] {
  let last = end;
  while (last > start && /\s/.test(text.charAt(last - 1))) last--;
  return [start, last];
}

const DATE_FIELDS = new Set(['date', 'deadline', 'start', 'end', 'horizon']);

function ruleFor(name: string, issue: Issue, value: unknown): string {
  if (typeof value === 'string' && /^-?\d+,\d+$/.test(value.trim())) return 'decimal-comma';
  if (issue.code === 'invalid_type' && issue.expected === 'object') return 'not-a-map';
  if (issue.code === 'invalid_type' && issue.expected === 'string' && typeof value !== 'object')
    return 'not-text';
  return DATE_FIELDS.has(name) ? 'date' : 'schema';
}

function hintFor(issue: Issue, name: string, value: unknown, written: string, m: Messages): string {
  const { hints } = m.validate.schema;
  if (DATE_FIELDS.has(name) && typeof value === 'string') {
    return /^\d{4}-\d{2}-\d{2}$/.test(value) ? hints.realDate : hints.dateFormat;
  }
  if (typeof value === 'string' && /^-?\d+,\d+$/.test(value.trim())) {
    return hints.decimalComma(value.trim().replace(',', '.'));
  }
  if (issue.code === 'invalid_type' && issue.expected === 'number') return hints.number;
  if (issue.code === 'invalid_type' && issue.expected === 'string') {
    return typeof value === 'object' ? hints.text : hints.quoteText(written.trim());
  }
  if (issue.code === 'invalid_format' && name !== 'file') return hints.id;
  return hints.readme;
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
  for (;;) {
    if (
      current instanceof z.ZodOptional ||
      current instanceof z.ZodDefault ||
      current instanceof z.ZodNullable ||
      current instanceof z.ZodPrefault
    ) {
      current = current.unwrap();
    } else if (current instanceof z.ZodPipe) {
      current = current.in;
    } else {
      return current;
    }
  }
}
