/** De woorden van `ub2030 report`, in het Nederlands. Dezelfde sleutels als `../en/report.ts`. */
import type { ReportWords } from '../en/report.js';

const meervoud = (count: number, one: string, many: string): string =>
  `${count} ${count === 1 ? one : many}`;

export const reportNl: ReportWords = {
  asOf: (date) => `Rapportage, stand op ${date}`,
  documentTitle: (programme, date) => `${programme} — rapportage, stand op ${date}`,
  problems: (count) =>
    `${meervoud(count, 'probleem', 'problemen')} in de programmabestanden: wat niet gelezen kon `
    + 'worden, ontbreekt in deze rapportage. Voer `ub2030 validate` uit om ze te zien en te '
    + 'herstellen.',
  contents: 'Inhoud',
  summary: 'Samenvatting',
  wholeProgramme: 'Het hele programma',
  countsCaption: (term) => `Indicatoren per status: ${term}`,
  countHeader: 'Indicatoren',
  behind: 'Het verst achter',
  noneBehind: 'Geen enkele indicator van deze termijn loopt risico, is uit koers of gemist.',
  behindHeaders: {
    indicator: 'Indicator', project: 'Project', status: 'Status', shortfall: 'Voortgang',
  },
  progressVersus: (progress, expected) => `${progress} (${expected} verwacht)`,
  howToRead: 'Zo leest u deze rapportage',
  statusExplained: (onTrack, atRisk, tooEarly) =>
    'De voortgang is het deel van de weg van de nulmeting naar het doel dat is afgelegd. Het plan '
    + 'trekt een rechte lijn van de nulmeting naar het doel, langs eventuele tussenstappen: daar '
    + `hoort een indicator nu te staan. Een indicator is op koers bij ${onTrack} of meer daarvan, `
    + `loopt risico vanaf ${atRisk} en is daaronder uit koers. Zolang minder dan ${tooEarly} van `
    + 'de weg verwacht wordt, is het te vroeg om te oordelen.',
  projectionExplained: (months, minPoints) =>
    'De prognose trekt de laatste waarde door in het huidige tempo: de Theil–Sen-helling over '
    + `${months === undefined ? 'de hele reeks' : `de laatste ${months} maanden`}, uit minstens `
    + `${minPoints} waarden (bij een telling van gebeurtenissen: het mediane totaal per periode).`,
  chartKey: 'In de grafieken is de doorgetrokken blauwe lijn wat er gemeten is, de grijze '
    + 'streepjeslijn waar de indicator volgens het plan zou moeten staan, de oranje stippellijn de '
    + 'prognose in het huidige tempo, de ster het doel en de verticale stippellijn de peildatum.',
  goal: 'Doel',
  lead: 'Trekker',
  projectAbout: (state, start, end) => `${state}, ${start} tot ${end}`,
  indicatorAbout: (unit, cadence) => `${unit}, ${cadence} gemeten`,
  total: 'totaal',
  cadence: {
    daily: 'dagelijks', weekly: 'wekelijks', monthly: 'maandelijks', quarterly: 'per kwartaal',
    yearly: 'jaarlijks',
  },
  figures: {
    status: 'Status',
    baseline: 'Nulmeting',
    latest: 'Laatste',
    expected: 'Verwacht nu',
    target: 'Doel',
    progress: 'Voortgang',
    pace: 'Tempo',
    projection: 'Op de einddatum',
    reached: 'Doel bereikt',
    verdict: 'Trend',
    method: 'Zo wordt het gemeten',
  },
  on: (value, date) => `${value} op ${date}`,
  by: (value, date) => `${value} op ${date}`,
  within: (value, tolerance) => `${value} ± ${tolerance}`,
  nothingYet: 'nog niets gemeten',
  keep: 'beoordeeld op het vasthouden van het doel',
  notJudged: 'geen prognose',
  legend: {
    measured: 'gemeten',
    plan: 'waar het zou moeten staan',
    projection: 'prognose in het huidige tempo',
    target: 'doel',
    band: 'doelband',
    asOf: 'peildatum',
  },
  chartLabel: (title) => `Grafiek: ${title}`,
  describeMeasured: (first, last, count) =>
    `Gemeten: van ${first} tot ${last}, ${meervoud(count, 'waarde', 'waarden')}.`,
  describeNothing: 'Sinds de nulmeting is er nog niets gemeten.',
  describePlan: (expected, target) =>
    `Plan: ${expected ? `${expected} op de peildatum, ` : ''}${target}.`,
  describeProjection: (value) => `In het huidige tempo: ${value}.`,
  values: (count) => `De gemeten waarden (${count})`,
  valueHeaders: { date: 'Datum', value: 'Waarde' },
  baselineOn: (date) => `${date} (nulmeting)`,
  tableHeaders: {
    indicator: 'Indicator',
    status: 'Status',
    baseline: 'Nulmeting',
    latest: 'Laatste',
    target: 'Doel',
    progress: 'Voortgang',
    projection: 'Op de einddatum',
  },
  wrote: (file) => `${file} geschreven.`,
  wroteCharts: (count, folder) =>
    `${meervoud(count, 'grafiek', 'grafieken')} geschreven in ${folder}.`,
  errors: {
    terminal:
      'De HTML-rapportage is een complete webpagina; die is niet bedoeld om in een terminal te '
      + 'lezen.',
    terminalHint:
      'Schrijf hem naar een bestand en open dat in een browser: ub2030 report -o rapport.html',
    extension: (file) =>
      `-o ${file}: ub2030 kan aan de bestandsnaam niet zien welk formaat het is.`,
    extensionHint:
      'Laat de naam eindigen op .html of .md, of voeg --format html of --format markdown toe.',
    cannotWrite: (file, reason) => `Kan ${file} niet schrijven: ${reason}`,
    cannotWriteHint: 'Controleer of de map bestaat en of u daarin mag schrijven.',
  },
};
