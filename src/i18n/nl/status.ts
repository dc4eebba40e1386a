/**
 * De woorden van `ub2030 status`: statuswoorden, projectstatus, kopjes, samenvattingen, in het
 * Nederlands. Dezelfde sleutels als `../en/status.ts`.
 */
import type { StatusWords } from '../en/status.js';

const meervoud = (count: number, one: string, many: string): string =>
  `${count} ${count === 1 ? one : many}`;

export const statusNl: StatusWords = {
  status: {
    achieved: 'behaald',
    'on-track': 'op koers',
    'at-risk': 'risico',
    'off-track': 'uit koers',
    missed: 'gemist',
    'too-early': 'te vroeg',
    'no-data': 'geen gegevens',
    'not-started': 'niet gestart',
  },

  state: {
    planned: 'gepland', active: 'actief', completed: 'afgerond', paused: 'gepauzeerd', stopped: 'gestopt',
  },

  headers: {
    indicator: 'Indicator',
    baseline: 'Nulmeting',
    latest: 'Laatste',
    target: 'Doel',
    progress: 'Voortgang',
    expected: 'Verwacht',
    status: 'Status',
  },

  statusReport: {
    title: (programme, date) => `${programme} — stand op ${date}`,
    markdownIntro: (date) => `Stand op ${date}.`,
    noProjects: '(geen projecten in deze termijn)',
    projectAbout: (id, state, start, end) => `(${id}, ${state}, ${start} tot ${end})`,
    stale: 'verouderd',
    keep: 'vasthouden',
    total: 'totaal',
    programme: 'Programma',
    problemsLeftOut: (count) =>
      `${meervoud(count, 'probleem', 'problemen')} in de programmabestanden: wat niet gelezen kon worden, ontbreekt `
      + 'hierboven. Voer `ub2030 validate` uit om ze te zien en te herstellen.',
    unreadable: 'Het programma kan niet gelezen worden: programme.yaml bevat fouten. Voer `ub2030 validate` uit om ze te zien.',
  },

  summary: {
    onTrack: (count, total) => `${count} van ${total} indicatoren op koers of behaald`,
    count: (count, word) => `${count} ${word}`,
    withoutData: (count) => `${count} zonder gegevens`,
    notStarted: (count) => `${count} niet gestart`,
    stale: (count) => `${count} verouderd`,
  },
};
