/**
 * De woorden van de opdrachtregel zelf, in het Nederlands. Dezelfde sleutels als `../en/cli.ts`.
 */
import type { CliWords } from '../en/cli.js';

export const cliNl: CliWords = {
  errorLabel: 'fout:',
  hintLabel: 'tip:',
  unexpected: (message) => `ub2030 is onverwacht gestopt: ${message}`,
  unexpectedHint: 'Dit is een fout in ub2030, niet in uw bestanden. Meld hem alstublieft, met de '
    + 'opdracht die u gaf.',
  helpAfterError: '(`ub2030 --help` toont alle opdrachten en opties)',

  lang: {
    unknown: (value) => `--lang ${value}: ub2030 spreekt nl en en.`,
    hint: 'Gebruik --lang nl of --lang en.',
  },
  find: {
    notAFolder: (origin, dir) => `${origin} wijst naar ${dir}, en dat is geen map.`,
    notAFolderHint: 'Geef de map waarin programme.yaml staat.',
    noProgrammeFile: (origin, dir) =>
      `${origin} wijst naar ${dir}, maar daarin staat geen programme.yaml.`,
    noProgrammeFileHint: 'Geef de map waarin programme.yaml staat, of begin daar een programma.',
    notFound: (cwd) =>
      `Geen programma gevonden: er is geen programme/programme.yaml in ${cwd} of een map `
      + 'daarboven.',
    notFoundHint: 'Voer ub2030 uit in de repository van uw programma, of wijs de map aan met '
      + '--dir PAD of UB2030_DIR.',
  },
  date: {
    format: (option, value) => `${option} ${value}: verwacht een datum in de vorm JJJJ-MM-DD.`,
    example: (option) => `Bijvoorbeeld: ${option} 2026-12-01`,
    noSuchDay: (option, value) => `${option} ${value}: deze dag bestaat niet in de kalender.`,
    noSuchDayHint: 'Controleer de dag en de maand.',
  },
  filter: {
    noTerm: (value) => `--term ${value}: die termijn bestaat niet`,
    termsAre: (ids) => `De termijnen zijn: ${ids.join(', ')}`,
    noProject: (value) => `--project ${value}: dat project bestaat niet`,
    projectsAre: (ids) => `De projecten zijn: ${ids.join(', ')}`,
    otherTerm: (project, term, asked) =>
      `--project ${project} hoort bij de termijn \`${term}\`, niet bij --term ${asked}; er is dus `
      + 'niets te tonen.',
    otherTermHint: (project) => `Laat --term weg, of gebruik alleen --project ${project}.`,
  },

  placeholders: {
    path: 'pad', lang: 'taal', format: 'formaat', date: 'datum', rev: 'revisie', folder: 'map',
    id: 'id', span: 'duur', period: 'periode', text: 'tekst', name: 'naam', file: 'bestand',
    field: 'veld=kop', mark: 'teken', project: 'project', indicator: 'indicator',
    value: 'waarde', command: 'opdracht', options: 'opties',
  },
  titles: {
    'Usage:': 'Gebruik:', 'Options:': 'Opties:', 'Commands:': 'Opdrachten:',
    'Arguments:': 'Argumenten:', 'Global Options:': 'Algemene opties:',
  },
  choices: (list) => `keuze uit: ${list}`,
  defaultIs: (value) => `standaard: ${value}`,

  help: {
    program: 'Houd een strategisch programma bij als YAML-bestanden: controleer ze, zie waar elk '
      + 'project staat, leg metingen vast, rapporteer aan het bestuur.',
    version: 'toon het versienummer',
    help: 'toon deze hulp',
    helpCommand: 'toon de hulp bij een opdracht',
    dir: 'de programmamap (de map waarin programme.yaml staat)',
    noColor: 'zonder kleuren (ook als NO_COLOR gezet is)',
    lang: 'taal van de uitvoer: nl of en (standaard: de taal van het programma)',
    asOf: 'rapporteer alsof het vandaag deze datum is (JJJJ-MM-DD)',
    term: 'alleen deze termijn',
    project: 'alleen dit project',
    format: 'uitvoerformaat',
    dryRun: 'laat zien wat er geschreven zou worden, zonder te schrijven',
    validate: {
      description: 'controleer elk bestand van het programma en meld elk probleem, met '
        + 'bestand:regel:kolom',
      format: 'uitvoerformaat (standaard: github in GitHub Actions, anders text)',
      strict: 'ook waarschuwingen laten de controle mislukken (afsluitcode 1)',
      asOf: 'beoordeel verouderde en toekomstige waarden alsof het vandaag deze datum is '
        + '(JJJJ-MM-DD)',
      since: 'meld ook wijzigingen in vastgelegde waarden en definities sinds deze git-revisie',
    },
    schema: {
      description: 'schrijf de JSON Schema-bestanden waarmee editors de YAML-bestanden '
        + 'controleren terwijl u typt',
      out: 'de map om ze in te schrijven (standaard: schema/ bovenin de repository)',
      check: 'schrijf niets; afsluitcode 1 als de bestanden daar niet actueel zijn',
    },
    status: {
      description: 'waar elke indicator staat: laatste waarde, voortgang, verwachte voortgang en '
        + 'status, per termijn',
    },
    trend: {
      description: 'welke kant elke indicator op gaat: verloop, tempo, prognose, oordeel',
      window: 'hoe ver het tempo terugkijkt: 12m, 24m, 2y of all (standaard: 12m)',
      by: 'een kolom per periode, met het doel onder elke waarde',
      from: 'met --by: de eerste periode (2025, 2025-03, 2025-K1 of een datum)',
      to: 'met --by: de laatste periode (standaard: die waarin --as-of valt)',
    },
    record: {
      description: 'leg één meting vast in het logboek van een project, na controle; in een '
        + 'terminal vraagt ub2030 wat ontbreekt',
      indicator: 'de indicator, als <project>/<indicator>',
      value: 'de waarde: 1840, 12,5, 75%, € 12.500; een verhouding als teller/noemer, '
        + 'bijvoorbeeld 412/5200',
      date: 'de datum waarop de waarde slaat: 2026-03-31, 31-03-2026, vandaag, gisteren; '
        + 'standaard: vandaag',
      note: 'een opmerking om bij de waarde te bewaren',
      source: 'waar het cijfer vandaan komt',
      by: 'wie het gemeten heeft (standaard: uw git-gebruikersnaam)',
      replace: 'overschrijf de waarde die al voor deze datum is vastgelegd; de oude blijft '
        + 'bewaard in de geschiedenis',
      dryRun: 'laat zien wat er vastgelegd zou worden, zonder te schrijven',
      noInput: 'stel nooit vragen: stop als er een argument ontbreekt',
      undo: 'draai de laatste wijziging van ub2030 terug (in het logboek van dit project, als '
        + 'er een genoemd is)',
      yes: 'met --undo: vraag niet om bevestiging',
    },
    import: {
      description: 'voeg metingen toe uit een spreadsheet-export (CSV); elke regel wordt '
        + 'gecontroleerd, daarna wordt alles geschreven of niets',
      file: 'het CSV-bestand, gescheiden door komma\'s of puntkomma\'s, met een kopregel',
      column: 'de kolom met een veld, bijvoorbeeld value=Aantal (mag vaker)',
      project: 'het project, als het bestand geen projectkolom heeft',
      decimal: 'het decimaalteken: comma (komma) of point (punt) (standaard: afgeleid uit het '
        + 'bestand)',
      by: 'wie gemeten heeft, voor regels zonder kolom `by` (standaard: uw git-gebruikersnaam)',
    },
    undo: {
      description: 'draai de laatste wijziging van ub2030 in de logboeken terug, na die te tonen '
        + 'en te vragen',
      project: 'alleen in het logboek van dit project',
      yes: 'vraag niet om bevestiging',
      dryRun: 'laat zien wat er teruggedraaid zou worden, zonder iets te veranderen',
      noInput: 'vraag nooit: stop, tenzij --yes gegeven is',
    },
    report: {
      description: 'een rapportage voor het bestuur: een samenvatting per termijn, dan per '
        + 'project het doel en een grafiek en de cijfers van elke indicator',
      format: 'html (één complete pagina) of markdown; zonder deze optie afgeleid uit de naam '
        + 'na -o, anders html',
      output: 'het bestand om te schrijven (standaard: de standaarduitvoer)',
      noCharts: 'laat de grafieken weg',
    },
  },

  commander: {
    unknownOption: (flag) => `onbekende optie '${flag}'`,
    unknownCommand: (name) => `onbekende opdracht '${name}'`,
    missingArgument: (name) => `het argument '${name}' ontbreekt`,
    optionMissingArgument: (flags) => `optie '${flags}' heeft een waarde nodig`,
    excessArguments: (command, expected, got) =>
      `te veel argumenten${command ? ` voor '${command}'` : ''}: verwacht ${expected}, `
      + `gekregen ${got}.`,
    invalidChoice: (flags, value, choices) =>
      `optie '${flags}' kan niet '${value}' zijn. Kies uit: ${choices}.`,
    didYouMean: (names) => `(Bedoelt u ${names}?)`,
    didYouMeanOneOf: (names) => `(Bedoelt u een van ${names}?)`,
  },
};
