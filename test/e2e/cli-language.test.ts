import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { translateCommanderError } from '../../src/cli-words.js';
import { cliNl } from '../../src/i18n/nl/cli.js';
import { ROOT, runCli } from '../helpers.js';

const DUTCH = { LANG: 'nl_NL.UTF-8' };

describe('the command line in Dutch and English', () => {
  it('shows its help in the language of --lang, else of the locale', () => {
    const dutch = runCli(['--lang', 'nl', '--help'], ROOT);
    expect(dutch.code).toBe(0);
    expect(dutch.stdout).toMatch(/^Gebruik: ub2030 \[opties\] \[opdracht\]\n/);
    for (const text of ['Opties:', 'Opdrachten:', '-h, --help', 'toon deze hulp', '--dir <pad>',
      'report [opties]', 'help [opdracht]', 'een rapportage voor het bestuur']) {
      expect(dutch.stdout).toContain(text);
    }
    expect(dutch.stdout).not.toMatch(/Usage|Options|display help|the programme folder/);
    const importHelp = runCli(['--lang', 'nl', 'help', 'import'], ROOT);
    expect(importHelp.stdout).toContain('Argumenten:\n  bestand ');
    expect(importHelp.stdout).not.toContain('standaard: )');

    const byLocale = runCli(['trend', '--help'], ROOT, DUTCH);
    expect(byLocale.stdout).toContain('Gebruik: ub2030 trend [opties]');
    expect(byLocale.stdout).toContain('--by <periode>');
    expect(byLocale.stdout).toContain('(keuze uit: month, quarter, year)');
    expect(byLocale.stdout)
      .toMatch(/\(keuze uit: table, json, csv, markdown,\s+standaard: table\)/);

    const english = runCli(['--lang', 'en', 'trend', '--help'], ROOT, DUTCH);
    expect(english.stdout).toContain('Usage: ub2030 trend [options]');
    expect(english.stdout).toMatch(/\(choices: table, json, csv, markdown,\s+default: table\)/);
  });

  it('puts commander\'s own complaints in Dutch', () => {
    const option = runCli(['--lang', 'nl', 'status', '--foo'], ROOT);
    expect(option.code).toBe(2);
    expect(option.stderr).toBe(
      "fout: onbekende optie '--foo'\n(`ub2030 --help` toont alle opdrachten en opties)\n",
    );
    const command = runCli(['statu'], ROOT, DUTCH);
    expect(command.code).toBe(2);
    expect(command.stderr).toContain("fout: onbekende opdracht 'statu'\n(Bedoelt u status?)\n");
    const choice = runCli(['--lang', 'nl', 'report', '--format', 'pdf'], ROOT);
    expect(choice.stderr).toContain(
      "fout: optie '--format <formaat>' kan niet 'pdf' zijn. Kies uit: html, markdown.",
    );
  });

  it('says it cannot find a programme in the locale\'s language, or that of --lang', () => {
    const empty = mkdtempSync(join(tmpdir(), 'ub2030-empty-'));
    const dutch = runCli(['status'], empty, DUTCH);
    expect(dutch.code).toBe(2);
    expect(dutch.stderr).toMatch(/^fout: Geen programma gevonden: er is geen programme\//);
    expect(dutch.stderr).toContain('\ntip: Voer ub2030 uit in de repository van uw programma');
    const english = runCli(['--lang', 'en', 'status'], empty, DUTCH);
    expect(english.stderr).toMatch(/^error: No programme found/);
  });

  it('refuses a language it does not speak, in the locale\'s language', () => {
    expect(runCli(['--lang', 'de', 'status'], ROOT).stderr)
      .toBe('error: --lang de: ub2030 speaks nl and en.\nhint: Use --lang nl or --lang en.\n');
    expect(runCli(['--lang', 'de', 'status'], ROOT, DUTCH).stderr)
      .toBe('fout: --lang de: ub2030 spreekt nl en en.\ntip: Gebruik --lang nl of --lang en.\n');
  });

  it('speaks the programme\'s language once the programme is read', () => {
    // programme/ says `language: nl`; the locale here is English.
    const date = runCli(['status', '--as-of', '2026-02-30'], ROOT);
    expect(date.code).toBe(2);
    expect(date.stderr).toBe('fout: --as-of 2026-02-30: deze dag bestaat niet in de kalender.\n'
      + 'tip: Controleer de dag en de maand.\n');
    const term = runCli(['trend', '--term', 'shrt'], ROOT);
    expect(term.stderr).toBe('fout: --term shrt: die termijn bestaat niet; bedoelt u `short`?\n'
      + 'tip: De termijnen zijn: short, medium, long\n');
    const project = runCli(['--lang', 'en', 'status', '--project', 'nope'], ROOT);
    expect(project.stderr).toBe('error: --project nope: there is no such project.\n'
      + 'hint: The projects are: community-events, digital-community-platform, '
      + 'social-media-strategy, mental-health, space-redesign, partnerships, '
      + 'technology-innovation\n');
  });

  it('prints unit names in the output\'s language', () => {
    const run = runCli(['status', '--as-of', '2026-12-01', '--project', 'community-events'], ROOT);
    expect(run.stdout).toContain('aantal, totaal');
    expect(run.stdout).not.toMatch(/\bcount\b/);
  });
});

describe('commander\'s messages, word by word', () => {
  // Each line as commander 14 writes it, and what it becomes in Dutch.
  const cases: [string, string][] = [
    ["error: missing required argument 'file'", "fout: het argument 'file' ontbreekt"],
    [
      "error: option '--as-of <datum>' argument missing",
      "fout: optie '--as-of <datum>' heeft een waarde nodig",
    ],
    ["error: too many arguments for 'undo'. Expected 1 argument but got 2.",
      "fout: te veel argumenten voor 'undo': verwacht 1, gekregen 2."],
    ['(Did you mean one of --term, --to?)', '(Bedoelt u een van --term, --to?)'],
    ['error: something new', 'fout: something new'],
  ];
  it.each(cases)('%s', (english, dutch) => {
    expect(translateCommanderError(english, cliNl)).toBe(dutch);
  });
});
