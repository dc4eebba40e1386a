/**
 * Reads a programme folder: programme.yaml, projects/*.yaml and measurements/*.yaml. Every file is
 * parsed and checked against its schema; nothing here throws on bad data.
 */
import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import * as z from 'zod';
import { checkSchema } from '../check/schema-problems.js';
import type { Problem } from '../check/problem.js';
import {
  indicatorSchema,
  measurementLogSchema,
  measurementSchema,
  programmeSchema,
  projectFieldsSchema,
  projectSchema,
  withBaselineDate,
  type MeasurementLog,
  type Programme,
  type Project,
} from '../model/schema.js';
import type { Messages } from '../i18n/index.js';
import { UsageError } from './errors.js';
import { PROGRAMME_FILE } from './find.js';
import { logCache } from './log-cache.js';
import { makeSource, problemAt } from './source.js';
import { SPELLING_RULES } from './spellings.js';
import { parseYamlFile, readClean, type ParsedFile } from './yaml-file.js';

export interface FileEntry<T> {
  /** Absolute path. */
  path: string;
  file: ParsedFile;
  /**
   * The checked data: the whole file when it passed its schema, or the parts that did (the
   * indicators or measurements that are right) when only some items are wrong.
   */
  data?: T;
  /** False when `data` leaves out items that failed their schema. */
  complete: boolean;
  /**
   * When items were left out: the list they came from, and for each kept item its index in the
   * file, so that problems still point at the right item.
   */
  kept?: { key: string; indexes: number[] };
}

export interface Workspace {
  dir: string;
  programme: FileEntry<Programme>;
  projects: FileEntry<Project>[];
  logs: FileEntry<MeasurementLog>[];
  /** Problems found while reading, parsing and checking each file on its own. */
  problems: Problem[];
}

export const PROJECTS_DIR = 'projects';
export const MEASUREMENTS_DIR = 'measurements';

/** What to read besides programme.yaml: `record` needs no logs, and often only one project. */
export interface WorkspaceParts {
  logs?: boolean;
  /** Only this project's file, when it exists. */
  project?: string;
}

export function loadWorkspace(dir: string, m: Messages, parts: WorkspaceParts = {}): Workspace {
  const problems: Problem[] = [];
  const root = realpathSync(dir);
  const programme = readEntry(
    join(dir, PROGRAMME_FILE),
    root,
    programmeSchema,
    'id: my-programme',
    m,
    problems,
  );
  const only = parts.project && join(dir, PROJECTS_DIR, `${parts.project}.yaml`);
  const projectFiles = only && existsSync(only) ? [only] : listYaml(dir, PROJECTS_DIR, m);
  const projects = projectFiles.map((path) =>
    readEntry(
      path,
      root,
      projectSchema,
      'id: my-project',
      m,
      problems,
      salvageItems(projectFieldsSchema, 'indicators', indicatorSchema, fillBaselineDates),
    ),
  );
  const logs = (parts.logs === false ? [] : listYaml(dir, MEASUREMENTS_DIR, m)).map((path) =>
    readEntry(
      path,
      root,
      measurementLogSchema,
      'project: my-project',
      m,
      problems,
      salvageItems(measurementLogSchema, 'measurements', measurementSchema),
      { keepRaw: false, cache: true },
    ),
  );
  return { dir, programme, projects, logs, problems };
}

/** The YAML files in a sub-folder, sorted by name; none when the folder does not exist. */
function listYaml(dir: string, sub: string, m: Messages): string[] {
  let names: string[];
  try {
    names = readdirSync(join(dir, sub));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new UsageError(
      m.validate.usage.cannotReadFolder(join(dir, sub), (error as Error).message),
    );
  }
  return names
    .filter((name) => /\.ya?ml$/i.test(name) && !name.startsWith('.'))
    .sort()
    .map((name) => join(dir, sub, name));
}

/**
 * Keeps the items of the list `key` that pass `item` on their own, when the rest of the file is
 * right, so that one wrong entry does not hide the checks on all the others.
 */
function salvageItems<T>(
  schema: z.ZodObject,
  key: string,
  item: z.ZodType,
  finish: (data: T) => T = (data) => data,
): Salvage<T> {
  const outer = schema.extend({ [key]: z.array(z.unknown()).nullable().default([]) });
  return (raw) => {
    const parsed = outer.safeParse(raw);
    if (!parsed.success) return undefined;
    const items: unknown[] = [];
    const indexes: number[] = [];
    ((parsed.data[key] as unknown[] | null) ?? []).forEach((value, index) => {
      const checked = item.safeParse(value);
      if (!checked.success) return;
      items.push(checked.data);
      indexes.push(index);
    });
    return { data: finish({ ...parsed.data, [key]: items } as T), kept: { key, indexes } };
  };
}

type Salvage<T> = (
  raw: unknown,
) => { data: T; kept: { key: string; indexes: number[] } } | undefined;

function fillBaselineDates(project: Project): Project {
  return {
    ...project,
    indicators: project.indicators.map((indicator) =>
      withBaselineDate(indicator, project.period.start),
    ),
  };
}

function readEntry<S extends z.ZodType>(
  path: string,
  root: string,
  schema: S,
  example: string,
  m: Messages,
  problems: Problem[],
  salvage?: Salvage<z.output<S>>,
  { keepRaw = true, cache = false } = {},
): FileEntry<z.output<S>> {
  const outside = linkOutside(path, root);
  if (outside) {
    const file: ParsedFile = { source: makeSource(path, ''), problems: [] };
    file.problems.push(
      problemAt(file.source, 0, 0, {
        rule: 'link-outside',
        ...m.validate.checks.linkOutside(outside),
      }),
    );
    problems.push(...file.problems);
    return { path, file, complete: false };
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const { usage } = m.validate;
    throw new UsageError(
      usage.cannotReadFile(path, (error as Error).message),
      usage.cannotReadFileHint,
    );
  }
  const cached = cache ? logCache(path, bytes) : undefined;
  if (cached?.data !== undefined) {
    const source = makeSource(path, new TextDecoder().decode(bytes));
    const file: ParsedFile = { source, problems: [] };
    return { path, file, data: cached.data as z.output<S>, complete: true };
  }
  const clean = readClean(path, bytes, m);
  const passed = clean && schema.safeParse(clean.data);
  if (clean && passed?.success) {
    // A log's checked data is its raw data over again: one copy is enough.
    if (!keepRaw) delete clean.data;
    cached?.keep(passed.data);
    return { path, file: clean, data: passed.data, complete: true };
  }

  const file = parseYamlFile(path, bytes, m);
  const checked = checkSchema(file, schema, example, m);
  file.problems = [...withoutSpellingEchoes(file.problems, checked.problems), ...checked.problems];
  problems.push(...file.problems);
  if (checked.data !== undefined) return { path, file, data: checked.data, complete: true };
  const partial = file.data !== undefined && salvage ? salvage(file.data) : undefined;
  return partial === undefined
    ? { path, file, complete: false }
    : { path, file, ...partial, complete: false };
}

/**
 * A value such as `007` in a text field gets a schema error that already says how it was read;
 * the spelling warning at the same place would only repeat it.
 */
function withoutSpellingEchoes(problems: Problem[], schemaProblems: Problem[]): Problem[] {
  const places = new Set(schemaProblems.map((problem) => `${problem.line}:${problem.column}`));
  return problems.filter(
    (problem) =>
      !SPELLING_RULES.has(problem.rule) || !places.has(`${problem.line}:${problem.column}`),
  );
}

/** Where a symbolic link points, relative to the programme folder, when that is outside it. */
function linkOutside(path: string, root: string): string | undefined {
  try {
    // The file, or the folder it lies in (projects/ or measurements/), may be the link.
    const target = realpathSync(path);
    const inside = relative(root, target);
    const outside = inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside);
    // Shown relative to the programme folder: the same on every computer.
    return outside ? inside.split(sep).join('/') : undefined;
  } catch {
    return undefined;
  }
}
