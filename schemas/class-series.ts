/** The class-series body: a series guideline of several classes (Iowa's), one kind of schemas/kinds.ts. */
import { z } from "zod";

const text = z.string();

/**
 * An array of at least one item, typed as the non-empty tuple the published
 * declarations (`classpec/types`) give it, so the two types are the same. The
 * runtime check is `.min(1)`, which the JSON Schema says as `minItems: 1`.
 */
function nonEmptyArray<Item extends z.ZodType>(item: Item) {
  return z.array(item).min(1) as unknown as z.ZodType<
    [z.output<Item>, ...z.output<Item>[]],
    [z.input<Item>, ...z.input<Item>[]]
  >;
}

export const SeriesClass = z
  .strictObject({
    codes: nonEmptyArray(text),
    title: text,
    level: z.number().int().positive(),
  })
  .meta({ title: "SeriesClass" });

export const AreaOfWork = z
  .strictObject({
    number: z.number().int().positive(),
    name: text,
    focus: text.nullable(),
    duties: z.array(text),
  })
  .meta({ title: "AreaOfWork" });

export const Distinction = z
  .strictObject({
    level: z.number().int().positive(),
    title: text,
    text,
  })
  .meta({ title: "Distinction" });

export const ChartCell = z
  .strictObject({
    level: z.number().int().positive(),
    heading: text,
    text: text.nullable().meta({ description: "null where the cell says n/a" }),
  })
  .meta({ title: "ChartCell" });

export const Chart = z
  .strictObject({
    area: z.number().int().positive(),
    name: text,
    cells: z.array(ChartCell),
  })
  .meta({ title: "Chart" });

export const ClassSeriesBody = z
  .strictObject({
    classes: z.array(SeriesClass),
    concept: text.nullable(),
    areasOfWork: z.array(AreaOfWork),
    exclusions: z.array(text),
    distinctions: z.array(Distinction),
    charts: z.array(Chart),
    /** Lead-ins printed to introduce a list ("Typical duties include:"): kept, not lost. */
    notices: z.array(text),
    effectiveDate: z
      .strictObject({
        printed: text.meta({ description: "As printed after 'Effective Date:' ('11/98')" }),
        yearMonth: z
          .string()
          .regex(/^\d{4}-(?:0[1-9]|1[0-2])$/)
          .exactOptional()
          .meta({ description: "YYYY-MM, when the printed date parses ('11/98' -> '1998-11')" }),
      })
      .exactOptional()
      .meta({ description: "The guideline's footer 'Effective Date: …', when it has one" }),
  })
  .meta({ title: "ClassSeriesBody" });

export type ClassSeriesBody = z.infer<typeof ClassSeriesBody>;
