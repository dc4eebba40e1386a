/**
 * An indicator's chart as static SVG, drawn by Observable Plot on a server-side DOM (linkedom):
 * the measured values, the straight line from baseline to target (through the milestones), the
 * projection at the current pace, the target and the report date. Lines differ in dash as well
 * as colour, so they can be told apart in print and without colour vision.
 */
import * as Plot from '@observablehq/plot';
import { format } from 'date-fns';
import { parseHTML } from 'linkedom';
import type { Messages } from '../i18n/index.js';
import type { DatedValue } from '../maths/trend-series.js';
import type { BoardIndicator } from '../report/board.js';
import { unitWords } from './format.js';
import { chartDescription, dateLocale, localDay } from './report-figures.js';

/** Colours with at least 4.5:1 contrast on white. */
export const CHART_COLOURS = {
  measured: '#1d4f91',
  plan: '#5a5a5a',
  projection: '#a14a00',
  target: '#1b6b3a',
  asOf: '#444444',
};

/** The dash of each line (solid, dashed, dotted), as the legend of the HTML report draws it. */
export const CHART_DASHES = { measured: '', plan: '7 4', projection: '2 4' };

const WIDTH = 480;
const HEIGHT = 260;
const FONT_SIZE = 13;

interface Point {
  date: Date;
  value: number;
}

/**
 * The chart's SVG markup. It carries role="img", a <title> and a <desc> with the figures in
 * words; `id` makes their ids unique within the page.
 */
export function renderChart(item: BoardIndicator, asOf: string, m: Messages, id: string): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const yRange = yDomain(item);
  const yTick = tickNumber(yRange, m);
  const svg = Plot.plot({
    document: document as unknown as Plot.PlotOptions['document'],
    width: WIDTH,
    height: HEIGHT,
    marginLeft: leftMargin(yRange, yTick),
    marginRight: 24,
    marginTop: 28,
    style: { fontSize: `${FONT_SIZE}px`, background: 'white', color: '#1a1a1a' },
    x: { type: 'time', domain: xDomain(item, asOf), ticks: 5, tickFormat: tickDate(m) },
    y: {
      domain: yRange, nice: true, grid: true, ticks: 5,
      label: unitWords(item.status, m), tickFormat: yTick,
    },
    marks: marks(item, asOf, m),
  });

  svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-labelledby', `${id}-title`);
  svg.setAttribute('aria-describedby', `${id}-desc`);
  const title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
  title.setAttribute('id', `${id}-title`);
  title.textContent = m.report.chartLabel(item.status.title);
  const desc = document.createElementNS('http://www.w3.org/2000/svg', 'desc');
  desc.setAttribute('id', `${id}-desc`);
  desc.textContent = chartDescription(item, m);
  svg.prepend(title, desc);
  return svg.outerHTML;
}

function marks(item: BoardIndicator, asOf: string, m: Messages): Plot.Markish[] {
  const { lines } = item;
  const points = (list: DatedValue[]): Point[] =>
    list.map(({ date, value }) => ({ date: localDay(date), value }));
  const measured = points(lines.measured);
  const plan = points(lines.plan);
  const projection = points(lines.projection);
  const target = plan[plan.length - 1]!;
  const xy = { x: 'date', y: 'value' } as const;
  // The report date's label goes on the side of its line where there is room.
  const [first, last] = xDomain(item, asOf);
  const early = localDay(asOf).getTime() - first.getTime()
    < (last.getTime() - first.getTime()) / 3;
  return [
    item.tolerance === undefined ? null : Plot.rectY([band(item)], {
      x1: 'x1', x2: 'x2', y1: 'y1', y2: 'y2', fill: CHART_COLOURS.target, fillOpacity: 0.12,
    }),
    Plot.ruleX([localDay(asOf)], { stroke: CHART_COLOURS.asOf, strokeDasharray: '1 3' }),
    Plot.text([localDay(asOf)], {
      x: (date: Date) => date, frameAnchor: 'top', dy: -14,
      dx: early ? 4 : -4, textAnchor: early ? 'start' : 'end',
      text: () => m.report.legend.asOf, fill: CHART_COLOURS.asOf,
    }),
    Plot.line(plan, { ...xy, stroke: CHART_COLOURS.plan, strokeDasharray: CHART_DASHES.plan }),
    Plot.dot(plan.slice(1, -1), { ...xy, symbol: 'diamond', stroke: CHART_COLOURS.plan }),
    Plot.line(projection, {
      ...xy, stroke: CHART_COLOURS.projection, strokeWidth: 2,
      strokeDasharray: CHART_DASHES.projection,
    }),
    Plot.dot(projection.slice(1), {
      ...xy, r: 4, stroke: CHART_COLOURS.projection, fill: 'white', strokeWidth: 2,
    }),
    Plot.line(measured, { ...xy, stroke: CHART_COLOURS.measured, strokeWidth: 2.5 }),
    Plot.dot(measured, { ...xy, r: 3, fill: CHART_COLOURS.measured }),
    Plot.dot([target], { ...xy, symbol: 'star', r: 7, fill: CHART_COLOURS.target }),
  ];
}

/** The band a keep indicator should stay within, across the whole chart. */
function band(item: BoardIndicator): { x1: Date; x2: Date; y1: number; y2: number } {
  const { baseline, target } = item.status;
  const tolerance = item.tolerance ?? 0;
  return {
    x1: localDay(baseline.date), x2: localDay(target.deadline),
    y1: target.value - tolerance, y2: target.value + tolerance,
  };
}

function xDomain(item: BoardIndicator, asOf: string): [Date, Date] {
  const dates = [
    ...item.lines.measured, ...item.lines.plan, ...item.lines.projection,
  ].map(({ date }) => date);
  dates.push(asOf);
  dates.sort();
  return [localDay(dates[0]!), localDay(dates[dates.length - 1]!)];
}

/** Every value any line or band reaches, with a little room above and below. */
function yDomain(item: BoardIndicator): [number, number] {
  const { lines, status: row } = item;
  const tolerance = item.tolerance ?? 0;
  const values = [
    ...lines.measured, ...lines.plan, ...lines.projection,
  ].map(({ value }) => value);
  values.push(row.target.value - tolerance, row.target.value + tolerance);
  const low = Math.min(...values);
  const high = Math.max(...values);
  const room = (high - low || Math.abs(high) || 1) * 0.08;
  return [low >= 0 && low - room < 0 ? 0 : low - room, high + room];
}

function tickDate(m: Messages): (date: Date) => string {
  const locale = dateLocale(m);
  return (date) => format(date, date.getMonth() === 0 ? 'yyyy' : 'LLL', { locale });
}

/**
 * Room for the longest tick label: a server-side DOM cannot measure text, so the width is
 * estimated from the labels of a few values in the range (with a character to spare for the
 * rounding of the ends).
 */
function leftMargin([low, high]: [number, number], label: (value: number) => string): number {
  const samples = [low, high, (low + high) / 2, low + (high - low) / 10];
  const longest = Math.max(...samples.map((value) => label(value).length)) + 1;
  return Math.max(40, Math.round(longest * FONT_SIZE * 0.6 + 12));
}

/** Plain numbers, or compact ones ("800K", "1 mln.") where they would be long. */
function tickNumber(domain: [number, number], m: Messages): (value: number) => string {
  const large = Math.max(Math.abs(domain[0]), Math.abs(domain[1])) >= 100_000;
  const options: Intl.NumberFormatOptions = large
    ? { notation: 'compact', maximumFractionDigits: 1 } : { maximumFractionDigits: 2 };
  const number = new Intl.NumberFormat(m.locale, options);
  return (value) => number.format(value);
}
