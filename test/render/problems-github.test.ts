import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/check/problem.js';
import { en } from '../../src/i18n/en.js';
import {
  escapeData,
  escapeProperty,
  renderProblemsGithub,
} from '../../src/render/problems-github.js';

const problem: Problem = {
  file: '/repo/programme/measurements/platform.yaml',
  line: 4,
  column: 11,
  endLine: 4,
  endColumn: 21,
  rule: 'date',
  severity: 'error',
  message: 'up 50%\r\nsince then',
  hint: 'a, b: c',
};

describe('GitHub workflow commands', () => {
  it('encode %, CR and LF in the message, and also , and : in properties', () => {
    expect(escapeData('50% a\r\nb')).toBe('50%25 a%0D%0Ab');
    expect(escapeProperty('a,b: 50%')).toBe('a%2Cb%3A 50%25');
  });

  it('give the file from the repository, the place, the rule as title, the hint on a new line', () => {
    const text = renderProblemsGithub([problem], (file) => file.replace('/repo/', ''), en);
    expect(text).toBe(
      '::error file=programme/measurements/platform.yaml,line=4,endLine=4,col=11,endColumn=21,' +
        'title=ub2030 [date]::up 50%25%0D%0Asince then%0Ahint: a, b: c\n',
    );
  });

  it('leave out the columns of a range over several lines, which GitHub would refuse', () => {
    const text = renderProblemsGithub(
      [{ ...problem, endLine: 6, endColumn: 1, severity: 'warning' }],
      () => 'f.yaml',
      en,
    );
    expect(text).toMatch(/^::warning file=f\.yaml,line=4,endLine=6,title=ub2030 \[date\]::/);
  });
});
