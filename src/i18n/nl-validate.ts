/** De woorden van `ub2030 validate` in het Nederlands; dezelfde sleutels als en-validate.ts. */
import type { ValidateMessages } from './en-validate.js';
import { checksNl } from './nl-validate-checks.js';
import type { Said } from './said.js';

const meervoud = (count: number, one: string, many: string): string =>
  `${count} ${count === 1 ? one : many}`;
const code = (text: string): string => `\`${text}\``;
const lijst = (names: readonly string[]): string => names.join(', ');
const misschien = (suggestion: string): string => (suggestion ? `; ${suggestion}` : '');

export const validateNl: ValidateMessages = {
  severity: { error: 'fout', warning: 'waarschuwing' },
  hintLabel: 'tip:',
  summary: {
    clean: (files) => `Geen problemen gevonden in ${meervoud(files, 'bestand', 'bestanden')}.`,
    found: (errors, warnings, files) => {
      const parts = [
        errors ? meervoud(errors, 'fout', 'fouten') : '',
        warnings ? meervoud(warnings, 'waarschuwing', 'waarschuwingen') : '',
      ];
      return (
        `${parts.filter(Boolean).join(' en ')} in ` +
        `${meervoud(files, 'gecontroleerd bestand', 'gecontroleerde bestanden')}.`
      );
    },
    strict: 'Met --strict laten ook waarschuwingen de controle mislukken.',
  },
  didYouMean: (names) => `bedoelt u ${names.map(code).join(' of ')}?`,
  units: {
    count: 'aantal',
    percent: 'procent',
    score: 'score',
    minutes: 'minuten',
    euro: 'euro',
    number: 'getal',
  },

  file: {
    byteOrderMark: {
      message: 'het bestand begint met een onzichtbaar byte-order-mark (BOM)',
      hint:
        'sla het bestand op als "UTF-8" in plaats van "UTF-8 met BOM"; ub2030 leest het ' +
        'allebei',
    },
    encoding: {
      message: 'dit bestand is geen UTF-8-tekst',
      hint: 'sla het in uw editor op met de codering "UTF-8"',
    },
    conflictMarker: {
      message: 'er staat nog een git-conflictmarkering in het bestand',
      hint:
        'los het samenvoegconflict op: houd de juiste regels over en verwijder de regels ' +
        '<<<<<<<, ======= en >>>>>>>',
    },
    tabIndent: {
      message: 'deze regel springt in met een tab; YAML staat alleen spaties toe om in te springen',
      hint: 'vervang de tab door spaties (twee per niveau)',
    },
    emptyFile: {
      message: 'dit bestand is leeg',
      hint: 'vul het in (zie programme/README.md voor de opbouw) of verwijder het bestand',
    },
    duplicateKey: (key) => ({
      message: `de sleutel ${code(key)} staat twee keer in hetzelfde blok`,
      hint:
        'houd een van de twee regels over; een sleutel mag per niveau maar één keer voorkomen',
    }),
    aliasBomb: {
      message:
        'dit bestand gebruikt verwijzingen (`*naam`) die uitdijen tot een enorme hoeveelheid ' +
        'gegevens',
      hint: 'schrijf de waarden uit in plaats van ze via verwijzingen te herhalen',
    },
    syntax: (what) => ({
      message: `de YAML-opbouw van het bestand klopt hier niet: ${what}`,
      hint:
        'controleer de inspringing, en of elke `sleutel: waarde` een dubbele punt met een ' +
        'spatie erna heeft',
    }),
    yaml: {
      BAD_INDENT: 'deze regel springt verkeerd in voor zijn plaats',
      MISSING_CHAR: 'er ontbreekt een afsluitend teken (een aanhalingsteken, `]` of `}`)',
      UNEXPECTED_TOKEN: 'hier staat iets wat hier niet hoort',
      BLOCK_AS_IMPLICIT_KEY: 'de volgende regel springt dieper in dan hier kan',
      MULTILINE_IMPLICIT_KEY:
        'een regel mist de dubbele punt van `sleutel: waarde`, '
        + 'of een sleutel loopt over meer dan één regel',
      BAD_SCALAR_START: 'een waarde begint met een teken dat aanhalingstekens nodig heeft',
      BAD_ALIAS: 'een verwijzing (`*naam`) is verkeerd geschreven',
      BAD_DQ_ESCAPE: 'een backslash tussen dubbele aanhalingstekens begint een onbekende code',
      BLOCK_IN_FLOW: 'er staat een blok binnen `[…]` of `{…}`',
      MULTIPLE_DOCS: 'het bestand bevat meer dan één YAML-document (een regel `---` halverwege)',
    },
    yamlOther: (detail) => `de YAML-lezer meldt (in het Engels): ${detail}`,
    ambiguousBoolean: (word) => ({
      message:
        `${code(word)} wordt gelezen als de tekst "${word}", ` +
        'maar oudere YAML-lezers zien het als ja/nee (true of false)',
      hint: `zet het tussen aanhalingstekens, "${word}", zodat elke lezer dezelfde tekst ziet`,
    }),
    leadingZero: (written, value) => ({
      message:
        `${code(written)} wordt gelezen als het getal ${value}; ` +
        'oudere YAML-lezers zien een voorloopnul als een octaal getal (grondtal 8)',
      hint:
        `schrijf ${value} zonder de voorloopnul, of zet "${written}" tussen aanhalingstekens ` +
        `als het een code is`,
    }),
  },

  schema: {
    notAMap: (found, example): Said => ({
      message:
        `verwacht werden regels \`sleutel: waarde\`, gevonden ` +
        `${found === 'list' ? 'een lijst' : 'één losse waarde'}`,
      hint: `begin het bestand zo: ${example}`,
    }),
    unknownKey: (key, suggestion, known) => ({
      message: `${code(key)} is hier geen bekend veld${misschien(suggestion)}`,
      hint: `de velden die hier mogen: ${lijst(known)}`,
    }),
    missingField: (owner, name) => ({
      message: `${owner} heeft geen ${code(name)}`,
      hint: `voeg een regel \`${name}: …\` toe (zie programme/README.md voor wat erin hoort)`,
    }),
    notAllowed: (name, value, suggestion, allowed) => ({
      message: `${code(name)} kan niet ${value} zijn${misschien(suggestion)}`,
      hint: `schrijf een van: ${lijst(allowed)}`,
    }),
    field: (name, owner, problem) => `${code(name)} van ${owner}: ${problem}`,
    owner: {
      file: 'dit bestand',
      indicator: (id) => `indicator ${code(id)}`,
      indicatorAt: (index) => `indicator ${index}`,
      term: (id) => `termijn ${code(id)}`,
      termAt: (index) => `termijn ${index}`,
      milestone: (index) => `tussenstap ${index}`,
      measurement: (index, indicator) =>
        `meting ${index}${indicator ? ` van ${code(indicator)}` : ''}`,
      item: (index, listName) => `onderdeel ${index} van ${code(listName)}`,
      key: (key, parent) => `${code(key)}${parent ? ` in ${parent}` : ''}`,
    },
    expected: {
      number: 'een getal',
      string: 'tekst',
      object: 'regels `sleutel: waarde`',
      array: 'een lijst met `- `-regels',
      boolean: 'true of false',
    },
    value: {
      nothing: 'niets',
      list: 'een lijst',
      map: 'regels `sleutel: waarde`',
      text: (text) => `de tekst ${JSON.stringify(text)}`,
      number: (value, written) =>
        `het getal ${value}${written ? ` (geschreven als ${written})` : ''}`,
      boolean: (written) => `de ja/nee-waarde ${written}`,
    },
    expectedFound: (expected, found) => `verwacht ${expected}, gevonden ${found}`,
    emptyList: 'deze lijst is leeg',
    emptyText: 'deze tekst is leeg',
    tooSmall: (value, minimum) => `${value} is te klein; het laagste toegestane is ${minimum}`,
    tooBig: (value, maximum) => `${value} is te groot; het hoogste toegestane is ${maximum}`,
    notADate: (value) => `${value} is geen datum in de vorm JJJJ-MM-DD`,
    notARealDate: (value) => `${value} is geen bestaande datum`,
    badId: (value) =>
      `${value} is geen geldige id: gebruik alleen kleine letters, cijfers en streepjes`,
    invalid: (found) => `dit mag hier niet (gevonden: ${found})`,
    hints: {
      realDate: 'schrijf een dag die bestaat, als JJJJ-MM-DD; controleer de dag en de maand',
      dateFormat: 'schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2026-03-31',
      decimalComma: (fixed) =>
        `schrijf getallen met een decimale punt, niet met een komma: ${fixed}`,
      number: 'schrijf een kaal getal zonder eenheid of aanhalingstekens, bijvoorbeeld 12.5',
      text:
        'schrijf hier tekst; zet die tussen aanhalingstekens als ze met een bijzonder teken ' +
        'begint',
      quoteText: (written) =>
        `zet het tussen aanhalingstekens om het als tekst te houden: "${written}"`,
      id: 'bijvoorbeeld `registered-users`',
      readme: 'vergelijk met de voorbeelden in programme/README.md',
    },
  },

  ...checksNl,

  schemaCommand: {
    wrote: (path) => `${path} geschreven`,
    notCurrent: (path) =>
      `${path} is niet actueel: voer \`ub2030 schema\` uit om het te schrijven.`,
    current: (count, folder) => `De ${count} schemabestanden in ${folder} zijn actueel.`,
  },

  usage: {
    cannotReadFolder: (path, detail) => `De map ${path} kan niet gelezen worden: ${detail}`,
    cannotReadFile: (path, detail) => `${path} kan niet gelezen worden: ${detail}`,
    cannotReadFileHint: 'Controleer of het bestand bestaat en of u het mag lezen.',
    noGit: (dir) =>
      `--since heeft git nodig, maar ${dir} ligt niet in een git-repository (of git is niet ` +
      `geïnstalleerd).`,
    noGitHint:
      'Voer het uit in een kloon van de repository van het programma, of laat --since weg.',
    badRev: (rev) => `--since ${rev}: git kent deze revisie niet.`,
    badRevHint:
      'Geef een commit, een branch of een tag, bijvoorbeeld --since origin/main of --since HEAD~1.',
  },
};
