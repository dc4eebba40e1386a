#!/usr/bin/env node
/**
 * `npm run bench`: times ub2030 as whole processes on generated programmes of 1k, 10k, 100k and
 * 1M measurements (and on the shipped programme), several runs each, and prints every median as a
 * ratio to F, the time of `node -e ''` measured in the same run. Where hledger is installed it
 * times `hledger balance --budget -Y` and `hledger check` on an equivalent journal too. Peak memory
 * comes from GNU time where it exists.
 *
 *   node bench/bench.mjs [--sizes 1k,10k,100k,1m] [--runs 5] [--out bench/latest.md]
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generate } from './generate.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin', 'ub2030.js');
const SIZES = { '1k': 1_000, '10k': 10_000, '100k': 100_000, '1m': 1_000_000 };
const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const HLEDGER = spawnSync('hledger', ['--version'], { encoding: 'utf8' }).status === 0 ? 'hledger' : undefined;
const AS_OF = '2026-12-01';

const { values: options } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1k,10k,100k,1m' },
    runs: { type: 'string', default: '5' },
    out: { type: 'string' },
  },
});
const RUNS = Number(options.runs);

/** One timed run: wall time in ms, peak memory in MB (when GNU time is there), exit code. */
function timeOnce(command, args, cwd) {
  const wrapped = GNU_TIME ? [GNU_TIME, ['-f', '%M', command, ...args]] : [command, args];
  const started = process.hrtime.bigint();
  const result = spawnSync(wrapped[0], wrapped[1], {
    cwd, encoding: 'utf8', maxBuffer: 1 << 30, timeout: 600_000, env: { ...process.env, NO_COLOR: '1' },
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const rss = GNU_TIME ? Number(result.stderr.trim().split('\n').pop()) / 1024 : undefined;
  return { ms, rss, code: result.status, stderr: result.stderr };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Median of `runs` runs; `prepare(run)` gives each run its arguments (record needs new dates). */
function measure(command, prepare, cwd, runs = RUNS) {
  const results = [];
  for (let run = 0; run < runs; run++) results.push(timeOnce(command, prepare(run), cwd));
  const failed = results.find((result) => result.code !== 0 && result.code !== 1);
  return {
    ms: median(results.map((result) => result.ms)),
    rss: GNU_TIME ? Math.max(...results.map((result) => result.rss)) : undefined,
    failed: failed ? failed.stderr.trim().split('\n').slice(-2).join(' ') : undefined,
  };
}

const rows = [];
function report(label, size, result, baseline, versus) {
  const row = {
    label, size, ms: result.ms, ratio: result.ms / baseline, rss: result.rss,
    versus: versus ? result.ms / versus.ms : undefined, failed: result.failed,
  };
  rows.push(row);
  const parts = [
    label.padEnd(34), size.padStart(5), `${row.ratio.toFixed(2)} F`.padStart(9),
    `${Math.round(row.ms)} ms`.padStart(10), row.rss ? `${Math.round(row.rss)} MB`.padStart(8) : '',
    row.versus ? `${row.versus.toFixed(2)}× hledger` : '', row.failed ? `FAILED: ${row.failed}` : '',
  ];
  console.log(parts.join('  '));
}

const ub = (args) => [BIN, ...args];
const node = process.execPath;
const F = measure(node, () => ['-e', ''], ROOT, Math.max(RUNS, 7));
console.log(`F = node -e '' = ${F.ms.toFixed(1)} ms (median of ${Math.max(RUNS, 7)}); ${cpus().length} cores, `
  + `${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}${HLEDGER ? '' : '; hledger not installed'}`);

report('--version', 'any', measure(node, () => ub(['--version']), ROOT), F.ms);
report('--help', 'any', measure(node, () => ub(['--help']), ROOT), F.ms);
report('status (shipped programme)', 'ship', measure(node, () => ub(['status', '--as-of', AS_OF]), ROOT), F.ms);
report('validate (shipped programme)', 'ship', measure(node, () => ub(['validate']), ROOT), F.ms);

const work = join(tmpdir(), 'ub2030-bench');
for (const name of options.sizes.split(',')) {
  const size = SIZES[name.toLowerCase()];
  if (!size) throw new Error(`unknown size ${name}; use ${Object.keys(SIZES).join(', ')}`);
  const dir = join(work, name);
  if (!existsSync(join(dir, 'journal.ledger'))) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    generate(dir, size);
  }
  const runs = size >= 1_000_000 ? 1 : size >= 100_000 ? 3 : RUNS;
  const programme = join(dir, 'programme');
  const budget = HLEDGER ? measure(HLEDGER, () => ['-f', 'journal.ledger', 'balance', '--budget', '-Y'], dir, runs) : undefined;
  const check = HLEDGER ? measure(HLEDGER, () => ['-f', 'journal.ledger', 'check'], dir, runs) : undefined;
  if (budget) report('hledger balance --budget -Y', name, budget, F.ms);
  if (check) report('hledger check', name, check, F.ms);
  report('status', name, measure(node, () => ub(['--dir', programme, 'status', '--as-of', AS_OF]), dir, runs), F.ms, budget);
  report('trend', name, measure(node, () => ub(['--dir', programme, 'trend', '--as-of', AS_OF]), dir, runs), F.ms, budget);
  report('validate', name, measure(node, () => ub(['--dir', programme, 'validate']), dir, runs), F.ms, check);
  const copy = join(dir, 'record-copy');
  rmSync(copy, { recursive: true, force: true });
  cpSync(programme, copy, { recursive: true });
  const recordRuns = Math.max(runs, 3);
  report('record', name, measure(node, (run) => ub([
    '--dir', copy, 'record', 'p0/indicator-0', String(500 + run), '--date', `2034-01-${String(run + 1).padStart(2, '0')}`,
  ]), dir, recordRuns), F.ms);
}

if (options.out) {
  const lines = [
    `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), `
      + `Node ${process.version}; F = \`node -e ''\` = ${F.ms.toFixed(0)} ms.`,
    '',
    '| command | size | median | × F | peak memory | vs hledger |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((row) => `| ${row.label} | ${row.size} | ${Math.round(row.ms)} ms | ${row.ratio.toFixed(2)} | `
      + `${row.rss ? `${Math.round(row.rss)} MB` : ''} | ${row.versus ? `${row.versus.toFixed(2)}×` : ''}`
      + `${row.failed ? ' failed' : ''} |`),
  ];
  writeFileSync(resolve(options.out), `${lines.join('\n')}\n`);
}
