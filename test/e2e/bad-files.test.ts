/**
 * Every reproducer in test/fixtures/bad, run through the real CLI in all three formats, must give
 * exactly its expected output: the same problems, at the same lines and columns.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BAD_FILES, badCaseTree, badCases, runCliAsync } from '../fixture-tree.js';

const AS_OF = '2025-02-15';
const FORMATS = [
  ['text', 'expected.txt'],
  ['json', 'expected.json'],
  ['github', 'expected.github.txt'],
] as const;
const UPDATE = process.env.UPDATE_EXPECTED === '1';

interface Expected {
  problems: { rule: string }[];
  summary: { failed: boolean };
}

function expectedJson(name: string): Expected {
  return JSON.parse(readFileSync(join(BAD_FILES, name, 'expected.json'), 'utf8')) as Expected;
}

/** Whether the case fails the check: any error (warnings alone do not). */
function failed(name: string): boolean {
  return expectedJson(name).summary.failed;
}

function rules(name: string): string[] {
  return expectedJson(name).problems.map((problem) => problem.rule);
}

describe.concurrent('each broken file gives exactly its expected problems', () => {
  it('has a reproducer for every kind of mistake', () => {
    expect(badCases().length).toBeGreaterThanOrEqual(30);
  });

  for (const name of badCases()) {
    it(name, async () => {
      const dir = badCaseTree(name);
      const runs = await Promise.all(
        FORMATS.map(([format]) =>
          runCliAsync(['validate', '--as-of', AS_OF, '--format', format], dir),
        ),
      );
      const codes: (number | null)[] = [];
      for (const [index, [format, file]] of FORMATS.entries()) {
        const run = runs[index]!;
        const path = join(BAD_FILES, name, file);
        if (UPDATE) writeFileSync(path, run.stdout);
        expect(existsSync(path), `${path} is missing; run with UPDATE_EXPECTED=1`).toBe(true);
        const expected = readFileSync(path, 'utf8');
        expect({ format, out: run.stdout, err: run.stderr }).toEqual({
          format,
          out: expected,
          err: '',
        });
        codes.push(run.code);
      }
      const code = failed(name) ? 1 : 0;
      expect(codes).toEqual([code, code, code]);
      if (name !== 'crlf-line-endings') expect(rules(name)).toContain(name);
    });
  }
});
