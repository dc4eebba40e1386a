import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROGRAMME_YAML, ROOT, programmeTree, runCli } from '../helpers.js';

const AS_OF = ['--as-of', '2026-12-01'];
const SHIPPED = ['--dir', join(ROOT, 'programme')];

function outDir(): string {
  return mkdtempSync(join(tmpdir(), 'ub2030-report-'));
}

describe('ub2030 report --format html', () => {
  it('writes one page of the shipped programme in Dutch, with a chart per indicator', () => {
    const file = join(outDir(), 'rapport.html');
    const run = runCli([...SHIPPED, 'report', ...AS_OF, '--lang', 'nl', '-o', file], ROOT);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`${file} geschreven.\n`);
    const page = readFileSync(file, 'utf8');
    expect(page).toMatch(/^<!doctype html>\n<html lang="nl">/);
    expect(page).toContain('<h1>UB2030 — Toekomst van de bibliotheek als plek</h1>');
    expect(page).toContain('Rapportage, stand op 1 december 2026');
    expect(page.match(/<svg [^>]*role="img"/g)).toHaveLength(21);
    expect(page.match(/<desc id=/g)).toHaveLength(21);
    expect(page).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('needs nothing from outside: no script, link, image, or address but the SVG name', () => {
    const file = join(outDir(), 'report.html');
    runCli([...SHIPPED, 'report', ...AS_OF, '-o', file], ROOT);
    const page = readFileSync(file, 'utf8');
    expect(page).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
    const addresses = page.match(/https?:\/\/[^\s"')]+/g) ?? [];
    expect(new Set(addresses)).toEqual(new Set(['http://www.w3.org/2000/svg']));
  });

  it('speaks English with --lang en, numbers and dates included', () => {
    const args = ['report', ...AS_OF, '--lang', 'en', '--project', 'partnerships'];
    const run = runCli([...SHIPPED, ...args], ROOT);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('<html lang="en">');
    expect(run.stdout).toContain('Report on 1 December 2026');
    // The plan's own texts stay Dutch, and say so.
    expect(run.stdout).toContain('<h1 lang="nl">UB2030');
    // external-funding: the latest value, € 185,000 on 30 September 2026.
    expect(run.stdout).toContain('€185,000 on 30 September 2026');
    expect(run.stdout).not.toContain('Community Events');
  });

  it('escapes the plan\'s texts, so quotes, ampersands and tags cannot break the page', () => {
    const title = 'Lezen & "leren" <script>alert(1)</script>';
    const dir = programmeTree({
      'programme/programme.yaml':
        PROGRAMME_YAML.replace('title: Test programme', `title: '${title}'`),
    });
    const run = runCli(['report', ...AS_OF], dir);
    expect(run.code).toBe(0);
    expect(run.stdout)
      .toContain('Lezen &amp; &quot;leren&quot; &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(run.stdout).not.toContain('<script>');
  });

  it('refuses a file name it cannot tell the format from', () => {
    const file = join(outDir(), 'report.pdf');
    const run = runCli(['report', ...AS_OF, '--lang', 'en', '-o', file], ROOT);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`error: -o ${file}: ub2030 cannot tell the format from the file name.\n`
      + 'hint: End the name with .html or .md, or add --format html or --format markdown.\n');
    expect(existsSync(file)).toBe(false);
  });

  it('leaves out what it cannot read, says so in the page, and exits 1', () => {
    const dir = programmeTree({
      'programme/measurements/platform.yaml': 'project: platform\nmeasurements:\n'
        + '  - indicator: nope\n    date: 2025-03-31\n    value: 3\n',
    });
    const file = join(outDir(), 'report.html');
    const run = runCli(['report', ...AS_OF, '-o', file], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Run `ub2030 validate` to see and fix them.');
    expect(readFileSync(file, 'utf8')).toContain('class="notice"');
  });
});

describe('ub2030 report --format markdown', () => {
  it('writes the Markdown and its charts, one SVG file per indicator, linked from it', () => {
    const dir = outDir();
    const args = ['report', ...AS_OF, '--lang', 'en', '-o', join(dir, 'board.md')];
    const run = runCli([...SHIPPED, ...args], ROOT);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Wrote 21 charts to ');
    const charts = readdirSync(join(dir, 'board-charts'));
    expect(charts).toHaveLength(21);
    expect(charts).toContain('digital-community-platform--registered-users.svg');
    const text = readFileSync(join(dir, 'board.md'), 'utf8');
    expect(text).toContain('# UB2030 — Toekomst van de bibliotheek als plek');
    expect(text).toContain('(board-charts/digital-community-platform--registered-users.svg)');
    expect(text.match(/!\[Chart: /g)).toHaveLength(21);
    const svg = readFileSync(join(dir, 'board-charts', charts[0]!), 'utf8');
    expect(svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('<title id=');
  });

  it('leaves the charts out with --no-charts, and on standard output', () => {
    const dir = outDir();
    const args = ['report', ...AS_OF, '--no-charts', '-o', join(dir, 'r.md')];
    const run = runCli([...SHIPPED, ...args], ROOT);
    expect(run.code).toBe(0);
    expect(existsSync(join(dir, 'r-charts'))).toBe(false);
    expect(readFileSync(join(dir, 'r.md'), 'utf8')).not.toContain('![');

    const piped = runCli([...SHIPPED, 'report', ...AS_OF, '--format', 'markdown'], ROOT);
    expect(piped.code).toBe(0);
    expect(piped.stdout).toContain('## Samenvatting');
    expect(piped.stdout).toContain('| ● op koers  |');
    expect(piped.stdout).not.toContain('![');
  });
});
