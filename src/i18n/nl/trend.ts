/** De woorden van `ub2030 trend`, in het Nederlands. Dezelfde sleutels als `../en/trend.ts`. */
import type { TrendWords } from '../en/trend.js';

export const trendNl: TrendWords = {
  trend: {
    title: (programme, date) => `${programme} — trend op ${date}`,
    periodsTitle: (programme, kind, date) => `${programme} — per ${kind}, stand op ${date}`,
    markdownIntro: (date) => `Trend op ${date}.`,
    periodsIntro: (kind, date) => `Per ${kind}, stand op ${date}.`,
    kinds: { month: 'maand', quarter: 'kwartaal', year: 'jaar' },
    quarter: (year, quarter) => `${year} K${quarter}`,
    headers: {
      indicator: 'Indicator',
      series: 'Verloop',
      latest: 'Laatste',
      change: 'Verschil',
      yearChange: 'In een jaar',
      pace: 'Tempo',
      deadline: 'Prognose',
      reached: 'Doel bereikt',
      verdict: 'Oordeel',
    },
    verdict: {
      improving: 'vooruit',
      flat: 'stabiel',
      worsening: 'achteruit',
      'too-few-points': 'te weinig punten',
    },
    onTime: '→ op tijd',
    late: '→ te laat',
    good: { up: '↑ is goed', down: '↓ is goed', keep: '↔ vasthouden' },
    perMonth: '/mnd',
    perYear: '/jr',
    reach: { reached: 'bereikt', within: 'binnen de band', never: 'nooit in dit tempo' },
    target: 'doel',
    partial: (date) => `* loopt nog op ${date}`,
    legend: (months, minPoints) =>
      'Verschil: sinds de vorige waarde; daaronder: over het afgelopen jaar. '
      + 'Tempo: Theil–Sen-helling over '
      + `${months === undefined ? 'de hele reeks' : `de laatste ${months} maanden`}, `
      + `minstens ${minPoints} punten (bij een telling van gebeurtenissen: het mediane totaal `
      + 'per periode). Prognose: de waarde op de einddatum in dit tempo; daaronder: de dag waarop '
      + 'het doel bereikt wordt. → op tijd / → te laat: of die waarde het doel haalt.',
    periodsLegend: 'De regel "doel" onder elke indicator is wat het plan verwacht: de geplande '
      + 'waarde aan het eind van de periode, of bij een totaal het geplande aantal binnen de periode.',
    summary: {
      improving: (count, total) => `${count} van ${total} ${count === 1 ? 'gaat' : 'gaan'} vooruit`,
      flat: (count) => `${count} stabiel`,
      worsening: (count) => `${count} ${count === 1 ? 'gaat' : 'gaan'} achteruit`,
      tooFew: (count) => `${count} met te weinig punten`,
      late: (count) => `${count} ${count === 1 ? 'haalt' : 'halen'} het doel naar verwachting niet`,
      noneLate: 'geen enkele mist naar verwachting het doel',
    },
    errors: {
      window: (value) =>
        `--window ${value}: verwacht een aantal maanden of jaren, zoals 12m, 24m of 2y, `
        + 'of all (alles).',
      windowHint: 'Bijvoorbeeld: --window 24m',
      period: (option, value) =>
        `${option} ${value}: verwacht een jaar (2026), een maand (2026-03), `
        + 'een kwartaal (2026-K1) of een datum (2026-03-31).',
      periodHint: (option) => `Bijvoorbeeld: ${option} 2025-K1`,
      noDay: (option, value) => `${option} ${value}: deze dag bestaat niet in de kalender.`,
      order: (from, to) => `--from ${from} ligt na --to ${to}.`,
      orderHint: 'Verwissel de twee datums, of laat er een weg.',
      needBy: '--from en --to kiezen de periodekolommen; '
        + 'gebruik ze samen met --by month, quarter of year.',
      needByHint: 'Bijvoorbeeld: ub2030 trend --by quarter --from 2025-K1',
    },
  },
};
