/** The words of `ub2030 report`, in English. `../nl/report.ts` has the same keys. */
import type { Cadence } from '../../model/schema.js';

const plural = (count: number, one: string, many: string): string =>
  `${count} ${count === 1 ? one : many}`;

export const reportEn = {
  asOf: (date: string) => `Report on ${date}`,
  documentTitle: (programme: string, date: string) => `${programme} — report on ${date}`,
  problems: (count: number) =>
    `${plural(count, 'problem', 'problems')} in the programme files: what could not be read is `
    + 'left out of this report. Run `ub2030 validate` to see and fix them.',
  contents: 'Contents',
  summary: 'Summary',
  wholeProgramme: 'The whole programme',
  countsCaption: (term: string) => `Indicators per status: ${term}`,
  countHeader: 'Indicators',
  behind: 'Furthest behind',
  noneBehind: 'No indicator of this term is at risk, off track or missed.',
  behindHeaders: {
    indicator: 'Indicator', project: 'Project', status: 'Status', shortfall: 'Progress',
  },
  progressVersus: (progress: string, expected: string) => `${progress} (${expected} expected)`,
  howToRead: 'How to read this report',
  statusExplained: (onTrack: string, atRisk: string, tooEarly: string) =>
    'Progress is the share of the way from the baseline to the target. The plan draws a straight '
    + 'line from the baseline to the target, through any milestones: that is where an indicator '
    + `should be by now. An indicator is on track at ${onTrack} or more of that, at risk from `
    + `${atRisk}, off track below. While less than ${tooEarly} of the way is expected, it is too `
    + 'early to judge.',
  projectionExplained: (months: number | undefined, minPoints: number) =>
    'The projection carries the latest value forward at the current pace: the Theil–Sen slope '
    + 'over '
    + `${months === undefined ? 'the whole series' : `the last ${months} months`}, from at least `
    + `${minPoints} values (for a count of events: the median total per period).`,
  chartKey: 'In the charts, the solid blue line is what was measured, the grey dashed line is '
    + 'where the plan says the indicator should be, the orange dotted line is the projection at the '
    + 'current pace, the star is the target and the vertical dotted line is the report date.',
  goal: 'Goal',
  lead: 'Lead',
  projectAbout: (state: string, start: string, end: string) => `${state}, ${start} to ${end}`,
  indicatorAbout: (unit: string, cadence: string) => `${unit}, measured ${cadence}`,
  total: 'total',
  cadence: {
    daily: 'daily', weekly: 'weekly', monthly: 'monthly', quarterly: 'quarterly', yearly: 'yearly',
  } satisfies Record<Cadence, string>,
  figures: {
    status: 'Status',
    baseline: 'Baseline',
    latest: 'Latest',
    expected: 'Expected now',
    target: 'Target',
    progress: 'Progress',
    pace: 'Pace',
    projection: 'At the deadline',
    reached: 'Target reached',
    verdict: 'Trend',
    method: 'How it is measured',
  },
  on: (value: string, date: string) => `${value} on ${date}`,
  by: (value: string, date: string) => `${value} by ${date}`,
  within: (value: string, tolerance: string) => `${value} ± ${tolerance}`,
  nothingYet: 'nothing measured yet',
  keep: 'judged by staying at the target',
  notJudged: 'no projection',
  legend: {
    measured: 'measured',
    plan: 'where it should be',
    projection: 'projection at the current pace',
    target: 'target',
    band: 'target band',
    asOf: 'report date',
  },
  chartLabel: (title: string) => `Chart: ${title}`,
  describeMeasured: (first: string, last: string, count: number) =>
    `Measured: from ${first} to ${last}, ${plural(count, 'value', 'values')}.`,
  describeNothing: 'Nothing has been measured since the baseline.',
  describePlan: (expected: string | undefined, target: string) =>
    `Plan: ${expected ? `${expected} by the report date, ` : ''}${target}.`,
  describeProjection: (value: string) => `At the current pace: ${value}.`,
  values: (count: number) => `The measured values (${count})`,
  valueHeaders: { date: 'Date', value: 'Value' },
  baselineOn: (date: string) => `${date} (baseline)`,
  tableHeaders: {
    indicator: 'Indicator',
    status: 'Status',
    baseline: 'Baseline',
    latest: 'Latest',
    target: 'Target',
    progress: 'Progress',
    projection: 'At the deadline',
  },
  wrote: (file: string) => `Wrote ${file}.`,
  wroteCharts: (count: number, folder: string) =>
    `Wrote ${plural(count, 'chart', 'charts')} to ${folder}.`,
  errors: {
    terminal: 'The HTML report is a whole web page; it is not meant to be read in a terminal.',
    terminalHint: 'Write it to a file and open that in a browser: ub2030 report -o report.html',
    extension: (file: string) =>
      `-o ${file}: ub2030 cannot tell the format from the file name.`,
    extensionHint: 'End the name with .html or .md, or add --format html or --format markdown.',
    cannotWrite: (file: string, reason: string) => `Cannot write ${file}: ${reason}`,
    cannotWriteHint: 'Check that the folder exists and that you may write in it.',
  },
};

export type ReportWords = typeof reportEn;
