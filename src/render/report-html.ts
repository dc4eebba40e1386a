/**
 * The report as one self-contained HTML page: the style sheet inline, the charts as inline SVG,
 * no scripts, fonts or images from anywhere, so it opens offline and can be mailed as one file.
 */
import type { Messages } from '../i18n/index.js';
import type { BoardIndicator, BoardProject, BoardReport, BoardTerm } from '../report/board.js';
import type { StatusRow } from '../report/status.js';
import { formatShare, formatValue } from './format.js';
import { html, markupOf, trusted, type Html } from './html.js';
import { renderChart } from './report-chart.js';
import { REPORT_CSS } from './report-css.js';
import {
  indicatorAbout, indicatorFigures, indicatorId, longDate, statusLabel,
} from './report-figures.js';
import { summaryLine } from './status-table.js';
import { STATUS_WORDS } from '../maths/status.js';

/** What the page needs besides the report: its words and the language of the plan's texts. */
interface Page {
  report: BoardReport;
  m: Messages;
  /** `lang` for texts quoted from the plan, when they are in another language than the page. */
  planLang?: string;
  /** False with --no-charts: the figures only. */
  charts: boolean;
}

export function renderReportHtml(report: BoardReport, m: Messages, charts = true): string {
  const lang = m.locale.slice(0, 2);
  const plan = report.programme.language;
  const page: Page = {
    report, m, charts, ...(plan === undefined || plan === lang ? {} : { planLang: plan }),
  };
  const title = m.report.documentTitle(report.programme.title, longDate(report.asOf, m));
  const body = html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${trusted(REPORT_CSS)}</style>
</head>
<body>
${cover(page)}
<main>
${summary(page)}
${report.terms.map((term) => termSection(term, page))}
</main>
</body>
</html>
`;
  return markupOf(body);
}

function cover({ report, m, planLang }: Page): Html {
  const { programme } = report;
  return html`<header>
${programme.organisation && html`<p class="org">${plan(programme.organisation, planLang)}</p>`}
<h1${langOf(planLang)}>${programme.title}</h1>
<p class="as-of">${m.report.asOf(longDate(report.asOf, m))}</p>
${report.problems > 0 && html`<p class="notice" role="note">
${m.report.problems(report.problems)}</p>`}
</header>`;
}

function summary(page: Page): Html {
  const { report, m } = page;
  const whole = `${m.report.wholeProgramme}: ${summaryLine(report.summary, m)}`;
  const programmeLine = report.terms.length > 1 && html`<p class="programme-line">${whole}</p>`;
  return html`<section aria-labelledby="summary">
<h2 id="summary">${m.report.summary}</h2>
${programmeLine}
<div class="terms">
${report.terms.map((term) => termSummary(term, page))}
</div>
${contents(page)}
${howToRead(page)}
</section>`;
}

function termSummary(term: BoardTerm, { m, planLang }: Page): Html {
  const counts = STATUS_WORDS.filter((word) => term.summary.counts[word] > 0);
  const rows = counts.map((word) =>
    html`<tr><td>${badge(word, m)}</td><td class="num">${term.summary.counts[word]}</td></tr>
`);
  return html`<section class="term-summary" aria-labelledby="summary-${term.id}">
<h3 id="summary-${term.id}"${langOf(planLang)}>${term.label}</h3>
<p>${summaryLine(term.summary, m)}</p>
<div class="term-columns">
<table class="counts">
<caption class="visually-hidden">${m.report.countsCaption(term.label)}</caption>
<thead><tr><th scope="col">${m.headers.status}</th>
<th scope="col" class="num">${m.report.countHeader}</th></tr></thead>
<tbody>
${rows}</tbody>
</table>
<div>
<h4>${m.report.behind}</h4>
${term.behind.length === 0 ? html`<p>${m.report.noneBehind}</p>` : behindTable(term, m)}
</div>
</div>
</section>`;
}

/** Two columns, so that it fits a phone: the indicator and its project; the status and how far
 *  it has come against what was expected. */
function behindTable(term: BoardTerm, m: Messages): Html {
  const h = m.report.behindHeaders;
  const rows = term.behind.map(({ project, projectTitle, row }) => {
    const versus = m.report.progressVersus(formatShare(row.progress), formatShare(row.expected));
    return html`<tr>
<td><a href="#${indicatorId(project, row.indicator)}">${row.title}</a>
<br><span class="about">${projectTitle}</span></td>
<td>${badge(row.status, m)}<br><span class="flags">${versus}</span></td>
</tr>
`;
  });
  return html`<table class="behind">
<thead><tr><th scope="col">${h.indicator}</th><th scope="col">${h.status}</th></tr></thead>
<tbody>
${rows}</tbody>
</table>`;
}

function contents({ report, m }: Page): Html {
  const items = report.terms.flatMap((term) => term.projects).map((project) =>
    html`<li><a href="#project-${project.id}">${project.title}</a></li>`);
  return html`<nav aria-labelledby="contents"><h3 id="contents">${m.report.contents}</h3>
<ol>${items}</ol></nav>`;
}

function howToRead({ report, m, charts }: Page): Html {
  const { on_track: onTrack, at_risk: atRisk, too_early: tooEarly } = report.thresholds;
  const share = (value: number) => formatShare(value);
  return html`<section class="how" aria-labelledby="how"><h3 id="how">${m.report.howToRead}</h3>
<p>${m.report.statusExplained(share(onTrack), share(atRisk), share(tooEarly))}</p>
<p>${m.report.projectionExplained(report.method.months, report.method.minPoints)}</p>
${charts ? html`<p>${m.report.chartKey}</p>` : ''}
<p>${STATUS_WORDS.map((word) => html`${badge(word, m)} `)}</p>
</section>`;
}

function termSection(term: BoardTerm, page: Page): Html {
  return html`<section class="term" aria-labelledby="term-${term.id}">
<h2 id="term-${term.id}"${langOf(page.planLang)}>${term.label}</h2>
${term.projects.length === 0 ? html`<p>${page.m.statusReport.noProjects}</p>` : ''}
${term.projects.map((project) => projectArticle(project, page))}
</section>`;
}

function projectArticle(project: BoardProject, page: Page): Html {
  const { m, planLang } = page;
  const state = m.state[project.state] ?? project.state;
  const about = m.report.projectAbout(
    state, longDate(project.period.start, m), longDate(project.period.end, m),
  );
  const id = `project-${project.id}`;
  const lead = project.owner && html` · ${m.report.lead}: ${plan(project.owner, planLang)}`;
  return html`<article class="project" id="${id}" aria-labelledby="${id}-title">
<h3 id="${id}-title"${langOf(planLang)}>${project.title}</h3>
<p class="about">${about}${lead}</p>
<p class="goal"><strong>${m.report.goal}:</strong> ${plan(project.goal, planLang)}</p>
<p>${summaryLine(project.summary, m)}</p>
${project.indicators.map((item) => indicatorSection(item, project, page))}
</article>`;
}

function indicatorSection(item: BoardIndicator, project: BoardProject, page: Page): Html {
  const { report, m, planLang } = page;
  const row = item.status;
  const id = indicatorId(project.id, row.indicator);
  const figures = indicatorFigures(item, m).map(({ label, text }, index) =>
    html`<dt>${label}</dt><dd>${index === 0 ? statusBadges(row, m) : text}</dd>`);
  return html`<section class="indicator" id="${id}" aria-labelledby="${id}-heading">
<h4 id="${id}-heading"><span${langOf(planLang)}>${row.title}</span></h4>
<p class="about">${row.indicator} · ${indicatorAbout(item, m)}</p>
<div class="indicator-body">
${page.charts ? chart(item, report.asOf, m, id) : ''}
<div>
<dl class="figures">${figures}</dl>
${item.method && html`<p class="method">
${m.report.figures.method}: ${plan(item.method, planLang)}</p>`}
${valuesTable(item, m)}
</div>
</div>
</section>`;
}

function chart(item: BoardIndicator, asOf: string, m: Messages, id: string): Html {
  return html`<figure>
${trusted(renderChart(item, asOf, m, `chart-${id}`))}
<figcaption>${legend(item, m)}</figcaption>
</figure>`;
}

/** The status badge and what qualifies it: stale, projected on time or too late. */
function statusBadges(row: StatusRow, m: Messages): Html {
  const flags = [
    ...(row.stale ? [m.statusReport.stale] : []),
    ...(row.projected ? [row.projected === 'on-time' ? m.trend.onTime : m.trend.late] : []),
  ];
  const more = flags.length > 0 && html` <span class="flags">${flags.join(', ')}</span>`;
  return html`${badge(row.status, m)}${more}`;
}

function badge(word: StatusRow['status'], m: Messages): Html {
  return html`<span class="status status-${word}">${statusLabel(word, m)}</span>`;
}

function legend(item: BoardIndicator, m: Messages): Html {
  const words = m.report.legend;
  const value = (amount: number) => formatValue(amount, item.status.unit, m.locale);
  const target = item.tolerance === undefined ? value(item.status.target.value)
    : m.report.within(value(item.status.target.value), value(item.tolerance));
  const entry = (kind: string, text: string) =>
    html`<li><span class="swatch swatch-${kind}" aria-hidden="true"></span>${text}</li>`;
  return html`<ul class="legend">
${entry('measured', words.measured)}${entry('plan', words.plan)}
${item.lines.projection.length > 0 ? entry('projection', words.projection) : ''}
<li><span class="swatch star" aria-hidden="true">★</span>${words.target} ${target}</li>
${item.tolerance === undefined ? '' : entry('band', words.band)}
${entry('as-of', words.asOf)}
</ul>`;
}

/** Every measured value, for those who cannot see the chart or want the exact figures. */
function valuesTable(item: BoardIndicator, m: Messages): Html {
  const row = item.status;
  const values = item.lines.measured;
  const count = values.filter(({ date }) => date > row.baseline.date).length;
  if (count === 0) return html``;
  const h = m.report.valueHeaders;
  const rows = values.map(({ date, value }) => {
    const day = longDate(date, m);
    const when = date === row.baseline.date ? m.report.baselineOn(day) : day;
    return html`<tr><td>${when}</td>
<td class="num">${formatValue(value, row.unit, m.locale)}</td></tr>
`;
  });
  return html`<details><summary>${m.report.values(count)}</summary>
<table><thead><tr><th scope="col">${h.date}</th>
<th scope="col" class="num">${h.value}</th></tr></thead>
<tbody>
${rows}</tbody></table></details>`;
}

function langOf(planLang: string | undefined): Html {
  return planLang ? html` lang="${planLang}"` : html``;
}

/** A text quoted from the plan, marked with the plan's language where it differs. */
function plan(text: string, planLang: string | undefined): Html {
  return planLang ? html`<span lang="${planLang}">${text}</span>` : html`${text}`;
}
