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
import { messages, resolveLang } from '../i18n/index.js';
import type { Io } from './io.js';

export interface SchemaOptions {
  lang?: string;
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
  const words = messages(resolveLang(options.lang)).validate.schemaCommand;
  const out =
    options.out === undefined
      ? join(gitTopLevel(cwd) ?? cwd, SCHEMA_DIR)
      : resolve(cwd, options.out);
  const files = jsonSchemaFiles();
  const shown = (path: string): string => relative(cwd, path) || path;

  if (options.check) {
    const stale = [...files].filter(([name, text]) => readOrEmpty(join(out, name)) !== text);
    for (const [name] of stale) io.out(`${words.notCurrent(shown(join(out, name)))}\n`);
    if (stale.length === 0) io.out(`${words.current(files.size, shown(out))}\n`);
    return stale.length === 0 ? 0 : 1;
  }
  mkdirSync(out, { recursive: true });
  for (const [name, text] of files) {
    await replaceFile(join(out, name), text);
    io.out(`${words.wrote(shown(join(out, name)))}\n`);
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
