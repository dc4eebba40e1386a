/** Every word ub2030 prints, in Dutch. The same keys as `en.ts`. */
import { validateNl } from './nl-validate.js';
import { cliNl } from './nl/cli.js';
import { reportNl } from './nl/report.js';
import type { Messages } from './en.js';

const quoteList = (names: string[], word: string): string => names.map((name) => `\`${name}\``).join(` ${word} `);

/** De plaatselijke tijd van een ISO-tijdstip: 14:03:12. */
const klok = (iso: string): string => new Date(iso).toTimeString().slice(0, 8);

const meervoud = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

export const nl: Messages = {
  locale: 'nl-NL',

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

  // ── trend: the words of `ub2030 trend` go below this line ──

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
    good: { up: '↑ is goed', down: '↓ is goed', keep: '↔ handhaven' },
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

  // (end of trend)


  // ── validate: the words of `ub2030 validate`, its rules and hints go below this line ──
  /** `ub2030 validate`: kept in a file of its own, as it is long. */
  validate: validateNl,
  // (end of validate)


  // ── record: the words of `ub2030 record`, `import` and `undo` go below this line ──

  record: {
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

  recordLock: {
    busy: (file, owner, seconds) =>
      `${file} wordt op dit moment door een andere ub2030 gewijzigd`
      + (owner ? ` (\`${owner.command}\` door ${owner.user || 'een onbekende gebruiker'} `
        + `op ${owner.host}, proces ${owner.pid}, `
        + `sinds ${klok(owner.since)})` : '')
      + `; ${seconds} seconden gewacht. Er is niets geschreven.`,
    busyHint: (lockPath, staleSeconds) =>
      'Probeer het zo nog eens. Als er geen ub2030 meer draait, verdwijnt de vergrendeling vanzelf '
      + `binnen ${staleSeconds} seconden; alleen als dat niet gebeurt, verwijdert u de map `
      + `${lockPath}.`,
    cannotLock: (file, reason) => `${file} kan niet voor schrijven worden vergrendeld: ${reason}`,
    cannotLockHint: 'Controleer of u in de map measurements mag schrijven.',
    keepsChanging: (file) =>
      `${file} bleef veranderen terwijl ub2030 het probeerde te schrijven; er is niets geschreven.`,
    keepsChangingHint:
      'Iemand bewerkt het bestand op dit moment. Sla het op en sluit het, en probeer het dan '
      + 'opnieuw.',
    lost: (detail) =>
      `De vergrendeling van het logboek is overgenomen terwijl ub2030 haar had (${detail}); er `
      + `is niets geschreven.`,
    lostHint:
      'Probeer het opnieuw; gebeurt dit vaker, controleer dan of de klok van de computer en de '
      + 'gedeelde schijf normaal werken.',
    writeFailed: (file, reason) =>
      `${file} kon niet worden geschreven: ${reason}. Er is niets veranderd.`,
    writeFailedHint:
      'Controleer of de schijf niet vol is en of u het bestand mag schrijven, en probeer het '
      + 'opnieuw.',
    partlyWritten: (done, failed, reason) =>
      `${done.join(', ')} ${done.length === 1 ? 'is' : 'zijn'} geschreven, maar ${failed} niet: `
      + `${reason}. ${failed} is ongewijzigd.`,
    partlyWrittenHint: (rest) =>
      `${rest.length > 0 ? `Ook niet geschreven: ${rest.join(', ')}. ` : ''}`
      + 'Voer `ub2030 undo --yes` uit om terug te draaien wat wel is geschreven, herstel het '
      + 'probleem en importeer opnieuw.',
  },

  recordImport: {
    cannotRead: (file, reason) => `${file} kan niet gelezen worden: ${reason}`,
    cannotReadHint: 'Controleer de bestandsnaam en of u het bestand mag lezen.',
    notUtf8: (file) => `${file} is geen UTF-8-tekst.`,
    notUtf8Hint:
      'Sla het in Excel op als "CSV UTF-8 (door komma\'s gescheiden)" en importeer dat bestand.',
    empty: (file) => `${file} is leeg.`,
    emptyHint: 'Exporteer het werkblad opnieuw, met een kopregel die de kolommen noemt.',
    badCsv: (file, line, reason) =>
      `${file}${line ? `:${line}` : ''}: het bestand kan niet als CSV gelezen worden: ${reason}`,
    badCsvHint:
      'Zoek een aanhalingsteken (") dat niet gesloten wordt; exporteer het werkblad zo nodig '
      + 'opnieuw.',
    badColumnOption: (option) =>
      `--column ${option}: verwacht veld=kolomkop, bijvoorbeeld --column value=Aantal.`,
    columnOptionHint: (fields) => `De velden zijn: ${fields.join(', ')}.`,
    noSuchColumn: (name, file) => `${file} heeft geen kolom "${name}".`,
    headersAre: (header) => `De kolommen zijn: ${header.map((name) => `"${name}"`).join(', ')}; `
      + 'wijs de juiste aan met --column, bijvoorbeeld --column value=Aantal.',
    missingColumn: (field, names, file) =>
      `${file} heeft geen kolom voor \`${field}\` (gezocht naar een kolomkop `
      + `${names.map((name) => `"${name}"`).join(', ')}).`,
    emptyCell: (column) => `de cel ${column} is leeg.`,
    noProject: 'deze regel zegt niet bij welk project hij hoort.',
    noProjectHint:
      'Voeg een kolom project toe, schrijf de indicator als project/indicator, of geef '
      + '--project mee.',
    twiceInFile: (line) => `deze indicator en datum staan al op regel ${line} van het bestand.`,
    twiceInFileHint: 'Houd één van de twee regels over.',
    alreadyInLog: (date) => `deze indicator heeft al een waarde op ${date} in het logboek.`,
    alreadyInLogHint:
      'Laat de regel weg, of verander de waarde in het logboek met `ub2030 record --replace`.',
    badDecimal: (mark) => `--decimal ${mark}: verwacht comma (komma) of point (punt).`,
    badDecimalHint: 'Bijvoorbeeld --decimal comma voor 12,5.',
    refused: (bad, total) =>
      `${meervoud(bad, 'regel', 'regels')} van ${total} ${bad === 1 ? 'bevat' : 'bevatten'} `
      + `fouten, dus er is niets geïmporteerd. `
      + 'Herstel de regels en importeer het bestand opnieuw.',
    more: (count) => `… en nog ${meervoud(count, 'regel', 'regels')} met fouten.`,
    noRows: (file) =>
      `${file} heeft een kopregel maar geen regels met metingen; er is niets geïmporteerd.`,
    readAs: (delimiter, decimal) =>
      `Gelezen als: kolommen gescheiden door ${delimiter === '\t' ? 'tabs' : `"${delimiter}"`}, `
      + `${decimal === ',' ? 'decimale komma' : decimal === '.' ? 'decimale punt'
        : 'decimaalteken per waarde bepaald'}.`,
    wouldWrite: (count, file) =>
      `Zou ${meervoud(count, 'meting', 'metingen')} toevoegen aan ${file}:`,
    dryRun: 'Proefrun: er is niets geschreven.',
    imported: (total, logs) =>
      `${meervoud(total, 'meting', 'metingen')} geïmporteerd: `
      + `${logs.map(([count, file]) => `${count} in ${file}`).join(', ')}.`,
  },

  recordUndo: {
    nothing: (project) =>
      `Er valt niets terug te draaien${project ? ` in het logboek van ${project}` : ''}: ub2030 `
      + `heeft geen wijziging bijgehouden die nog niet is teruggedraaid.`,
    about: (kind, file, when, user) =>
      `De laatste wijziging: `
      + `${kind === 'replace' ? 'een vervangen waarde'
        : kind === 'import' ? 'een import' : 'een vastgelegde waarde'} `
      + `in ${file}, op ${when}${user ? ` door ${user}` : ''}. Terugdraaien verwijdert deze `
      + `regels:`,
    restores: (now, old) => `${now}\n  en zet terug:\n${old}`,
    moreLines: (count) => `  … en nog ${meervoud(count, 'regel', 'regels')}`,
    ask: 'Deze wijziging terugdraaien?',
    yes: 'Ja, terugdraaien',
    no: 'Nee, laten staan',
    kept: 'Er is niets veranderd.',
    dryRun: 'Proefrun: er is niets veranderd.',
    needYes:
      'Terugdraaien verandert het logboek, en ub2030 kan hier niet om bevestiging vragen (geen '
      + 'terminal, of --no-input).',
    needYesHint: 'Bekijk de wijziging hierboven en geef de opdracht dan opnieuw met --yes.',
    notAtEnd: (file) =>
      `De laatste meting die ub2030 aan ${file} toevoegde, staat niet meer aan het eind van het `
      + `bestand: iemand heeft het `
      + 'bestand sindsdien veranderd. Er is niets teruggedraaid, zodat niets verdwijnt wat '
      + 'iemand zelf heeft geschreven.',
    changedSince: (file) =>
      `De tekst die ub2030 in ${file} schreef, is sindsdien veranderd; er is niets teruggedraaid.`,
    changedSinceHint: 'Verwijder of verbeter de meting met de hand in het bestand.',
    done: (kind, count, file) =>
      (kind === 'replace' ? `Teruggedraaid: de eerdere waarde staat weer in ${file}.`
        : `Teruggedraaid: ${meervoud(count, 'meting', 'metingen')} verwijderd uit ${file}.`),
  },


  // (end of record)


  // ── report: the words of `ub2030 report` and the rest go below this line ──

  report: reportNl,
  /** The command line: help, commander's messages, messages before a programme is read. */
  cli: cliNl,

  // (end of report)
};
