/**
 * Every word the tool prints comes from the catalogues: this test reads the source of the code
 * that prints (commands, renderers, checks, file handling, the command line) with the TypeScript
 * parser and fails on a string that reads like a phrase. Markup in html`…` templates is looked
 * through: only the text between the tags counts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

const FOLDERS = ['src/commands', 'src/render', 'src/check', 'src/io', 'src/report', 'src/maths'];
const FILES = ['src/cli.ts', 'src/cli-words.ts'];

/** Files whose strings are not words for people: the report's style sheet, a test hook. */
const NOT_WORDS = new Set(['src/render/report-css.ts', 'src/io/test-hooks.ts']);

/** Strings that look like phrases but are not words for people to read. */
const ALLOWED = new Set([
  // Column headers that `import` recognises in a spreadsheet: read, never printed.
  'project id', 'indicator id', 'measured by', 'gemeten door',
  // date-fns patterns and the empty page the charts are drawn on.
  'yyyy-MM-dd HH:mm', 'd MMMM yyyy', '<!doctype html><html><body></body></html>',
]);

/** Two words of letters side by side: "is not", "Nothing was". */
const PHRASE = /\p{L}{2,}[ \u00a0]+\p{L}{2,}/u;

function sourceFiles(): string[] {
  const inFolders = FOLDERS.flatMap((folder) => readdirSync(join(ROOT, folder))
    .filter((name) => name.endsWith('.ts')).map((name) => `${folder}/${name}`));
  return [...inFolders, ...FILES].filter((file) => !NOT_WORDS.has(file));
}

/** The phrases in one file's string literals, as `file:line: text`. */
function phrases(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    const literal = literalText(node);
    if (literal !== undefined && PHRASE.test(literal) && !allowed(literal)) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart());
      found.push(`${file}:${line + 1}: ${literal.trim().slice(0, 60)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function allowed(literal: string): boolean {
  // The note ub2030 writes into its own state folder, for whoever looks inside.
  return ALLOWED.has(literal) || literal.startsWith('# ub2030 keeps its locks');
}

/** The text a string or template piece holds; for an html`…` template, without its tags. */
function literalText(node: ts.Node): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)
    || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
    return inHtmlTemplate(node) ? withoutTags(node.text) : node.text;
  }
  return undefined;
}

function inHtmlTemplate(node: ts.Node): boolean {
  for (let at: ts.Node | undefined = node; at; at = at.parent) {
    if (ts.isTaggedTemplateExpression(at)) return at.tag.getText() === 'html';
  }
  return false;
}

/** Markup, with the tags and their attributes taken out; an unclosed tag runs to the end. */
function withoutTags(markup: string): string {
  return markup.replace(/<[^>]*>?/g, ' ').replace(/^[^<]*>/, ' ');
}

describe('strings in the source', () => {
  it('hold no phrase of their own: every word comes from the catalogues', () => {
    const files = sourceFiles();
    expect(files.length).toBeGreaterThan(40);
    expect(files.flatMap(phrases)).toEqual([]);
  });

  it('would catch a phrase written into the code', () => {
    // The check itself, on a made-up file: a message in code, and one inside markup.
    const sample = 'const a = `${x} was not found`; const b = html`<p>Nothing here</p>`;';
    const source = ts.createSourceFile('sample.ts', sample, ts.ScriptTarget.ES2022, true);
    const texts: string[] = [];
    const visit = (node: ts.Node): void => {
      const literal = literalText(node);
      if (literal !== undefined && PHRASE.test(literal)) texts.push(literal.trim());
      ts.forEachChild(node, visit);
    };
    visit(source);
    expect(texts).toEqual(['was not found', 'Nothing here']);
  });

  it('are read in every folder that prints', () => {
    const read = new Set(sourceFiles().map((file) => relative('src', file).split('/')[0]));
    expect([...read].sort()).toEqual(['check', 'cli-words.ts', 'cli.ts', 'commands', 'io', 'maths',
      'render', 'report'].sort());
  });
});
