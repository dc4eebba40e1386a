/**
 * Turns a file's bytes into a YAML document and a list of problems. Never throws on bad input:
 * encoding errors, conflict markers, tabs, syntax errors, duplicate keys and runaway aliases all
 * become problems at their line.
 */
import { isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import type { Problem } from '../check/problem.js';
import type { Messages } from '../i18n/index.js';
import { makeSource, problemAt, type SourceText } from './source.js';

export interface ParsedFile {
  source: SourceText;
  /** The document, when the text could be parsed at all. */
  doc?: Document.Parsed;
  /** The plain data, when the document parsed without errors. */
  data?: unknown;
  problems: Problem[];
}

const CONFLICT = /^(<{7}|={7}|>{7})(\s|$)/;

export function parseYamlFile(path: string, bytes: Uint8Array, m: Messages): ParsedFile {
  const decoded = decode(path, bytes);
  if ('problem' in decoded) {
    return { source: decoded.source, problems: [decoded.problem] };
  }
  const source = makeSource(path, decoded.text);
  const problems = [...decoded.warnings.map((init) => problemAt(source, 0, 1, init))];
  problems.push(...scanLines(source));
  if (problems.some((problem) => problem.rule === 'conflict-marker')) return { source, problems };
  if (source.text.trim() === '' || isOnlyComments(source.text)) {
    problems.push(problemAt(source, 0, 0, {
      rule: 'empty-file',
      message: 'this file is empty',
      hint: 'fill it in (see programme/README.md for the format) or remove the file',
    }));
    return { source, problems };
  }

  const doc = parseDocument(source.text, { prettyErrors: false, uniqueKeys: true, version: '1.2' });
  const tabLines = new Set(problems.filter((p) => p.rule === 'tab-indent').map((p) => p.line));
  for (const error of doc.errors) {
    const problem = problemAt(source, error.pos[0], error.pos[1], describeYamlError(error.code, error.message));
    if (!tabLines.has(problem.line)) problems.push(problem);
  }
  // A duplicate key leaves the rest of the document readable: keep checking it.
  if (doc.errors.some((error) => error.code !== 'DUPLICATE_KEY')) return { source, doc, problems };

  try {
    return { source, doc, data: doc.toJS({ maxAliasCount: 100 }), problems };
  } catch {
    problems.push(problemAt(source, 0, 0, {
      rule: 'alias-bomb',
      message: 'this file uses aliases (`*name`) that expand to an enormous amount of data',
      hint: 'write the values out instead of repeating them through aliases',
    }));
    return { source, doc, problems };
  }
}

function decode(path: string, bytes: Uint8Array):
  | { text: string; warnings: { rule: string; message: string; hint: string; severity: 'warning' }[] }
  | { source: SourceText; problem: Problem } {
  try {
    let text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    const warnings: { rule: string; message: string; hint: string; severity: 'warning' }[] = [];
    if (text.startsWith('\uFEFF')) {
      text = text.slice(1);
      warnings.push({
        rule: 'byte-order-mark',
        severity: 'warning',
        message: 'the file starts with an invisible byte-order mark',
        hint: 'save the file as "UTF-8" rather than "UTF-8 with BOM"',
      });
    }
    return { text, warnings };
  } catch {
    const lossy = new TextDecoder('utf-8').decode(bytes);
    const source = makeSource(path, lossy);
    const bad = Math.max(0, lossy.indexOf('\uFFFD'));
    return {
      source,
      problem: problemAt(source, bad, bad + 1, {
        rule: 'encoding',
        message: 'this file is not UTF-8 text',
        hint: 'save it with the encoding "UTF-8" in your editor',
      }),
    };
  }
}

/** Line-level problems the parser would report poorly: conflict markers and tab indentation. */
function scanLines(source: SourceText): Problem[] {
  const problems: Problem[] = [];
  let offset = 0;
  for (const raw of source.text.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (CONFLICT.test(line)) {
      problems.push(problemAt(source, offset, offset + line.length, {
        rule: 'conflict-marker',
        message: 'a git conflict marker is left in the file',
        hint: 'resolve the merge conflict: keep the right lines, then delete the <<<<<<<, ======= and >>>>>>> lines',
      }));
    }
    const indent = /^[ \t]*/.exec(line)?.[0] ?? '';
    const tab = indent.indexOf('\t');
    if (tab >= 0 && line.trim() !== '') {
      problems.push(problemAt(source, offset + tab, offset + tab + 1, {
        rule: 'tab-indent',
        message: 'this line is indented with a tab; YAML allows only spaces for indentation',
        hint: 'replace the tab with spaces (two per level)',
      }));
    }
    offset += raw.length + 1;
  }
  return problems;
}

function isOnlyComments(text: string): boolean {
  return text.split('\n').every((line) => /^\s*(#.*)?\r?$/.test(line) || line.trim() === '---');
}

function describeYamlError(code: string, message: string): { rule: string; message: string; hint: string } {
  const first = message.split('\n')[0] ?? message;
  switch (code) {
    case 'DUPLICATE_KEY':
      return {
        rule: 'duplicate-key',
        message: 'this key appears twice in the same block',
        hint: 'keep one of the two lines; a key may appear only once at each level',
      };
    case 'TAB_AS_INDENT':
      return { rule: 'tab-indent', message: 'a tab is used for indentation', hint: 'use spaces instead of tabs' };
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
    case 'UNEXPECTED_TOKEN':
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return {
        rule: 'yaml-syntax',
        message: `the file's YAML structure is broken here: ${lowerFirst(first)}`,
        hint: 'check the indentation and that every `key: value` has its colon and a space after it',
      };
    default:
      return {
        rule: 'yaml-syntax',
        message: `the file's YAML cannot be read here: ${lowerFirst(first)}`,
        hint: 'compare this line with the examples in programme/README.md',
      };
  }
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** The place of the node at `path` (map keys and list indexes), or of the nearest parent found. */
export function locate(doc: Document, path: readonly PropertyKey[], keyOnly = false): [number, number] {
  let node: Node | null = doc.contents;
  let range: [number, number] = rangeOf(node) ?? [0, 0];
  for (let index = 0; index < path.length; index++) {
    const step = path[index];
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === step);
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
