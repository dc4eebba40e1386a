/** De woorden van de controles, de waarschuwingen en `--since` (zie nl-validate). */
import type { ChecksMessages } from './en-validate-checks.js';

const code = (text: string): string => `\`${text}\``;
const lijst = (names: readonly string[]): string => names.join(', ');
const misschien = (suggestion: string): string => (suggestion ? `; ${suggestion}` : '');

export const checksNl: ChecksMessages = {
  checks: {
    horizonOrder: (horizon, start) => ({
      message: `de horizon ${horizon} ligt niet na de start ${start}`,
      hint: 'de horizon is de laatste dag van het programma; die moet na de start komen',
    }),
    duplicateTerm: (id) => ({
      message: `de termijn-id ${code(id)} wordt twee keer gebruikt`,
      hint: 'geef elke termijn een eigen id',
    }),
    termYears: (from, to) => ({
      message: `de termijn eindigt (jaar ${to}) voordat of wanneer hij begint (jaar ${from})`,
      hint: 'to_year moet groter zijn dan from_year',
    }),
    projectFileName: (id, file, expected) => ({
      message: `de project-id ${code(id)} verschilt van de bestandsnaam ${code(file)}`,
      hint: `hernoem het bestand naar ${id}.yaml of verander de id in ${code(expected)}`,
    }),
    duplicateProject: (id, file) => ({
      message: `de project-id ${code(id)} wordt al gebruikt in ${file}`,
      hint: 'geef elk project een eigen id',
    }),
    unknownTerm: (term, suggestion, known) => ({
      message: `de termijn ${code(term)} staat niet in programme.yaml${misschien(suggestion)}`,
      hint: `gebruik een van: ${lijst(known)}`,
    }),
    periodOrder: (start, end) => ({
      message: `het project eindigt (${end}) voordat het begint (${start})`,
      hint: 'draai de twee datums om of verbeter er een',
    }),
    duplicateIndicator: (id) => ({
      message: `de indicator-id ${code(id)} wordt twee keer gebruikt in dit project`,
      hint: 'geef elke indicator van een project een eigen id',
    }),
    scoreScale: {
      message: 'een score heeft een schaal nodig: de laagste en de hoogste mogelijke waarde',
      hint: 'voeg `scale: {min: 1, max: 10}` (met uw eigen schaal) toe aan de indicator',
    },
    ratioParts: {
      message: 'bij een verhoudingsindicator moet staan wat de twee delen zijn',
      hint: 'voeg `ratio: {numerator: interacties, denominator: volgers, factor: 100}` toe',
    },
    useUnit: (unit) => `gebruik een waarde die past bij de eenheid ${unit}`,
    measuredIn: (id, unit) => `de eenheid van ${code(id)} is ${unit}`,
    thousandsDot: (value, unit, meant) =>
      `de waarde ${value} moet een geheel getal zijn (${unit}); bedoelt u ${meant}, schrijf het dan `
      + 'zonder scheidingsteken voor duizendtallen',
    tooLarge: (value) =>
      `de waarde ${value} is te groot om precies te bewaren; getallen tot 15 cijfers blijven exact`,
    notWhole: (value, unit) => `de waarde ${value} moet een geheel getal zijn (${unit})`,
    below: (value, min, unit) =>
      `de waarde ${value} ligt onder ${min}, de laagst toegestane waarde (${unit})`,
    above: (value, max, unit) =>
      `de waarde ${value} ligt boven ${max}, de hoogst toegestane waarde (${unit})`,
    deadlineOrder: (deadline, baseline) => ({
      message: `de einddatum ${deadline} ligt niet na de datum van de nulmeting ${baseline}`,
      hint: 'de nulmeting is waar de indicator begint; de einddatum moet later komen',
    }),
    shouldIncrease: (target, baseline) => ({
      message: `de indicator moet stijgen, maar de streefwaarde ${target} ligt onder de nulmeting `
        + `${baseline}`,
      hint: 'zet `direction: decrease`, of verbeter de streefwaarde of de nulmeting',
    }),
    shouldDecrease: (target, baseline) => ({
      message: `de indicator moet dalen, maar de streefwaarde ${target} ligt boven de nulmeting `
        + `${baseline}`,
      hint: 'zet `direction: increase`, of verbeter de streefwaarde of de nulmeting',
    }),
    milestoneOrder: (date, baseline, deadline) => ({
      message: `de datum ${date} van de tussenstap ligt niet tussen de nulmeting (${baseline}) en `
        + `de einddatum (${deadline})`,
      hint: 'een tussenstap ligt op de weg van de nulmeting naar de streefwaarde',
    }),
    outsideProgramme: (date, start, horizon) => ({
      message: `de datum ${date} valt buiten het programma (${start} tot ${horizon})`,
      hint: 'verbeter de datum, of verruim de start of de horizon in programme.yaml',
    }),
    logFileName: (project, file) => ({
      message: `dit logboek noemt het project ${code(project)}, maar het bestand heet `
        + `${code(file)}`,
      hint: 'het logboek van een project is measurements/<project-id>.yaml; hernoem het bestand of '
        + 'verbeter `project:`',
    }),
    unknownProject: (project, suggestion) => ({
      message: `er is geen project ${code(project)} in projects/${misschien(suggestion)}`,
      hint: 'het logboek hoort bij het project met die id; controleer de spelling',
    }),
    unknownIndicator: (indicator, project, suggestion, known) => ({
      message: `indicator ${code(indicator)} bestaat niet in project `
        + `${code(project)}${misschien(suggestion)}`,
      hint: `de indicatoren van ${project} zijn: ${lijst(known)}`,
    }),
    duplicateMeasurement: (indicator, date, item) => ({
      message: `${code(indicator)} heeft al een waarde voor ${date} (onderdeel ${item} van dit `
        + `logboek)`,
      hint: 'houd een van de twee over; verbetert u een waarde, pas dan de eerste aan en leg in de '
        + 'note uit waarom',
    }),
    ratioMissing: (id, numerator, denominator) => ({
      message: `${code(id)} is een verhouding: noteer de twee delen, \`numerator\` en `
        + `\`denominator\``,
      hint: `bijvoorbeeld \`numerator: 412\` (${numerator}) en \`denominator: 5200\` `
        + `(${denominator})`,
    }),
    firstPart: 'eerste deel',
    secondPart: 'tweede deel',
    denominatorZero: (value, what) => ({
      message: `de noemer moet groter zijn dan 0, gevonden ${value}`,
      hint: `die telt ${what}; controleer het getal`,
    }),
    numeratorNegative: (value) => ({
      message: `de teller kan niet negatief zijn, gevonden ${value}`,
      hint: 'controleer het getal',
    }),
    valueMissing: (id) => ({
      message: `deze meting van ${code(id)} heeft geen \`value\``,
      hint: 'voeg een regel `value: …` toe met het gemeten getal',
    }),
    linkOutside: (target) => ({
      message: `dit bestand is een koppeling naar ${target}, buiten de programmamap`,
      hint: 'kopieer het bestand naar de programmamap in plaats van ernaar te verwijzen',
    }),
  },

  warnings: {
    noBaselineDate: (id, start) => ({
      message: `indicator ${code(id)} heeft een streefwaarde maar geen datum bij de nulmeting; de `
        + `start van het project (${start}) wordt gebruikt`,
      hint: 'zet `date:` onder `baseline:`: de dag waarop de beginwaarde gemeten is',
    }),
    termPeriod: (end, term, from, to) => ({
      message: `het project eindigt op ${end}, buiten zijn termijn ${code(term)} (${from} tot `
        + `${to})`,
      hint: 'zet het project in de termijn waarin het eindigt, of verbeter het einde van de '
        + 'looptijd',
    }),
    stale: (id, latest, cadence, asOf) => ({
      message: `de laatste waarde van ${code(id)} is van ${latest}: te oud voor een ${cadence} `
        + `gemeten indicator op ${asOf}`,
      hint: 'noteer de waarden die sindsdien gemeten zijn (ub2030 record), of pas de '
        + 'meetfrequentie aan als er minder vaak gemeten wordt',
    }),
    noValueYet: (id, cadence, asOf) => ({
      message:
        `${code(id)} heeft nog geen waarde na de nulmeting: bij een ${cadence} gemeten indicator `
        + `had de eerste er op ${asOf} al moeten zijn`,
      hint: 'noteer de eerste meting (ub2030 record), of pas de meetfrequentie aan als er minder '
        + 'vaak gemeten wordt',
    }),
    cadence: {
      daily: 'dagelijks',
      weekly: 'wekelijks',
      monthly: 'maandelijks',
      quarterly: 'per kwartaal',
      yearly: 'jaarlijks',
    },
    future: (date, asOf) => ({
      message: `deze meting is gedateerd op ${date}, en dat ligt op ${asOf} nog in de toekomst`,
      hint: 'een meting krijgt de laatste dag van de periode die ze beslaat; controleer het jaar '
        + 'en de maand',
    }),
    beforeBaseline: (date, baseline) => ({
      message: `deze waarde is gedateerd op ${date}, op of vóór de datum van de nulmeting (${baseline}); `
        + 'stand en trend laten haar daarom weg',
      hint: 'controleer de datum; een waarde van vóór de start hoort bij `baseline:` van de indicator '
        + 'in het projectbestand',
    }),
    jump: (value, recent) => ({
      message: `de waarde ${value} ligt ver buiten de recente waarden van deze indicator `
        + `(${recent})`,
      hint: 'controleer op een tikfout, zoals een cijfer te veel of te weinig; klopt de waarde, '
        + 'leg dan in `note:` uit waarom',
    }),
  },

  history: {
    changed: (indicator, date, before, after, rev) => ({
      message: `de waarde van ${code(indicator)} op ${date} is sinds ${rev} veranderd, van `
        + `${before} in ${after}`,
      hint: 'genoteerde waarden horen te blijven staan; verbetert u een fout, leg dan in de '
        + '`note:` van de meting uit waarom',
    }),
    removed: (indicator, date, rev) => ({
      message: `de waarde van ${code(indicator)} op ${date} is sinds ${rev} verwijderd`,
      hint: 'het logboek groeit alleen; zet de meting terug, of verbeter haar en leg in de `note:` '
        + 'uit waarom',
    }),
    seriesBreak: (indicator, field, before, after, rev) => ({
      message:
        `${code(field)} van indicator ${code(indicator)} is sinds ${rev} veranderd, `
        + `van ${before} in ${after}, terwijl er al waarden genoteerd waren: de reeks breekt hier`,
      hint:
        'waarden van voor en na de wijziging zijn niet meer te vergelijken; '
        + 'overweeg een nieuwe indicator, of leg de wijziging uit in `method:`',
    }),
    nothing: '(geen)',
  },
};
