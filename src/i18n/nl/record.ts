/**
 * De woorden van `ub2030 record`: meldingen, het lezen van waarden en datums, de vragen, in het
 * Nederlands. Dezelfde sleutels als `../en/record.ts`.
 */
import type { RecordWords } from '../en/record.js';

const quoteList = (names: string[], word: string): string =>
  names.map((name) => `\`${name}\``).join(` ${word} `);

export const recordNl: RecordWords = {
  record: {
    beforeBaseline: (date, baseline) =>
      `Let op: ${date} valt op of vóór de datum van de nulmeting van deze indicator (${baseline}); `
      + 'stand en trend laten deze waarde daarom weg.',
    on: 'op',
    recorded: (what, file) => `Vastgelegd: ${what} in ${file}.`,
    replaced: (what, file, old) =>
      `Vastgelegd: ${what} in ${file}; dit vervangt ${old} (bewaard in de geschiedenis van de `
      + `meting).`,
    wouldRecord: (what, file) =>
      `Zou vastleggen: ${what} in ${file} (proefrun: er is niets geschreven). De meting:`,
    programmeBroken: 'programme.yaml bevat fouten, dus er kan niets worden vastgelegd.',
    programmeBrokenHint: 'Voer `ub2030 validate` uit en herstel eerst die fouten.',
    badRef: (ref) => `"${ref}" is geen indicator.`,
    badRefHint:
      'Schrijf het als <project>/<indicator>, bijvoorbeeld '
      + 'digital-community-platform/registered-users.',
    noProject: (id, close) =>
      `Er is geen project \`${id}\``
      + `${close.length > 0 ? `; bedoelt u ${quoteList(close, 'of')}?` : '.'}`,
    projectsAre: (ids) => `De projecten zijn: ${ids.join(', ')}.`,
    noIndicator: (id, project, close) =>
      `Indicator \`${id}\` bestaat niet in project \`${project}\``
      + `${close.length > 0 ? `; bedoelt u ${quoteList(close, 'of')}?` : '.'}`,
    indicatorsAre: (project, ids) => `De indicatoren van ${project} zijn: ${ids.join(', ')}.`,
    missing: (argument, why) => `Het argument ${argument} ontbreekt, en ${why}.`,
    notATerminal: 'ub2030 kan er niet naar vragen omdat het niet in een terminal draait',
    noInputOption: '--no-input zegt dat er niet naar gevraagd mag worden',
    missingRefHint: 'Noem de indicator en de waarde, bijvoorbeeld: '
      + 'ub2030 record digital-community-platform/registered-users 1840 --date 2026-11-30',
    missingValueHint: (ref) =>
      `Geef de waarde na de indicator, bijvoorbeeld: ub2030 record ${ref} 1840`,
    logHasProblems: (file, first) =>
      `${file} bevat fouten, dus er is niets aan toegevoegd${first ? ` (regel ${first})` : ''}.`,
    logHasProblemsHint:
      'Voer `ub2030 validate` uit, herstel het bestand en leg de meting daarna opnieuw vast.',
    exists: (indicator, date, file) =>
      `\`${indicator}\` heeft al een waarde op ${date} in ${file}; er is niets vastgelegd.`,
    existsHint:
      'Om die te overschrijven: geef dezelfde opdracht met --replace. De oude waarde blijft '
      + 'bewaard in de geschiedenis van de meting.',
    listNotLast: (file) =>
      `${file}: de lijst \`measurements:\` moet het laatste deel van het bestand zijn, `
      + `geschreven als een lijst van \`- \`-items.`,
    listNotLastHint:
      'Zet de lijst met metingen aan het eind van het bestand en leg de meting daarna opnieuw '
      + 'vast.',
    cannotRewrite: (indicator, date, file) =>
      `De meting van \`${indicator}\` op ${date} in ${file} bevat commentaar of is zo `
      + `geschreven dat ub2030 haar `
      + 'niet kan herschrijven zonder meer dan de waarde te veranderen; er is niets veranderd.',
    cannotRewriteHint:
      'Verander de waarde met de hand in het bestand en schrijf in de notitie waarom.',
    wouldNotReadBack: (file) =>
      `De wijziging van ${file} zou niet worden teruggelezen zoals bedoeld; er is niets `
      + `geschreven.`,
    wouldNotReadBackHint: 'Dit is een fout in ub2030. Meld die alstublieft, met het bestand erbij.',
  },

  recordInput: {
    unitName: (unit, name, min, max) => {
      switch (unit) {
        case 'count': return `${name ?? 'aantallen'} (gehele getallen)`;
        case 'percent': return 'procent';
        case 'minutes': return 'minuten';
        case 'euro': return 'euro';
        case 'score':
          return min !== undefined && max !== undefined
            ? `een score van ${min} tot ${max}` : 'een score';
        default: return name ?? 'een getal';
      }
    },
    tooManyDigits: (raw, what) =>
      `${what ? `De ${what}` : 'De waarde'} "${raw}" heeft meer cijfers dan precies bewaard kunnen `
      + 'worden (hoogstens 15).',
    tooManyDigitsHint: 'Controleer of er een cijfer te veel staat; rond het af op 15 cijfers als het '
      + 'klopt.',
    notANumber: (raw, what) => `${what ? `De ${what}` : 'De waarde'} "${raw}" is geen getal.`,
    notANumberHint: 'Schrijf een getal zoals 1840, 12,5, 12.5, 1.234,5 of -3; '
      + 'duizendtallen mogen in groepjes van drie (12.500 of 12 500).',
    plainHint: 'Laat het teken weg, of kijk of u de juiste indicator hebt gekozen.',
    signNotHere: (raw, sign, what) =>
      `${what ? `De ${what}` : 'De waarde'} "${raw}" heeft een ${sign}-teken, maar deze `
      + `indicator wordt niet in ${sign === '%' ? 'procenten' : 'euro'} gemeten.`,
    badGrouping: (raw, what) =>
      `${what ? `De ${what}` : 'De waarde'} "${raw}" haalt de scheidingstekens door elkaar: `
      + `duizendtallen staan in `
      + 'groepjes van drie en het decimaalteken komt één keer, achteraan.',
    ambiguous: (raw, thousands, decimal, what) =>
      `${what ? `De ${what}` : 'De waarde'} "${raw}" kan op twee manieren gelezen worden: als `
      + `${thousands} (het teken `
      + `scheidt duizendtallen, zoals in het Nederlands) of als ${decimal} (een decimaalteken, `
      + `zoals in het Engels).`,
    ambiguousHint: (thousands, decimal) => `Schrijf ${thousands} of ${decimal}, net wat u bedoelt.`,
    numerator: 'teller',
    denominator: 'noemer',
    ratioShape: (indicator, numerator, denominator) =>
      `\`${indicator}\` is een verhouding: geef de twee delen als ${numerator}/${denominator}.`,
    ratioExample: 'Bijvoorbeeld 412/5200.',
    denominatorZero: (raw) =>
      `Het tweede deel van een verhouding moet groter zijn dan 0, niet ${raw}.`,
    numeratorNegative: (raw) =>
      `Het eerste deel van een verhouding kan niet negatief zijn, niet ${raw}.`,
    notWhole: () => 'moet een geheel getal zijn',
    belowMin: (min, unit) => `is lager dan ${min}, het laagst toegestane (${unit})`,
    aboveMax: (max, unit) => `is hoger dan ${max}, het hoogst toegestane (${unit})`,
    valueDoesNotFit: (raw, problem) => `De waarde ${raw} ${problem}.`,
    measuredIn: (indicator, unit) => `\`${indicator}\` wordt gemeten in ${unit}.`,
    badDate: (what, raw) => `${what} ${raw}: dit is geen datum die ub2030 kan lezen.`,
    dateHint: (what) =>
      `Schrijf de datum als 31-03-2026 of 2026-03-31, of als vandaag of gisteren; bijvoorbeeld `
      + `${what} 31-03-2026.`,
    noSuchDay: (what, raw) => `${what} ${raw}: deze dag bestaat niet in de kalender.`,
    noSuchDayHint: 'Controleer de dag en de maand.',
    outsideProgrammeHint: 'Controleer het jaar; een waarde moet binnen de looptijd van het programma vallen.',
    outsideProgramme: (what, date, start, horizon) =>
      `${what} ${date} valt buiten het programma (${start} tot ${horizon}).`,
  },

  recordPrompt: {
    project: 'Project (typ om te zoeken):',
    indicator: (project) => `Indicator van ${project} (typ om te zoeken):`,
    value: (unit, last) => `Waarde in ${unit} — ${last}:`,
    last: (value, date) => `laatst ${value} op ${date}`,
    noLast: 'nog niets vastgelegd',
    date: 'Datum (31-03-2026, 2026-03-31, vandaag, gisteren):',
    dateName: 'datum',
    taken: (date) => `Er is al een waarde op ${date}.`,
    takenHint:
      'Kies een andere datum, of stop (Ctrl+C) en geef de opdracht opnieuw met --replace om die '
      + 'te overschrijven.',
    note: 'Notitie (mag leeg blijven, Enter om over te slaan):',
    entryFor: (what) => `De meting voor ${what}:`,
    save: 'Deze meting opslaan?',
    yes: 'Ja, opslaan',
    no: 'Nee, het logboek laten zoals het is',
    notSaved: 'Er is niets vastgelegd.',
    stopped: 'Gestopt: er is niets vastgelegd.',
    keys: { navigate: 'kiezen', select: 'bevestigen' },
  },
};
