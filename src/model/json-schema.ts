/**
 * The JSON Schema of each kind of file, generated from the zod schemas: the field descriptions
 * become the documentation editors show while people type. Draft 7, which editors know best.
 */
import * as z from 'zod';
import { measurementLogSchema, programmeSchema, projectSchema } from './schema.js';

interface SchemaFile {
  /** File name in the schema folder. */
  name: string;
  schema: z.ZodType;
  title: string;
  description: string;
}

const FILES: SchemaFile[] = [
  {
    name: 'programme.schema.json',
    schema: programmeSchema,
    title: 'ub2030 programme.yaml',
    description: 'The programme as a whole: title, start, horizon, terms and status bands.',
  },
  {
    name: 'project.schema.json',
    schema: projectSchema,
    title: 'ub2030 projects/<id>.yaml',
    description: 'One project of the programme: goal, period, state and outcome indicators.',
  },
  {
    name: 'measurements.schema.json',
    schema: measurementLogSchema,
    title: 'ub2030 measurements/<project-id>.yaml',
    description: "The log of one project's measured values, oldest first.",
  },
];

/** File name → file text, exactly as `ub2030 schema` writes it. */
export function jsonSchemaFiles(): Map<string, string> {
  return new Map(
    FILES.map(({ name, schema, title, description }) => {
      // The schema describes what people write (the input), before defaults are filled in.
      const generated = z.toJSONSchema(schema, { target: 'draft-7', io: 'input' }) as Record<
        string,
        unknown
      >;
      const { $schema, ...rest } = generated;
      const text = JSON.stringify({ $schema, title, description, ...rest }, null, 2);
      return [name, `${text}\n`];
    }),
  );
}
