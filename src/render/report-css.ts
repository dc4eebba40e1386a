/**
 * The style sheet of the HTML report, inlined in the page: readable on a phone (one column below
 * 44rem), printable on A4 (a page per project, no chart cut in two), and with colours that keep
 * a contrast of at least 4.5:1. Status badges carry a symbol and a word as well as a colour.
 */
import { CHART_COLOURS } from './report-chart.js';

const c = CHART_COLOURS;

export const REPORT_CSS = `
:root { color-scheme: light; --ink: #1a1a1a; --muted: #474747; --line: #cfcfcf; --soft: #f3f5f7; }
* { box-sizing: border-box; }
html {
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans",
    "Liberation Sans", Arial, sans-serif;
  color: var(--ink); background: #fff; line-height: 1.45; -webkit-text-size-adjust: 100%;
}
body { margin: 0 auto; max-width: 66rem; padding: 1.5rem 1.25rem 3rem; }
h1 { font-size: 1.9rem; line-height: 1.2; margin: .2rem 0 .4rem; }
h2 { font-size: 1.45rem; margin: 2.4rem 0 .8rem; padding-bottom: .2rem;
  border-bottom: 2px solid var(--ink); }
h3 { font-size: 1.25rem; margin: 0 0 .3rem; }
h4 { font-size: 1.05rem; margin: 0 0 .15rem; }
p { margin: .4rem 0; }
a { color: ${c.measured}; }
.org, .as-of, .about { color: var(--muted); margin: 0; }
.as-of { font-size: 1.1rem; }
.notice { border: 2px solid #8a1c12; background: #fdecea; padding: .6rem .8rem;
  border-radius: 6px; }
.programme-line { font-weight: 600; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; }
table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums;
  margin: .4rem 0; }
caption { text-align: left; font-weight: 600; padding: .2rem 0; }
th, td { text-align: left; vertical-align: top; padding: .28rem .45rem;
  border-bottom: 1px solid var(--line); }
th { font-weight: 600; }
.num { text-align: right; }
.terms { display: grid; gap: 1rem; }
.term-columns { display: grid; grid-template-columns: max-content minmax(0, 1fr);
  gap: .3rem 2rem; align-items: start; }
.counts { width: auto; min-width: 12rem; }
.term-columns h4 { margin-top: .45rem; }
.term-summary { border: 1px solid var(--line); border-radius: 6px; padding: .7rem .9rem;
  background: var(--soft); }
.term-summary h3 { font-size: 1.1rem; }
.status { display: inline-block; padding: 0 .35rem; border-radius: 4px; font-weight: 600;
  white-space: nowrap; }
.status-achieved, .status-on-track { background: #dcefe2; color: #0b4f27; }
.status-at-risk { background: #fdefc3; color: #573a00; }
.status-off-track, .status-missed { background: #f9d9d5; color: #7a190f; }
.status-too-early { background: #e0ecf7; color: #16406a; }
.status-no-data, .status-not-started { background: #ececec; color: #363636; }
.flags { color: var(--muted); }
.behind .about, .behind .flags { font-size: .9rem; }
nav, .how { margin-top: 1.4rem; }
nav ol { columns: 2 18rem; margin: .3rem 0; padding-left: 1.4rem; }
.how { font-size: .95rem; }
.project { margin-top: 2.6rem; }
.goal { background: var(--soft); border-left: 4px solid ${c.measured}; padding: .5rem .8rem;
  margin: .6rem 0; }
.indicator { border-top: 1px solid var(--line); padding-top: .9rem; margin-top: 1.1rem; }
.indicator-body {
  display: grid; grid-template-columns: minmax(0, 3fr) minmax(14rem, 2fr); gap: .8rem 1.5rem;
  align-items: start; margin-top: .5rem;
}
figure { margin: 0; }
figure svg { display: block; width: 100%; height: auto; max-width: 100%; }
.legend { display: flex; flex-wrap: wrap; gap: .15rem 1rem; list-style: none; margin: .3rem 0 0;
  padding: 0; font-size: .85rem; color: var(--muted); }
.swatch { display: inline-block; width: 1.7rem; margin-right: .3rem; vertical-align: middle; }
.swatch-measured { border-top: 3px solid ${c.measured}; }
.swatch-plan { border-top: 2px dashed ${c.plan}; }
.swatch-projection { border-top: 3px dotted ${c.projection}; }
.swatch-band { height: .8rem; background: rgba(27, 107, 58, .16); }
.swatch-as-of { border-top: 2px dotted ${c.asOf}; }
.star { color: ${c.target}; width: auto; margin-right: .25rem; }
dl.figures { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: .2rem .8rem;
  margin: 0; font-size: .95rem; }
dl.figures dt { color: var(--muted); }
dl.figures dd { margin: 0; font-variant-numeric: tabular-nums; }
.method { font-size: .9rem; color: var(--muted); }
details { margin-top: .5rem; font-size: .9rem; }
details table { width: auto; min-width: 16rem; }
summary { cursor: pointer; color: ${c.measured}; }
@media (max-width: 44rem) {
  body { padding: 1rem .8rem 2rem; }
  h1 { font-size: 1.5rem; }
  .indicator-body, .term-columns { grid-template-columns: minmax(0, 1fr); }
  th, td { padding: .25rem .3rem; }
}
@media print {
  @page { size: A4; margin: 14mm 12mm; }
  html { font-size: 9.5pt; }
  body { max-width: none; padding: 0; }
  nav, details { display: none; }
  h2, h3, h4 { break-after: avoid; }
  .term, .project + .project { break-before: page; }
  .project { margin-top: 0; }
  .indicator, figure, .term-summary, tr, .goal { break-inside: avoid; }
  .status, .notice, .goal, .term-summary, .swatch-band {
    print-color-adjust: exact; -webkit-print-color-adjust: exact;
  }
  a { color: inherit; text-decoration: none; }
}
`;
