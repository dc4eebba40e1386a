/**
 * The pieces of the report that HTML and Markdown share: long dates in the output's language,
 * status words with a symbol (so that status never rests on colour alone), and the figures and
 * the text alternative of each indicator.
 */
import { format, type Locale } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';
import { nl } from 'date-fns/locale/nl';
import type { Messages } from '../i18n/index.js';
import type { StatusWord } from '../maths/status.js';
import type { BoardIndicator } from '../report/board.js';
import type { StatusRow } from '../report/status.js';
import { formatShare, formatValue, unitWords } from './format.js';
import { formatPace, reachText } from './trend-format.js';

const DATE_LOCALES: Record<string, Locale> = { 'nl-NL': nl, 'en-GB': enGB };

/** A symbol per status, the same in every language; always shown beside the word. */
export const STATUS_SYMBOL: Record<StatusWord, string> = {
  achieved: '✔',
  'on-track': '●',
  'at-risk': '▲',
  'off-track': '✖',
  missed: '■',
  'too-early': '◔',
  'no-data': '○',
  'not-started': '◇',
};

/** The local calendar day of a `YYYY-MM-DD` date: no time zone can shift it. */
export function localDay(iso: string): Date {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, day);
}

export function dateLocale(m: Messages): Locale {
  return DATE_LOCALES[m.locale] ?? enGB;
}

/** "31 december 2026" or "31 December 2026". */
export function longDate(iso: string, m: Messages): string {
  return format(localDay(iso), 'd MMMM yyyy', { locale: dateLocale(m) });
}

/** The id of an indicator's section in the page, and the name of its chart file. */
export function indicatorId(project: string, indicator: string): string {
  return `${project}--${indicator}`;
}

/** "▲ risico" */
export function statusLabel(word: StatusWord, m: Messages): string {
  return `${STATUS_SYMBOL[word]} ${m.status[word]}`;
}

/** The status with what qualifies it: "▲ risico, verouderd, → te laat". */
export function statusText(row: StatusRow, m: Messages): string {
  return [
    statusLabel(row.status, m),
    ...(row.stale ? [m.statusReport.stale] : []),
    ...(row.projected ? [row.projected === 'on-time' ? m.trend.onTime : m.trend.late] : []),
  ].join(', ');
}

/** "aantal, totaal, per kwartaal gemeten" */
export function indicatorAbout(item: BoardIndicator, m: Messages): string {
  const row = item.status;
  const unit = unitWords(row, m);
  const kind = row.aggregation === 'events' ? `${unit}, ${m.report.total}` : unit;
  return m.report.indicatorAbout(kind, m.report.cadence[item.cadence]);
}

export interface Figure {
  label: string;
  text: string;
}

/** The figures printed beside an indicator's chart: those of `status`, then those of `trend`. */
export function indicatorFigures(item: BoardIndicator, m: Messages): Figure[] {
  const { status: row, trend } = item;
  const words = m.report;
  const value = (amount: number) => formatValue(amount, row.unit, m.locale);
  const on = (amount: number, date: string) => words.on(value(amount), longDate(date, m));
  const target = item.tolerance === undefined ? value(row.target.value)
    : words.within(value(row.target.value), value(item.tolerance));
  const figures: (Figure | undefined)[] = [
    { label: words.figures.status, text: statusText(row, m) },
    { label: words.figures.baseline, text: on(row.baseline.value, row.baseline.date) },
    {
      label: words.figures.latest,
      text: row.current === undefined || row.currentDate === undefined
        ? words.nothingYet : on(row.current, row.currentDate),
    },
    row.expectedValue === undefined || row.status === 'not-started' ? undefined : {
      label: words.figures.expected,
      text: `${value(row.expectedValue)} (${formatShare(row.expected)})`,
    },
    { label: words.figures.target, text: words.by(target, longDate(row.target.deadline, m)) },
    { label: words.figures.progress, text: row.keep ? words.keep : formatShare(row.progress) },
    trend.pace && { label: words.figures.pace, text: formatPace(trend.pace, row.unit, m) },
    trend.projection && {
      label: words.figures.projection,
      text: `${value(trend.projection.value)} ${onTime(trend.projection.onTime, m)}`,
    },
    trend.projection ? { label: words.figures.reached, text: reachPhrase(item, m) } : undefined,
    { label: words.figures.verdict, text: m.trend.verdict[trend.verdict] },
  ];
  return figures.filter((figure): figure is Figure => figure !== undefined);
}

function onTime(yes: boolean, m: Messages): string {
  return yes ? m.trend.onTime : m.trend.late;
}

function reachPhrase(item: BoardIndicator, m: Messages): string {
  const reach = item.trend.projection!.reach;
  return reach.kind === 'on' ? longDate(reach.date, m) : reachText(reach, m);
}

/** The chart in words: what was measured, what the plan expects, where the pace leads. */
export function chartDescription(item: BoardIndicator, m: Messages): string {
  const { status: row, lines } = item;
  const words = m.report;
  const value = (amount: number) => formatValue(amount, row.unit, m.locale);
  const measured = lines.measured.filter(({ date }) => date > row.baseline.date);
  const first = lines.measured[0];
  const last = lines.measured[lines.measured.length - 1];
  const sentences = [
    measured.length === 0 || !first || !last ? words.describeNothing : words.describeMeasured(
      words.on(value(first.value), longDate(first.date, m)),
      words.on(value(last.value), longDate(last.date, m)),
      measured.length,
    ),
    words.describePlan(
      row.expectedValue === undefined || row.status === 'not-started'
        ? undefined : value(row.expectedValue),
      words.by(value(row.target.value), longDate(row.target.deadline, m)),
    ),
  ];
  const end = lines.projection[lines.projection.length - 1];
  if (end) {
    sentences.push(words.describeProjection(words.by(value(end.value), longDate(end.date, m))));
  }
  return sentences.join(' ');
}
