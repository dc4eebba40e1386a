#!/usr/bin/env node
/**
 * `npm run bench`: times ub2030 as whole processes on generated programmes of 1k, 10k, 100k and
 * 1M measurements (and on the shipped programme), several runs each, and prints every median as a
 * ratio to F, the time of `node -e ''` measured in the same run. Where hledger is installed it
 * times `hledger balance --budget -Y` and `hledger check` on an equivalent journal too. Peak memory
 * comes from GNU time where it exists. Last, every target is checked: PASS or FAIL.
 *
 *   node bench/bench.mjs [--sizes 1k,10k,100k,1m] [--runs 5] [--out bench/latest.md]
 *
 * Long logs are cached once read (see src/io/log-cache.ts), and `record` checks a whole log only
 * the first time it sees it: the medians are of warm runs, and the first (cold) runs are shown on
 * lines of their own.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generate } from './generate.mjs';
import { checkTargets } from './targets.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin', 'ub2030.js');
const SIZES = { '1k': 1_000, '10k': 10_000, '100k': 100_000, '1m': 1_000_000 };
const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const HLEDGER = spawnSync('hledger', ['--version'], { encoding: 'utf8' }).status === 0
  ? 'hledger'
  : undefined;
/** Status and trend as on this day; validate after the last generated value (stale warnings). */
const AS_OF = '2026-12-01';
const VALIDATE_AS_OF = '2035-12-31';

const { values: options } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1k,10k,100k,1m' },
    runs: { type: 'string', default: '5' },
    out: { type: 'string' },
  },
});
const RUNS = Number(options.runs);

/** One timed run: wall time in ms, peak memory in MB (when GNU time is there), exit code. */
function timeOnce(command, args, cwd, env = {}) {
  const wrapped = GNU_TIME ? [GNU_TIME, ['-f', '%M', command, ...args]] : [command, args];
  const started = process.hrtime.bigint();
  const result = spawnSync(wrapped[0], wrapped[1], {
    cwd, encoding: 'utf8', maxBuffer: 1 << 30, timeout: 600_000,
    env: { ...process.env, NO_COLOR: '1', ...env },
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
function measure(command, prepare, cwd, runs = RUNS, env = {}) {
  const results = [];
  for (let run = 0; run < runs; run++) results.push(timeOnce(command, prepare(run), cwd, env));
  const failed = results.find((result) => result.code !== 0 && result.code !== 1);
  return {
    ms: median(results.map((result) => result.ms)),
    rss: GNU_TIME ? Math.max(...results.map((result) => result.rss)) : undefined,
    failed: failed ? failed.stderr.trim().split('\n').slice(-2).join(' ') : undefined,
  };
}

const rows = [];
function report(key, label, size, result, baseline, versus) {
  const row = {
    key, label, size, ms: result.ms, ratio: result.ms / baseline, rss: result.rss,
    versus: versus ? result.ms / versus.ms : undefined, failed: result.failed,
  };
  rows.push(row);
  const parts = [
    label.padEnd(38), size.padStart(5), `${row.ratio.toFixed(2)} F`.padStart(9),
    `${Math.round(row.ms)} ms`.padStart(10),
    row.rss ? `${Math.round(row.rss)} MB`.padStart(8) : '',
    row.versus ? `${row.versus.toFixed(2)}× hledger` : '',
    row.failed ? `FAILED: ${row.failed}` : '',
  ];
  console.log(parts.join('  '));
}

const ub = (args) => [BIN, ...args];
const node = process.execPath;
const F = measure(node, () => ['-e', ''], ROOT, Math.max(RUNS, 7));
const machine = `${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), `
  + `${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
console.log(`F = node -e '' = ${F.ms.toFixed(1)} ms (median of ${Math.max(RUNS, 7)}); `
  + `${machine}${HLEDGER ? '' : '; hledger not installed'}`);

report('version', '--version', 'any', measure(node, () => ub(['--version']), ROOT), F.ms);
report('help', '--help', 'any', measure(node, () => ub(['--help']), ROOT), F.ms);
const shipped = (args) => measure(node, () => ub([...args, '--as-of', AS_OF]), ROOT);
report('status', 'status (shipped programme)', 'ship', shipped(['status']), F.ms);
report('validate', 'validate (shipped programme)', 'ship', shipped(['validate']), F.ms);

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
  // Every size starts cold: no cache from an earlier run of the benchmark.
  rmSync(join(programme, 'measurements', '.ub2030'), { recursive: true, force: true });
  const hledger = (args) =>
    HLEDGER && measure(HLEDGER, () => ['-f', 'journal.ledger', ...args], dir, runs);
  const budget = hledger(['balance', '--budget', '-Y']);
  const check = hledger(['check']);
  if (budget) report('budget', 'hledger balance --budget -Y', name, budget, F.ms);
  if (check) report('check', 'hledger check', name, check, F.ms);
  const status = ['--dir', programme, 'status', '--as-of', AS_OF];
  const cold = measure(node, () => ub(status), dir, 1);
  report('status-cold', 'status, first read (no cache)', name, cold, F.ms, budget);
  report('status', 'status', name, measure(node, () => ub(status), dir, runs), F.ms, budget);
  const trend = ['--dir', programme, 'trend', '--as-of', AS_OF];
  report('trend', 'trend', name, measure(node, () => ub(trend), dir, runs), F.ms, budget);
  const validate = ['--dir', programme, 'validate', '--as-of', VALIDATE_AS_OF];
  const uncached = measure(node, () => ub(validate), dir, runs, { UB2030_CACHE: 'off' });
  report('validate-cold', 'validate, no cache', name, uncached, F.ms, check);
  report('validate', 'validate', name, measure(node, () => ub(validate), dir, runs), F.ms, check);
  const copy = join(dir, 'record-copy');
  rmSync(copy, { recursive: true, force: true });
  cpSync(programme, copy, { recursive: true });
  const record = (run) => ub(['--dir', copy, 'record', 'p0/indicator-0', String(500 + run),
    '--date', `2034-01-${String(run + 1).padStart(2, '0')}`]);
  const first = measure(node, () => record(0), dir, 1);
  report('record-first', 'record, first (checks the whole log)', name, first, F.ms);
  const next = measure(node, (run) => record(run + 1), dir, Math.max(runs, 3));
  report('record', 'record', name, next, F.ms);
}

const verdicts = checkTargets(rows);
console.log('');
for (const verdict of verdicts) console.log(verdict);

if (options.out) {
  const lines = [
    `Measured ${new Date().toISOString().slice(0, 10)} on ${machine}; `
      + `F = \`node -e ''\` = ${F.ms.toFixed(0)} ms.`,
    '',
    '| command | size | median | × F | peak memory | vs hledger |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((row) => `| ${row.label} | ${row.size} | ${Math.round(row.ms)} ms `
      + `| ${row.ratio.toFixed(2)} | ${row.rss ? `${Math.round(row.rss)} MB` : ''} `
      + `| ${row.versus ? `${row.versus.toFixed(2)}×` : ''}${row.failed ? ' failed' : ''} |`),
    '',
    'Targets:',
    '',
    ...verdicts.map((verdict) => `- ${verdict}`),
  ];
  writeFileSync(resolve(options.out), `${lines.join('\n')}\n`);
}
