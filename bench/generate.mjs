/**
 * Generates a realistic programme of a given number of measurements for the benchmark: eight
 * projects over three terms, at least 24 indicators, daily values with notes and comments now and
 * then, and an equivalent hledger journal (one transaction per measurement, a yearly budget per
 * indicator) so both tools read the same amount of data.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PROJECTS = 8;
const DAYS_PER_INDICATOR = 3650;
const START = Date.UTC(2021, 0, 1);

const iso = (day) => new Date(START + day * 86_400_000).toISOString().slice(0, 10);

function layout(size) {
  const indicators = Math.max(24, Math.ceil(size / DAYS_PER_INDICATOR));
  const perProject = Math.ceil(indicators / PROJECTS);
  return { indicators, perProject, perIndicator: Math.ceil(size / indicators) };
}

function programmeYaml() {
  return [
    '# Generated for the benchmark.',
    'id: bench',
    'title: Benchmark programme',
    'start: 2021-01-01',
    'horizon: 2035-12-31',
    'language: en',
    'terms:',
    '  - {id: short, label: Short term, from_year: 0, to_year: 2}',
    '  - {id: medium, label: Medium term, from_year: 2, to_year: 5}',
    '  - {id: long, label: Long term, from_year: 5}',
    '',
  ].join('\n');
}

function projectYaml(project, ids) {
  const term = ['short', 'medium', 'long'][project % 3];
  const end = { short: '2022-12-31', medium: '2025-12-31', long: '2035-12-31' }[term];
  const lines = [
    `id: p${project}`, `title: Project ${project}`, `term: ${term}`, 'goal: Measure a great deal.',
    'period:', '  start: 2021-01-01', `  end: ${end}`, 'state: active', 'indicators:',
  ];
  ids.forEach((id, index) => {
    const events = index % 3 === 2;
    lines.push(
      `  - id: ${id}`, `    title: Indicator ${id}`, '    unit: count', '    direction: increase',
      `    aggregation: ${events ? 'events' : 'level'}`, '    cadence: daily',
      '    baseline: {value: 100, date: 2021-01-01}',
      `    target: {value: ${events ? 5_000_000 : 20_000}, deadline: ${end}}`,
    );
  });
  return `${lines.join('\n')}\n`;
}

function logYaml(project, ids, perIndicator, journal) {
  const lines = [
    `# Generated log of project p${project}.`, `project: p${project}`, 'measurements:',
  ];
  for (let day = 1; day <= perIndicator; day++) {
    if (day % 60 === 0) lines.push(`  # month ${Math.floor(day / 30)}`);
    for (const id of ids) {
      const value = 100 + day * 3 + ((day * 7919) % 23);
      lines.push(`  - indicator: ${id}`, `    date: ${iso(day)}`, `    value: ${value}`);
      if (day % 25 === 0) lines.push('    note: checked against the dashboard');
      const account = `metrics:p${project}:${id}`;
      journal.push(`${iso(day)} p${project} ${id}`, `    (${account})    ${value}`, '');
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Writes `<dir>/programme/…` and `<dir>/journal.ledger` for `size` measurements. */
export function generate(dir, size) {
  const { indicators, perProject, perIndicator } = layout(size);
  const programme = join(dir, 'programme');
  mkdirSync(join(programme, 'projects'), { recursive: true });
  mkdirSync(join(programme, 'measurements'), { recursive: true });
  writeFileSync(join(programme, 'programme.yaml'), programmeYaml());
  const journal = [];
  const budgets = [];
  let made = 0;
  for (let project = 0; project < PROJECTS && made < indicators; project++) {
    const count = Math.min(perProject, indicators - made);
    const ids = Array.from({ length: count }, (_, index) => `indicator-${made + index}`);
    made += count;
    for (const id of ids) {
      budgets.push('~ yearly from 2021-01-01', `    (metrics:p${project}:${id})    20000`, '');
    }
    writeFileSync(join(programme, 'projects', `p${project}.yaml`), projectYaml(project, ids));
    const log = logYaml(project, ids, perIndicator, journal);
    writeFileSync(join(programme, 'measurements', `p${project}.yaml`), log);
  }
  writeFileSync(join(dir, 'journal.ledger'), `${[...budgets, ...journal].join('\n')}\n`);
  return { indicators, measurements: indicators * perIndicator };
}
