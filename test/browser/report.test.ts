/**
 * The HTML report of the shipped programme in a real browser: headless Chromium opens the file
 * offline, every indicator's chart is drawn, nothing is fetched, nothing is logged as an error.
 * Screenshots (desktop and phone) and an A4 print land in test-results/report/ to look at.
 * Skipped, saying so, where no Chromium is installed (`.ci/run` installs Debian's).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers.js';

const OUT = join(ROOT, 'test-results', 'report');
const AS_OF = '2026-12-01';
/** The shipped programme has 21 indicators. */
const INDICATORS = 21;

const ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

function findChromium(): string | undefined {
  for (const name of ['chromium', 'chromium-browser']) {
    try {
      return execFileSync('which', [name], { encoding: 'utf8' }).trim() || undefined;
    } catch {
      // not installed under this name
    }
  }
  return undefined;
}

const executablePath = findChromium();
if (!executablePath) {
  console.warn('test/browser/report.test.ts: skipped, no chromium found '
    + '(apt-get install chromium)');
}

describe.skipIf(!executablePath)('the HTML report in Chromium', () => {
  let context: BrowserContext;
  let profile: string;
  const requests: string[] = [];

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    profile = mkdtempSync(join(tmpdir(), 'ub2030-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: executablePath!, headless: true, args: ARGS,
    });
    // Every request goes through here: the file itself may load, anything else is refused.
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      if (url.startsWith('file:')) return route.continue();
      requests.push(url);
      return route.abort();
    });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  for (const lang of ['nl', 'en'] as const) {
    it(`draws a chart per indicator, offline and without errors (${lang})`, async () => {
      const file = join(OUT, `report-${lang}.html`);
      const run = runCli(['report', '--as-of', AS_OF, '--lang', lang, '-o', file], ROOT);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);

      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });

      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      expect(await drawnCharts(page)).toBe(INDICATORS);
      expect(await page.locator('svg[role="img"] > title').count()).toBe(INDICATORS);
      await shots(page, lang);
      expect(errors).toEqual([]);
      expect(requests).toEqual([]);
      await page.close();
    }, 120_000);
  }
});

/** Charts with at least one measured line or dot actually laid out on the page. */
async function drawnCharts(page: Page): Promise<number> {
  return page.locator('figure svg[role="img"]').evaluateAll((charts) => charts.filter((chart) => {
    const box = chart.getBoundingClientRect();
    const marks = chart.querySelectorAll('g[aria-label="line"] path, g[aria-label="dot"] circle');
    return box.width > 200 && box.height > 100 && marks.length > 0;
  }).length);
}

/** The top of the page and the whole page at desktop and phone width, and an A4 print. */
async function shots(page: Page, lang: string): Promise<void> {
  await page.screenshot({ path: join(OUT, `${lang}-desktop-top.png`) });
  await page.screenshot({ path: join(OUT, `${lang}-desktop.png`), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: join(OUT, `${lang}-phone-top.png`) });
  await page.screenshot({ path: join(OUT, `${lang}-phone.png`), fullPage: true });
  // Nothing wider than the phone: the page must not scroll sideways.
  const phoneWidth = await page.locator('html').evaluate((root) => root.scrollWidth);
  expect(phoneWidth).toBeLessThanOrEqual(390);
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: join(OUT, `${lang}-print.pdf`), format: 'A4', printBackground: true });
}
