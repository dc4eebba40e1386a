/**
 * De woorden van `record`, `import` en `undo` over bestanden: vergrendeling, import, ongedaan
 * maken, in het Nederlands. Dezelfde sleutels als `../en/record-io.ts`.
 */
import type { RecordIoWords } from '../en/record-io.js';

/** De plaatselijke tijd van een ISO-tijdstip: 14:03:12. */
const klok = (iso: string): string => new Date(iso).toTimeString().slice(0, 8);

const meervoud = (count: number, one: string, many: string): string =>
  `${count} ${count === 1 ? one : many}`;

export const recordIoNl: RecordIoWords = {
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
    readOnly: (file) => `${file} is alleen-lezen, dus er is niets in geschreven.`,
    readOnlyHint: 'Iemand heeft dit bestand met opzet beschermd: vraag het hem of haar, of maak het '
      + 'weer schrijfbaar (bij de eigenschappen), en leg de meting daarna opnieuw vast.',
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
};
