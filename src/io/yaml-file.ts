/**
 * Turns a file's bytes into a YAML document and a list of problems. Never throws on bad input:
 * encoding errors, conflict markers, tabs, syntax errors, duplicate keys, runaway aliases and
 * values that older YAML readers take differently all become problems at their place.
 */
import type { Document, Node } from 'yaml';
import type { Problem } from '../check/problem.js';
import type { Messages } from '../i18n/index.js';
import { fastRead } from './fast-yaml.js';
import { makeSource, problemAt, type SourceText } from './source.js';
import { scanSpellings } from './spellings.js';
import { decode, isBlank, scanLines } from './text-checks.js';
import { yamlLib } from './yaml-lib.js';

export interface ParsedFile {
  source: SourceText;
  /**
   * The document, when the text could be parsed at all. A file the fast reader read has none
   * until a problem needs a place in it (see `locate.ts`).
   */
  doc?: Document.Parsed;
  /** The plain data, when the document parsed without errors. */
  data?: unknown;
  problems: Problem[];
}

/** How `yaml` reads every file: YAML 1.2, a repeated key is an error, errors are kept short. */
export const YAML_OPTIONS = { prettyErrors: false, uniqueKeys: true, version: '1.2' } as const;

/**
 * A file the fast reader can vouch for: valid UTF-8 without a byte-order mark, no conflict
 * markers or tabs in indentation, a mapping at the top, and nothing `parseYamlFile` would report.
 * Undefined when any of that is in doubt: then `parseYamlFile` reads it.
 */
export function readClean(path: string, bytes: Uint8Array, m: Messages): ParsedFile | undefined {
  const decoded = decode(path, bytes, m);
  if ('problem' in decoded || decoded.bom) return undefined;
  const { text } = decoded;
  const suspect = text.includes('\t') || ['<<<<<<<', '=======', '>>>>>>>'].some((marker) =>
    text.includes(marker),
  );
  const source = makeSource(path, text);
  if (suspect && scanLines(source, m).length > 0) return undefined;
  const read = fastRead(text);
  const data = read?.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  return { source, data, problems: [] };
}

/**
 * How many nodes aliases may add when the document is turned into data. A "billion laughs" file
 * passes this within a few nesting levels, and is refused before it takes time or memory.
 */
const MAX_ALIAS_COUNT = 100;

export function parseYamlFile(path: string, bytes: Uint8Array, m: Messages): ParsedFile {
  const decoded = decode(path, bytes, m);
  if ('problem' in decoded) return { source: decoded.source, problems: [decoded.problem] };
  const source = makeSource(path, decoded.text);
  const { file } = m.validate;
  const problems: Problem[] = [];
  if (decoded.bom)
    problems.push(
      problemAt(source, 0, 0, {
        rule: 'byte-order-mark',
        severity: 'warning',
        ...file.byteOrderMark,
      }),
    );
  problems.push(...scanLines(source, m));
  if (problems.some((problem) => problem.rule === 'conflict-marker')) return { source, problems };
  if (isBlank(source.text)) {
    problems.push(problemAt(source, 0, 0, { rule: 'empty-file', ...file.emptyFile }));
    return { source, problems };
  }

  const doc = yamlLib().parseDocument(source.text, YAML_OPTIONS);
  const tabLines = new Set(problems.filter((p) => p.rule === 'tab-indent').map((p) => p.line));
  const places = new Set<string>();
  let broken = tabLines.size > 0;
  for (const error of doc.errors) {
    // After the first break in the structure the reader's later complaints are its own confusion
    // (one mis-indented line gives half a dozen): report the first; duplicate keys each stand.
    if (broken && error.code !== 'DUPLICATE_KEY') continue;
    const problem = yamlProblem(doc, source, error.code, error.pos, error.message, m);
    const place = `${problem.line}:${problem.column}`;
    if (!tabLines.has(problem.line) && !places.has(place)) problems.push(problem);
    places.add(place);
    if (error.code !== 'DUPLICATE_KEY') broken = true;
  }
  // A duplicate key leaves the rest of the document readable: keep checking it.
  if (doc.errors.some((error) => error.code !== 'DUPLICATE_KEY')) return { source, doc, problems };
  problems.push(...scanSpellings(doc, source, m));

  try {
    return { source, doc, data: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), problems };
  } catch {
    const [start, end] = firstAlias(doc) ?? [0, 0];
    problems.push(problemAt(source, start, end, { rule: 'alias-bomb', ...file.aliasBomb }));
    return { source, doc, problems };
  }
}

function yamlProblem(
  doc: Document,
  source: SourceText,
  code: string,
  pos: [number, number],
  detail: string,
  m: Messages,
): Problem {
  const { file } = m.validate;
  if (code === 'DUPLICATE_KEY') {
    const key = scalarAt(doc, pos[0]);
    const end = key?.range?.[1] ?? pos[1];
    return problemAt(source, pos[0], end, {
      rule: 'duplicate-key',
      ...file.duplicateKey(String(key?.value ?? '')),
    });
  }
  if (code === 'TAB_AS_INDENT')
    return problemAt(source, pos[0], pos[1], { rule: 'tab-indent', ...file.tabIndent });
  // An unclosed `[` or `{` is reported as bad indentation where the reader gave up.
  const unclosed = code === 'BAD_INDENT' && /end with a [\]}]/.test(detail);
  // A line indented one space too few or too many reads as a list item without its dash.
  const misplaced = code === 'MISSING_CHAR' && /without - indicator/.test(detail);
  const what =
    file.yaml[unclosed ? 'MISSING_CHAR' : misplaced ? 'BAD_INDENT' : code] ??
    file.yamlOther(lowerFirst(detail.split('\n')[0] ?? detail));
  const start = backToText(source.text, pos[0]);
  return problemAt(source, start, Math.max(start + 1, pos[1]), {
    rule: 'yaml-syntax',
    ...file.syntax(what),
  });
}

/**
 * The reader notices a missing `]` or quote only where it stops: often a blank line or the end of
 * the file. Such a place is moved back to the last character written before it.
 */
function backToText(text: string, offset: number): number {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = text.indexOf('\n', offset);
  if (text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).trim() !== '') return offset;
  const before = text.slice(0, lineStart).trimEnd();
  return before.length === 0 ? offset : before.length - 1;
}

/** The scalar that starts at `offset`, such as the key a duplicate-key error points at. */
function scalarAt(
  doc: Document,
  offset: number,
): { value: unknown; range?: [number, number, number] | null } | undefined {
  let found: { value: unknown; range?: [number, number, number] | null } | undefined;
  const { visit } = yamlLib();
  visit(doc, {
    Scalar(_key, node) {
      if (node.range?.[0] !== offset) return undefined;
      found = node;
      return visit.BREAK;
    },
  });
  return found;
}

function firstAlias(doc: Document): [number, number] | undefined {
  let range: [number, number] | undefined;
  const { visit } = yamlLib();
  visit(doc, {
    Alias(_key, node) {
      if (!node.range) return undefined;
      range = [node.range[0], node.range[1]];
      return visit.BREAK;
    },
  });
  return range;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** The place of the node at `path` (map keys and list indexes), or of the nearest parent found. */
export function locate(
  doc: Document,
  path: readonly PropertyKey[],
  keyOnly = false,
): [number, number] {
  const { isMap, isPair, isScalar, isSeq } = yamlLib();
  let node: Node | null = doc.contents;
  let range: [number, number] = rangeOf(node) ?? [0, 0];
  for (let index = 0; index < path.length; index++) {
    const step = path[index];
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => isPair(item) && isScalar(item.key) && item.key.value === step,
      );
      if (!pair) return range;
      const last = index === path.length - 1;
      const keyRange = rangeOf(pair.key as Node);
      if (last && keyOnly && keyRange) return keyRange;
      node = (pair.value as Node | null) ?? null;
      range = rangeOf(node) ?? keyRange ?? range;
      if (!node) return keyRange ?? range;
    } else if (isSeq(node) && typeof step === 'number') {
      const item = node.items[step] as Node | undefined;
      if (!item) return range;
      node = item;
      range = rangeOf(node) ?? range;
    } else {
      return range;
    }
  }
  return range;
}

function rangeOf(node: Node | null | undefined): [number, number] | undefined {
  if (!node?.range) return undefined;
  return [node.range[0], node.range[1]];
}
