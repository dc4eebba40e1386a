/**
 * `ub2030 schema`: writes the JSON Schema files that editors use to check programme files while
 * people type (the `# yaml-language-server: $schema=…` line at the top of each file points at
 * them). With --check it writes nothing and says whether the files are current.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gitTopLevel } from '../io/git.js';
import { replaceFile } from '../io/write.js';
import { jsonSchemaFiles } from '../model/json-schema.js';
import type { Io } from './io.js';

export interface SchemaOptions {
  /** The folder to write to; default `schema/` at the top of the git repository (or here). */
  out?: string;
  check?: boolean;
}

export const SCHEMA_DIR = 'schema';

export async function runSchema(
  options: SchemaOptions,
  io: Io,
  cwd = process.cwd(),
): Promise<number> {
  const out =
    options.out === undefined
      ? join(gitTopLevel(cwd) ?? cwd, SCHEMA_DIR)
      : resolve(cwd, options.out);
  const files = jsonSchemaFiles();
  const shown = (name: string): string => relative(cwd, join(out, name)) || join(out, name);

  if (options.check) {
    const stale = [...files]
      .filter(([name, text]) => readOrEmpty(join(out, name)) !== text)
      .map(([name]) => name);
    for (const name of stale)
      io.out(`${shown(name)} is not current: run \`ub2030 schema\` to write it.\n`);
    if (stale.length === 0)
      io.out(`The ${files.size} schema files in ${relative(cwd, out) || out} are current.\n`);
    return stale.length === 0 ? 0 : 1;
  }
  mkdirSync(out, { recursive: true });
  for (const [name, text] of files) {
    await replaceFile(join(out, name), text);
    io.out(`Wrote ${shown(name)}\n`);
  }
  return 0;
}

function readOrEmpty(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}
