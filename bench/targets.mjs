/**
 * The targets of the benchmark, checked against its rows: one line per target with the measured
 * ratio and PASS or FAIL (or "not measured" when the size was not run).
 */

/** The row of `key` at `size`, if measured. */
function find(rows, key, size) {
  return rows.find((row) => row.key === key && row.size === size);
}

function verdict(text, value, limit, unit) {
  if (value === undefined) return `${text}: not measured`;
  const shown = `${value.toFixed(2)}${unit}`;
  const result = value <= limit ? 'PASS' : `FAIL (${(value / limit).toFixed(2)}× the limit)`;
  return `${text}: ${shown} — ${result}`;
}

const COUNTS = [['1k', 1_000], ['10k', 10_000], ['100k', 100_000], ['1m', 1_000_000]];

/** Milliseconds per 1,000 measurements added from one size to the next: flat when linear. */
function marginal(rows, key) {
  const measured = COUNTS.flatMap(([size, count]) => {
    const row = find(rows, key, size);
    return row ? [{ size, count, ms: row.ms }] : [];
  });
  return measured.slice(1).map((to, at) => {
    const from = measured[at];
    const cost = (to.ms - from.ms) / ((to.count - from.count) / 1_000);
    return { step: `${from.size}→${to.size}`, cost };
  });
}

/** Linear (or better): the last 1,000 added cost no more than 1.5× the ones added before. */
function linear(rows, key, label) {
  const steps = marginal(rows, key);
  if (steps.length < 2) return `time linear in the measurements (${label}): not measured`;
  const [before, last] = steps.slice(-2);
  const shown = steps.map(({ step, cost }) => `${step} ${cost.toFixed(1)} ms`).join(', ');
  return `time linear in the measurements (${label}; per 1,000 added: ${shown}): `
    + `${last.cost <= 1.5 * before.cost ? 'PASS' : 'FAIL'}`;
}

function bigRun(rows) {
  const keys = ['status-cold', 'status', 'validate-cold', 'validate'];
  const big = keys.map((key) => find(rows, key, '1m'));
  if (big.some((row) => !row)) return '1M measurements: status and validate: not measured';
  const peak = Math.max(...big.map((row) => row.rss ?? Infinity));
  const failed = big.some((row) => row.failed);
  const ok = !failed && peak < 1024;
  return '1M measurements: status and validate complete with the default heap, '
    + `peak ${Math.round(peak)} MB (limit 1024 MB) — ${ok ? 'PASS' : 'FAIL'}`;
}

export function checkTargets(rows) {
  const records = rows.filter((row) => row.key === 'record');
  const worstRecord = records.length > 0 ? Math.max(...records.map((row) => row.ratio)) : undefined;
  return [
    verdict('--version ≤ 1.4 F', find(rows, 'version', 'any')?.ratio, 1.4, ' F'),
    verdict('--help ≤ 1.4 F', find(rows, 'help', 'any')?.ratio, 1.4, ' F'),
    verdict('status on the shipped programme ≤ 2 F',
      find(rows, 'status', 'ship')?.ratio, 2, ' F'),
    verdict('status at 10k ≤ 0.5× hledger budget',
      find(rows, 'status', '10k')?.versus, 0.5, '×'),
    verdict('  (first read, no cache yet)', find(rows, 'status-cold', '10k')?.versus, 0.5, '×'),
    verdict('status at 100k ≤ 0.2× hledger budget',
      find(rows, 'status', '100k')?.versus, 0.2, '×'),
    verdict('  (first read, no cache yet)', find(rows, 'status-cold', '100k')?.versus, 0.2, '×'),
    verdict('validate at 100k ≤ 1× hledger check, no cache',
      find(rows, 'validate-cold', '100k')?.versus, 1, '×'),
    verdict('record ≤ 1.6 F at every size (worst)', worstRecord, 1.6, ' F'),
    bigRun(rows),
    linear(rows, 'status-cold', 'status, first read'),
    linear(rows, 'validate-cold', 'validate, no cache'),
  ];
}
