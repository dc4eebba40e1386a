/** `ub2030 schema`: the committed schema files are current, and every YAML file points at them. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSchemaFiles } from '../../src/model/json-schema.js';
import { ROOT, makeTree, runCli } from '../helpers.js';

/** Every programme file (YAML) under `folder`, except the CI recipes. */
function programmeFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'ci' ? [] : programmeFiles(path);
    return /\.ya?ml$/.test(entry.name) ? [path] : [];
  });
}

/** Which schema a file should use, from where it lies. */
function kind(path: string): string {
  if (path.endsWith('programme.yaml')) return 'programme.schema.json';
  return basenameOf(dirname(path)) === 'projects'
    ? 'project.schema.json'
    : 'measurements.schema.json';
}

function basenameOf(path: string): string {
  return path.split(/[\\/]/).pop() ?? '';
}

describe('JSON Schema for editors', () => {
  it('is committed exactly as ub2030 schema generates it', () => {
    for (const [name, text] of jsonSchemaFiles()) {
      expect({ name, text: readFileSync(join(ROOT, 'schema', name), 'utf8') }).toEqual({
        name,
        text,
      });
    }
  });

  it('carries the field descriptions and refuses unknown fields', () => {
    const project = JSON.parse(jsonSchemaFiles().get('project.schema.json')!);
    expect(project.$schema).toBe('http://json-schema.org/draft-07/schema#');
    const indicator = project.properties.indicators.items;
    expect(indicator.additionalProperties).toBe(false);
    expect(indicator.properties.aggregation.description).toContain(
      'level: the latest value counts',
    );
    expect(indicator.properties.aggregation.enum).toEqual(['level', 'events', 'ratio']);
    expect(indicator.properties.baseline.required).toEqual(['value']);
  });

  it('is pointed at by the first line of every file in programme/ and examples/', () => {
    const files = [
      ...programmeFiles(join(ROOT, 'programme')),
      ...programmeFiles(join(ROOT, 'examples')),
    ];
    expect(files.length).toBeGreaterThan(20);
    for (const path of files) {
      const first = readFileSync(path, 'utf8').split('\n')[0] ?? '';
      const match = /^# yaml-language-server: \$schema=(\S+)$/.exec(first);
      const target = match ? resolve(dirname(path), match[1]!) : '';
      expect({
        file: relative(ROOT, path),
        schema: target && relative(ROOT, target),
        exists: existsSync(target),
      }).toEqual({ file: relative(ROOT, path), schema: join('schema', kind(path)), exists: true });
    }
  });

  it('says the committed files are current with --check, and writes them with --out', () => {
    const check = runCli(['schema', '--check'], ROOT);
    expect(check.stdout).toBe('The 3 schema files in schema are current.\n');
    expect(check.code).toBe(0);

    const dir = makeTree({ 'schema/project.schema.json': '{}\n' });
    const stale = runCli(['schema', '--check', '--out', 'schema'], dir);
    expect(stale.code).toBe(1);
    expect(stale.stdout).toContain(
      'schema/project.schema.json is not current: run `ub2030 schema` to write it.',
    );

    const write = runCli(['schema', '--out', 'schema'], dir);
    expect(write.stdout).toContain('Wrote schema/measurements.schema.json');
    expect(readFileSync(join(dir, 'schema/project.schema.json'), 'utf8')).toBe(
      jsonSchemaFiles().get('project.schema.json'),
    );
    expect(runCli(['schema', '--check', '--out', 'schema'], dir).code).toBe(0);
  });
});
