/**
 * The CI recipes: GitHub annotations for the broken example, the example workflow, and the
 * pre-commit hook run for real in a temporary repository.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BIN, ROOT, makeTree, programmeTree, runCli } from '../helpers.js';

describe('GitHub annotations', () => {
  it('puts every problem of the broken example on its line, with paths from the repository', () => {
    const run = runCli(
      ['validate', '--dir', 'examples/broken', '--format', 'github', '--as-of', '2025-05-15'],
      ROOT,
    );
    expect(run.stdout).toBe(
      readFileSync(join(ROOT, 'examples/broken/expected-github.txt'), 'utf8'),
    );
    expect(run.code).toBe(1);
  });

  it('agrees with the list of expected problems of the broken example', () => {
    const listed = readFileSync(join(ROOT, 'examples/broken/expected-problems.txt'), 'utf8')
      .trim()
      .split('\n');
    const annotated = readFileSync(join(ROOT, 'examples/broken/expected-github.txt'), 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('::'))
      .map((line) => {
        const match =
          /^::error file=examples\/broken\/([^,]+),line=(\d+),endLine=\d+,col=(\d+),.*title=ub2030 \[([a-z-]+)\]::/.exec(
            line,
          );
        return match ? `${match[1]}:${match[2]}:${match[3]} ${match[4]}` : line;
      });
    expect(annotated).toEqual(listed);
  });

  it('escapes a comma in a file name, which would end the property', () => {
    const dir = makeTree({
      'programme/programme.yaml': readFileSync(
        join(ROOT, 'examples/broken/programme.yaml'),
        'utf8',
      ),
      'programme/projects/a,b.yaml': 'id: a\n',
    });
    const run = runCli(['validate', '--format', 'github', '--as-of', '2025-05-15'], dir);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toMatch(
      /^::error file=programme\/projects\/a%2Cb\.yaml,line=1,endLine=1,col=1,endColumn=2,title=ub2030 \[missing-field\]::/,
    );
    expect(lines.every((line) => line.startsWith('::') || /files? checked\.$/.test(line))).toBe(
      true,
    );
  });
});

describe('the example workflow', () => {
  it('runs ub2030 validate on pull requests that touch programme/', () => {
    const workflow = parse(readFileSync(join(ROOT, 'examples/ci/github-workflow.yml'), 'utf8')) as {
      on: { pull_request: { paths: string[] } };
      jobs: { validate: { steps: { run?: string }[] } };
    };
    expect(workflow.on.pull_request.paths).toContain('programme/**');
    const commands = workflow.jobs.validate.steps.map((step) => step.run ?? '').join('\n');
    expect(commands).toContain('npx ub2030 validate');
    expect(commands).toContain('--since "origin/${{ github.base_ref }}"');
  });
});

describe('the example pre-commit hook', () => {
  /** A repository with the hook installed, and an `npx` on the PATH that runs the built CLI. */
  function repository(): { dir: string; env: NodeJS.ProcessEnv } {
    const dir = programmeTree();
    const git = (...args: string[]): void => {
      execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], {
        cwd: dir,
        stdio: 'ignore',
      });
    };
    git('init', '-q');
    git('add', '.');
    git('commit', '-q', '-m', 'programme');
    copyFileSync(join(ROOT, 'examples/ci/pre-commit'), join(dir, '.git/hooks/pre-commit'));
    chmodSync(join(dir, '.git/hooks/pre-commit'), 0o755);
    const bin = join(dir, '.bin');
    mkdirSync(bin);
    // `npx --no-install ub2030 …` → the CLI under test.
    writeFileSync(
      join(bin, 'npx'),
      `#!/bin/sh\nshift 2\nexec "${process.execPath}" "${BIN}" "$@"\n`,
    );
    chmodSync(join(bin, 'npx'), 0o755);
    return {
      dir,
      env: {
        ...process.env,
        PATH: `${bin}:${process.env.PATH}`,
        NO_COLOR: '1',
        LANG: 'en_GB.UTF-8',
      },
    };
  }

  function commit(dir: string, env: NodeJS.ProcessEnv): { code: number | null; output: string } {
    spawnSync('git', ['add', '.'], { cwd: dir, env });
    const run = spawnSync(
      'git',
      ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'commit', '-q', '-m', 'change'],
      { cwd: dir, env, encoding: 'utf8' },
    );
    return { code: run.status, output: run.stdout + run.stderr };
  }

  it('is executable', () => {
    expect(statSync(join(ROOT, 'examples/ci/pre-commit')).mode & 0o111).not.toBe(0);
  });

  it('stops a commit that breaks the programme, and lets a good one through', () => {
    const { dir, env } = repository();
    mkdirSync(join(dir, 'programme/measurements'));
    const log =
      'project: platform\nmeasurements:\n  - indicator: registerd-users\n    date: 2025-01-31\n    value: 120\n';
    writeFileSync(join(dir, 'programme/measurements/platform.yaml'), log);
    const broken = commit(dir, env);
    expect(broken.code).toBe(1);
    expect(broken.output).toContain('error [unknown-indicator]');
    expect(broken.output).toContain('fix them, then commit again');

    writeFileSync(
      join(dir, 'programme/measurements/platform.yaml'),
      log.replace('registerd', 'registered'),
    );
    expect(commit(dir, env).code).toBe(0);
  });
});
