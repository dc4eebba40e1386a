import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { BIN, programmeTree } from '../helpers.js';
import { logPath, NO_GIT, run } from '../record-helpers.js';

// node-pty gives the CLI a real pseudo-terminal, as a person's terminal window would.
const pty = createRequire(import.meta.url)('@lydell/node-pty') as typeof import('@lydell/node-pty');

const LOG =
  'project: platform\nmeasurements:\n  - indicator: registered-users\n    date: 2025-01-31\n    value: 120\n';
const ENTER = '\r';
const DOWN = '\x1b[B';

/** The CLI in a terminal: `screen()` is all it printed so far, without colours or cursor moves. */
function terminal(args: string[], cwd: string) {
  const { FORCE_COLOR: _force, ...rest } = process.env;
  const child = pty.spawn(process.execPath, [BIN, ...args], {
    cwd,
    cols: 100,
    rows: 30,
    env: { ...rest, NO_COLOR: '1', LANG: 'en_GB.UTF-8', ...NO_GIT } as Record<string, string>,
  });
  let output = '';
  child.onData((data) => {
    output += data;
  });
  const exited = new Promise<number>((resolve) =>
    child.onExit(({ exitCode }) => resolve(exitCode)),
  );
  // eslint-disable-next-line no-control-regex
  const screen = (): string => output.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '').replace(/\r/g, '');
  const waitFor = async (text: string): Promise<void> => {
    for (let tries = 0; !screen().includes(text); tries++) {
      if (tries > 500) throw new Error(`never showed "${text}"; the screen:\n${screen()}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  return { type: (keys: string) => child.write(keys), waitFor, screen, exited };
}

describe('ub2030 record in a terminal', () => {
  it('asks for project, indicator, value, date and note, shows the entry and saves it', async () => {
    const dir = programmeTree({ 'programme/measurements/platform.yaml': LOG });
    const term = terminal(['record'], dir);
    await term.waitFor('Project (type to filter):');
    term.type('plat');
    await term.waitFor('platform — Platform');
    term.type(ENTER);
    await term.waitFor('Indicator of platform (type to filter):');
    term.type(ENTER);
    await term.waitFor('Value in counts (whole numbers) — last 120 on 2025-01-31:');
    // a count is a whole number, so 1.234 can only mean 1234
    term.type('12,5' + ENTER);
    await term.waitFor('The value 12,5 must be a whole number.');
    term.type('\x15' + '1.234' + ENTER);
    await term.waitFor('Date (2026-03-31, 31-03-2026, today, yesterday):');
    term.type('\x15' + '28-2-2025' + ENTER);
    await term.waitFor('Note (optional, Enter to skip):');
    term.type('na de campagne' + ENTER);
    await term.waitFor('Save this entry?');

    expect(term.screen()).toContain(
      'The entry for platform/registered-users:\n' +
        '  - indicator: registered-users\n    date: 2025-02-28\n    value: 1234\n    note: na de campagne\n',
    );
    term.type(ENTER);
    expect(await term.exited).toBe(0);
    expect(term.screen()).toContain(
      'Recorded platform/registered-users = 1,234 on 2025-02-28 in programme/measurements/platform.yaml.',
    );
    expect(readFileSync(logPath(dir), 'utf8')).toBe(
      `${LOG}  - indicator: registered-users\n    date: 2025-02-28\n    value: 1234\n    note: na de campagne\n`,
    );
  });

  it('refuses a date that already has a value, and writes nothing when the answer is no', async () => {
    const dir = programmeTree({ 'programme/measurements/platform.yaml': LOG });
    const term = terminal(
      ['record', 'platform/registered-users', '--date', '2025-03-31', '--note', 'x'],
      dir,
    );
    await term.waitFor('Value in counts');
    term.type('130' + ENTER);
    await term.waitFor('Save this entry?');
    term.type(DOWN + ENTER);
    expect(await term.exited).toBe(0);
    expect(term.screen()).toContain('Nothing was recorded.');
    expect(readFileSync(logPath(dir), 'utf8')).toBe(LOG);

    const again = terminal(['record', 'platform/registered-users'], dir);
    await again.waitFor('Value in counts');
    again.type('5' + ENTER);
    await again.waitFor('Date (');
    again.type('\x15' + '2025-01-31' + ENTER);
    await again.waitFor('There is already a value for 2025-01-31.');
    again.type('\x03');
    expect(await again.exited).toBe(2);
    expect(again.screen()).toContain('Stopped: nothing was recorded.');
    expect(readFileSync(logPath(dir), 'utf8')).toBe(LOG);
  });

  it('never asks when stdin is not a terminal or with --no-input: it names what is missing', () => {
    const dir = programmeTree({ 'programme/measurements/platform.yaml': LOG });
    const piped = run(['record', 'platform/registered-users'], dir);
    expect(piped.code).toBe(2);
    expect(piped.stderr).toBe(
      'error: The argument <value> is missing, and ub2030 cannot ask for it because it is not running in a terminal.\n' +
        'hint: Give the value after the indicator, for example: ub2030 record platform/registered-users 1840\n',
    );
    const none = run(['record', '--no-input'], dir);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain(
      'The argument <project>/<indicator> is missing, and --no-input says not to ask for it.',
    );
  });

  it('with --no-input in a terminal too', async () => {
    const dir = programmeTree({ 'programme/measurements/platform.yaml': LOG });
    const term = terminal(['record', '--no-input', 'platform/registered-users'], dir);
    expect(await term.exited).toBe(2);
    expect(term.screen()).toContain(
      'The argument <value> is missing, and --no-input says not to ask for it.',
    );
  });
});
