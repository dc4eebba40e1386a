/**
 * The shape of every file in a programme folder, as zod schemas. The TypeScript types are
 * inferred from these schemas, and the JSON Schema for editors is generated from them, so the
 * descriptions here are what people see while they type.
 */
import * as z from 'zod';
import { isCalendarDate } from './dates.js';

const DATE_HINT = 'a calendar date written as YYYY-MM-DD, for example 2026-03-31';

/** A calendar date, `YYYY-MM-DD`, local, never shifted by time zones. */
export const dateSchema = z
  .string({ error: `expected ${DATE_HINT}` })
  // abort: a date in the wrong form is one problem, not also "not a real calendar date"
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `expected ${DATE_HINT}`, abort: true })
  .refine(isCalendarDate, { error: 'this is not a real calendar date' })
  .describe(`A calendar date, ${DATE_HINT}.`);

/** An identifier: lower-case letters, digits and hyphens, as used in file names and commands. */
export const idSchema = z
  .string({ error: 'expected an id such as `registered-users`' })
  .regex(/^[a-z0-9][a-z0-9-]*$/, {
    error: 'an id uses lower-case letters, digits and hyphens only, for example `registered-users`',
  })
  .describe(
    'An identifier: lower-case letters, digits and hyphens, for example `registered-users`.',
  );

const finite = z.number({ error: 'expected a number, written with a decimal point: 12.5' });

/** One term of the programme, measured in whole years from the programme's start. */
export const termSchema = z.strictObject({
  /** Short id used in project files and `--term`, for example `short`. */
  id: idSchema.describe('Short id used in project files and with --term, for example `short`.'),
  /** The plan's own name for the term, for example "Korte termijn (0–2 jaar)". */
  label: z
    .string()
    .min(1)
    .describe('The plan\'s own name for the term, for example "Korte termijn (0–2 jaar)".'),
  /** Years after the programme's start at which the term begins. */
  from_year: finite.min(0).describe('Years after the programme start at which the term begins.'),
  /** Years after the programme's start at which the term ends; leave out for an open end (5+). */
  to_year: finite
    .min(0)
    .optional()
    .describe(
      'Years after the programme start at which the term ends; leave out for an open-ended term.',
    ),
});

/** The bands that turn progress into a status word. Fractions, not percentages. */
export const thresholdsSchema = z.strictObject({
  /** On track when progress is at least this share of the expected progress. Default 0.85. */
  on_track: finite
    .min(0)
    .max(1)
    .default(0.85)
    .describe('On track when progress ≥ this share of expected progress. Default 0.85.'),
  /** At risk when progress is at least this share of the expected progress. Default 0.60. */
  at_risk: finite
    .min(0)
    .max(1)
    .default(0.6)
    .describe('At risk when progress ≥ this share of expected progress. Default 0.60.'),
  /** Too early to judge while expected progress is below this share. Default 0.10. */
  too_early: finite
    .min(0)
    .max(1)
    .default(0.1)
    .describe('Too early to judge while expected progress is below this. Default 0.10.'),
  /** A keep indicator is at risk within this share beyond its target, off track further. Default 0.05. */
  keep_band: finite
    .min(0)
    .max(1)
    .default(0.05)
    .describe('A keep indicator is at risk within this share beyond its target. Default 0.05.'),
  /** Extra time, as a share of the cadence, before a latest value counts as stale. Default 0.5. */
  stale_grace: finite
    .min(0)
    .max(10)
    .default(0.5)
    .describe('Extra time, as a share of the cadence, before a value is stale. Default 0.5.'),
});

/** `programme.yaml`: the programme as a whole. */
export const programmeSchema = z.strictObject({
  /** Short id of the programme, for example `ub2030`. */
  id: idSchema.describe('Short id of the programme, for example `ub2030`.'),
  /** Full title as it appears on reports. */
  title: z.string().min(1).describe('Full title as it appears on reports.'),
  /** The organisation that runs the programme. */
  organisation: z.string().min(1).optional().describe('The organisation that runs the programme.'),
  /** First day of the programme; term offsets count from here. */
  start: dateSchema.describe('First day of the programme; term offsets count from here.'),
  /** Last day of the programme. Every date in the programme must fall on or before it. */
  horizon: dateSchema.describe('Last day of the programme; every date must fall on or before it.'),
  /** Language of the plan's own texts, and of ub2030's output unless --lang says otherwise: nl or en. */
  language: z
    .enum(['nl', 'en'])
    .optional()
    .describe(
      "Language of the plan's texts and of the output (unless --lang): nl or en. Default: the computer's locale.",
    ),
  /** The terms, in order. */
  terms: z
    .array(termSchema)
    .min(1, { error: 'list at least one term' })
    .describe('The terms, in order.'),
  /** Status bands; every field has a default. */
  thresholds: thresholdsSchema.prefault({}).describe('Status bands; every field has a default.'),
});

/** What is measured. `score` needs a scale; `number` is a named unit with optional bounds. */
export const UNITS = ['count', 'percent', 'score', 'minutes', 'euro', 'number'] as const;
export const DIRECTIONS = ['increase', 'decrease', 'keep'] as const;
export const AGGREGATIONS = ['level', 'events', 'ratio'] as const;
export const CADENCES = ['daily', 'weekly', 'monthly', 'quarterly', 'yearly'] as const;
export const PROJECT_STATES = ['planned', 'active', 'completed', 'paused', 'stopped'] as const;

/** A dated value: used for baselines. */
export const baselineSchema = z.strictObject({
  /** The value at the start, in the indicator's unit. For a count of events this is usually 0. */
  value: finite.describe(
    "The value at the start, in the indicator's unit. Usually 0 for a count of events.",
  ),
  /** When the baseline was measured. Leave out only when unknown: the project's start is used. */
  date: dateSchema
    .optional()
    .describe(
      "When the baseline was measured. Without it the project's start is used, with a warning.",
    ),
});

/** A value to reach by a date: the target itself and its intermediate milestones. */
export const milestoneSchema = z.strictObject({
  /** The value to reach, in the indicator's unit. */
  value: finite.describe("The value to reach, in the indicator's unit."),
  /** The date by which it should be reached. */
  date: dateSchema.describe('The date by which it should be reached.'),
});

export const targetSchema = z.strictObject({
  /** The value to reach. For a count of events: the total from the baseline date to the deadline. */
  value: finite.describe(
    'The value to reach. For a count of events: the total from the baseline date to the deadline.',
  ),
  /** The date by which the target should be reached. */
  deadline: dateSchema.describe('The date by which the target should be reached.'),
  /** For `direction: keep`: how far the value may lie from the target on either side. Default 0. */
  tolerance: finite
    .min(0)
    .optional()
    .describe('For direction keep: how far the value may lie from the target on either side.'),
  /** Intermediate values to reach on the way, each with its date. */
  milestones: z
    .array(milestoneSchema)
    .optional()
    .describe('Intermediate values to reach on the way, each with its date.'),
});

/** The lower and upper bound of a score or a named unit. */
export const scaleSchema = z.strictObject({
  /** Lowest possible value. */
  min: finite.optional().describe('Lowest possible value.'),
  /** Highest possible value. */
  max: finite.optional().describe('Highest possible value.'),
});

/** For a ratio indicator: what the two recorded parts are. */
export const ratioSchema = z.strictObject({
  /** What the first part counts, for example "interactions". */
  numerator: z.string().min(1).describe('What the first part counts, for example "interactions".'),
  /** What the second part counts, for example "followers". */
  denominator: z.string().min(1).describe('What the second part counts, for example "followers".'),
  /** The quotient is multiplied by this: 100 for a percentage. Default 1. */
  factor: finite
    .positive()
    .default(1)
    .describe('The quotient is multiplied by this: 100 for a percentage. Default 1.'),
});

/** One measurable outcome indicator of a project, as written (the baseline date may be missing). */
export const indicatorSchema = z.strictObject({
  /** Id, unique within the project; measurements name it. */
  id: idSchema.describe('Id, unique within the project; measurements name it.'),
  /** The plan's own wording of the indicator. */
  title: z.string().min(1).describe("The plan's own wording of the indicator."),
  /** count, percent, score (needs `scale`), minutes, euro, or number (a named unit). */
  unit: z
    .enum(UNITS)
    .describe('count, percent, score (needs scale), minutes, euro, or number (a named unit).'),
  /** The name of a `number` unit, for example "NPS points". */
  unit_name: z
    .string()
    .min(1)
    .optional()
    .describe('The name of a number unit, for example "NPS points".'),
  /** Bounds of a score (required) or of a named unit (optional). */
  scale: scaleSchema
    .optional()
    .describe('Bounds of a score (required) or of a named unit (optional).'),
  /** Which way is good: increase, decrease, or keep (stay within the target's tolerance). */
  direction: z
    .enum(DIRECTIONS)
    .describe("Which way is good: increase, decrease, or keep within the target's tolerance."),
  /** How values combine: level (latest counts), events (values add up), ratio (from two parts). */
  aggregation: z
    .enum(AGGREGATIONS)
    .describe(
      'level: the latest value counts; events: values add up; ratio: computed from two parts.',
    ),
  /** For a ratio indicator: what the two parts are. */
  ratio: ratioSchema.optional().describe('For a ratio indicator: what the two parts are.'),
  /** How often the indicator is measured. */
  cadence: z.enum(CADENCES).describe('How often the indicator is measured.'),
  /** Where the indicator starts. */
  baseline: baselineSchema.describe('Where the indicator starts.'),
  /** Where the indicator should be, and by when. */
  target: targetSchema.describe('Where the indicator should be, and by when.'),
  /** How the figure is obtained, in a sentence. */
  method: z.string().optional().describe('How the figure is obtained, in a sentence.'),
});

/** `projects/<id>.yaml`: one project, as written. */
export const projectFieldsSchema = z.strictObject({
  /** Id, the same as the file name without `.yaml`. */
  id: idSchema.describe('Id, the same as the file name without .yaml.'),
  /** The plan's title of the project. */
  title: z.string().min(1).describe("The plan's title of the project."),
  /** The id of the term the project belongs to, as listed in programme.yaml. */
  term: idSchema.describe(
    'The id of the term the project belongs to, as listed in programme.yaml.',
  ),
  /** The plan's goal text. */
  goal: z.string().min(1).describe("The plan's goal text."),
  /** Who leads the project. */
  owner: z.string().min(1).optional().describe('Who leads the project.'),
  /** When the project runs. */
  period: z
    .strictObject({
      /** First day of the project. */
      start: dateSchema.describe('First day of the project.'),
      /** Last day of the project. */
      end: dateSchema.describe('Last day of the project.'),
    })
    .describe('When the project runs.'),
  /** planned, active, completed, paused or stopped. */
  state: z.enum(PROJECT_STATES).describe('planned, active, completed, paused or stopped.'),
  /** The measurable outcome indicators. */
  indicators: z
    .array(indicatorSchema)
    .min(1, { error: 'list at least one indicator' })
    .describe('The measurable outcome indicators.'),
});

type IndicatorAsWritten = z.infer<typeof indicatorSchema>;

/** An indicator as the rest of ub2030 sees it: its baseline always has a date. */
export type Indicator = Omit<IndicatorAsWritten, 'baseline'> & {
  baseline: { value: number; date: string };
};

/**
 * Gives an indicator without a baseline date the project's start as its baseline date.
 * NOTE: the date is assumed, not measured; `validate` warns about it (rule `no-baseline-date`).
 */
export function withBaselineDate(indicator: IndicatorAsWritten, projectStart: string): Indicator {
  const { value, date } = indicator.baseline;
  return { ...indicator, baseline: { value, date: date ?? projectStart } };
}

/** `projects/<id>.yaml`: one project, with every indicator's baseline date filled in. */
export const projectSchema = projectFieldsSchema.transform((project) => ({
  ...project,
  indicators: project.indicators.map((item) => withBaselineDate(item, project.period.start)),
}));
/** An earlier value of a measurement, kept when `ub2030 record --replace` overwrote it. */
export const historySchema = z.strictObject({
  /** The earlier value. */
  value: finite.optional().describe('The earlier value.'),
  /** For a ratio indicator: the earlier first part. */
  numerator: finite.optional().describe('For a ratio indicator: the earlier first part.'),
  /** For a ratio indicator: the earlier second part. */
  denominator: finite.optional().describe('For a ratio indicator: the earlier second part.'),
  /** The earlier note. */
  note: z.string().optional().describe('The earlier note.'),
  /** Where the earlier figure came from. */
  source: z.string().optional().describe('Where the earlier figure came from.'),
  /** Who recorded the earlier value. */
  by: z.string().optional().describe('Who recorded the earlier value.'),
  /** The day the earlier value was replaced. */
  replaced: dateSchema.describe('The day the earlier value was replaced.'),
});

/** One logged value. */
export const measurementSchema = z.strictObject({
  /** The id of the indicator in this project. */
  indicator: idSchema.describe('The id of the indicator in this project.'),
  /** The day the value applies to (the last day of the period it covers). */
  date: dateSchema.describe('The day the value applies to: the last day of the period it covers.'),
  /** The value, in the indicator's unit. A ratio indicator records its parts instead. */
  value: finite
    .optional()
    .describe(
      "The value, in the indicator's unit. A ratio indicator records its two parts instead.",
    ),
  /** For a ratio indicator: the first part (for example interactions). */
  numerator: finite
    .optional()
    .describe('For a ratio indicator: the first part, for example interactions.'),
  /** For a ratio indicator: the second part (for example followers). */
  denominator: finite
    .optional()
    .describe('For a ratio indicator: the second part, for example followers.'),
  /** Anything a reader should know about this value. */
  note: z.string().optional().describe('Anything a reader should know about this value.'),
  /** Where the figure comes from. */
  source: z.string().optional().describe('Where the figure comes from.'),
  /** Who recorded it. */
  by: z.string().optional().describe('Who recorded it.'),
  /** Earlier values of this entry, oldest first, kept when `ub2030 record --replace` overwrote them. */
  history: z
    .array(historySchema)
    .optional()
    .describe(
      'Earlier values of this entry, oldest first, kept when `ub2030 record --replace` overwrote them.',
    ),
});

/** `measurements/<project-id>.yaml`: the log of one project. */
export const measurementLogSchema = z.strictObject({
  /** The id of the project this log belongs to. */
  project: idSchema.describe('The id of the project this log belongs to.'),
  /** The logged values, oldest first; new ones are appended at the end. */
  measurements: z
    .array(measurementSchema)
    .nullable()
    .default([])
    .describe('The logged values, oldest first; new ones are appended at the end.'),
});

export type Term = z.infer<typeof termSchema>;
export type Thresholds = z.infer<typeof thresholdsSchema>;
export type Programme = z.infer<typeof programmeSchema>;
export type Project = z.infer<typeof projectSchema>;
export type Measurement = z.infer<typeof measurementSchema>;
export type HistoryItem = z.infer<typeof historySchema>;
export type MeasurementLog = z.infer<typeof measurementLogSchema>;
export type Unit = (typeof UNITS)[number];
export type Direction = (typeof DIRECTIONS)[number];
export type Aggregation = (typeof AGGREGATIONS)[number];
export type Cadence = (typeof CADENCES)[number];
