/**
 * The neutral class-spec body (schema 2.0): one model for every publisher's
 * class specifications, designed from how state, county and city offices
 * write them (identity, pay, dates, definition, distinguishing
 * characteristics, duties, knowledge/skills/abilities, qualifications,
 * conditions), with what one publisher alone prints in `extensions`.
 *
 * Every field a publisher may not print is nullable or an empty list: a
 * missing section is `null`/`[]`, never a made-up value. Values are as
 * printed (whitespace normalised) with parsed numbers and dates beside them
 * where they parse; nothing parsed replaces what was printed.
 */
import { z } from "zod";

const text = z.string();
const nonNegative = z.number().nonnegative();

// -------------------------------------------------------------------- identity

export const CodeScheme = z
  .enum(["class-number", "class-code", "job-number", "job-code", "position-code", "other"])
  .meta({
    description:
      "What a printed code is: Kentucky's Job Number is `job-number` and its Job Code `job-code`; Texas's Class No. and Washington's class code are `class-number`/`class-code`; Illinois's position code is `position-code`",
  });

export const ClassCode = z
  .strictObject({
    scheme: CodeScheme,
    value: text.min(1).meta({ description: "As printed ('20001499', '1234', '07310')" }),
    label: text.exactOptional().meta({
      description: "The label printed before it, when it has one ('Job Number', 'Class No.')",
    }),
  })
  .meta({ title: "ClassCode" });

export const ClassGroup = z
  .strictObject({
    kind: z.enum(["job-group", "series", "occupational-group", "family", "other"]),
    code: text.nullable(),
    name: text.nullable(),
  })
  .meta({
    title: "ClassGroup",
    description: "The series, occupational group or job family the class belongs to",
  });

// ------------------------------------------------------------------------- pay

export const PayGrade = z
  .strictObject({
    label: text.meta({
      description:
        "What the publisher calls it, as printed: 'Grade', 'Salary Group', 'Pay Scale Group', 'Range', 'Band'",
    }),
    value: text.min(1).meta({ description: "As printed ('11', 'B17', 'PG 04', '47')" }),
    number: nonNegative.exactOptional().meta({
      description: "The number in it, when it holds exactly one ('B17' -> 17)",
    }),
  })
  .meta({ title: "PayGrade" });

export const PayPeriod = z.enum(["hour", "week", "biweekly", "semimonthly", "month", "year"]);

export const PayRange = z
  .strictObject({
    period: PayPeriod,
    hoursPerWeek: nonNegative.exactOptional(),
    min: nonNegative,
    mid: nonNegative.exactOptional(),
    max: nonNegative.exactOptional(),
    printed: text.exactOptional().meta({
      description: "The range as printed, when it is not rebuilt from a table ('$3,120 - $4,560')",
    }),
  })
  .meta({ title: "PayRange" });

export const PayEntranceRate = z
  .strictObject({
    period: PayPeriod,
    hoursPerWeek: nonNegative.exactOptional(),
    amount: nonNegative,
  })
  .meta({ title: "PayEntranceRate" });

export const Pay = z
  .strictObject({
    grades: z.array(PayGrade),
    basis: z.enum(["min-mid", "min-max", "min-mid-max", "single"]).nullable().meta({
      description:
        "Which figures a range prints: Kentucky prints MIN - MID (no maximum); null when no range is printed",
    }),
    ranges: z.array(PayRange),
    specialEntranceRates: z.array(PayEntranceRate),
  })
  .meta({ title: "Pay" });

// ----------------------------------------------------------------------- dates

export const PrintedDate = z
  .strictObject({
    printed: text.min(1).meta({ description: "As printed ('07/01/1993', '8/78', '02-20-85')" }),
    date: z.iso
      .date()
      .exactOptional()
      .meta({ description: "YYYY-MM-DD, when day, month and year print ('07/01/1993')" }),
    yearMonth: z
      .string()
      .regex(/^\d{4}-(?:0[1-9]|1[0-2])$/)
      .exactOptional()
      .meta({ description: "YYYY-MM, when month and year print without a day ('8/78')" }),
    year: z
      .number()
      .int()
      .exactOptional()
      .meta({ description: "The year, when only a year prints ('1978')" }),
  })
  .meta({
    title: "PrintedDate",
    description:
      "A date as printed, with the most precise form of it that parses (one of date, yearMonth, year; none when nothing parses)",
  });

export const DateEvent = z.enum(["established", "revised", "title-changed", "abolished", "other"]);

export const Dates = z
  .strictObject({
    established: PrintedDate.nullable(),
    revised: PrintedDate.nullable().meta({ description: "The latest revision" }),
    titleChanged: PrintedDate.nullable(),
    history: z
      .array(
        z.strictObject({
          event: DateEvent,
          date: PrintedDate,
          text: text.meta({ description: "The history line as printed" }),
        }),
      )
      .meta({
        description: "Every dated event the spec prints (a class history), in printed order",
      }),
  })
  .meta({ title: "Dates" });

// ----------------------------------------------------------------------- work

export const Duty = z
  .strictObject({
    text,
    area: text.exactOptional().meta({
      description:
        "The area or function heading the duty is printed under, when duties are grouped",
    }),
    level: text.exactOptional().meta({
      description: "The level or grade printed with the duty ('Journey', 'II')",
    }),
  })
  .meta({ title: "Duty" });

export const KsaGroup = z
  .strictObject({
    kind: z.enum(["knowledge", "skill", "ability", "mixed"]),
    heading: text.nullable().meta({
      description: "The lead-in as printed ('Knowledge of:', 'Ability to:'); null when none prints",
    }),
    items: z.array(text),
  })
  .meta({
    title: "KsaGroup",
    description: "Knowledge, skills or abilities, one group per lead-in",
  });

// -------------------------------------------------------------- qualifications

export const Substitution = z
  .strictObject({
    direction: z.enum(["education-for-experience", "experience-for-education", "other"]),
    text,
  })
  .meta({ title: "Substitution" });

export const QualificationSet = z
  .strictObject({
    text: text.nullable().meta({
      description:
        "The qualification text as printed, paragraphs separated by a blank line, when it is not split into education and experience",
    }),
    education: text.nullable(),
    experience: text.nullable(),
    alternatives: z.array(text).meta({
      description:
        "Alternative ways to qualify as printed ('Either 1. ... or 2. ...'), one entry per alternative",
    }),
    substitutions: z.array(Substitution),
    notes: z.array(text).meta({
      description:
        "Notes that qualify the requirement ('NOTE: experience must have been gained in ...')",
    }),
  })
  .meta({ title: "QualificationSet" });

export const Qualifications = z
  .strictObject({
    minimum: QualificationSet.nullable(),
    desirable: QualificationSet.nullable().meta({
      description: "Desirable: never decides who qualifies",
    }),
    preferred: QualificationSet.nullable().meta({
      description: "Preferred: never decides who qualifies",
    }),
    licenses: z
      .array(text)
      .meta({ description: "Licences and certifications required, as printed" }),
    special: text.nullable().meta({ description: "Special requirements ('NONE' -> null)" }),
    legal: text
      .nullable()
      .meta({ description: "Legal requirements (Washington's 'Legal Requirement(s)')" }),
  })
  .meta({ title: "Qualifications" });

export const Probation = z
  .strictObject({
    initialMonths: z.number().int().nonnegative(),
    promotionalMonths: z.number().int().nonnegative(),
    reference: text.nullable(),
  })
  .meta({ title: "Probation" });

export const Conditions = z
  .strictObject({
    working: text.nullable(),
    physical: text.nullable(),
  })
  .meta({ title: "Conditions" });

export const Classification = z
  .strictObject({
    flsa: text.nullable().meta({ description: "FLSA status as printed ('Exempt')" }),
    bargainingUnit: text.nullable(),
    eeoCategory: text.nullable(),
  })
  .meta({ title: "Classification" });

/**
 * What one publisher prints that fits no neutral field: one key per profile,
 * each typed by that profile. Never a place for text a neutral field holds.
 */
export const Extensions = z
  .strictObject({
    "us-nh": z
      .strictObject({
        evaluationFactors: z
          .array(z.strictObject({ name: text, text }))
          .meta({ description: "New Hampshire's evaluation factors, one per printed factor" }),
      })
      .exactOptional(),
  })
  .meta({ title: "Extensions" });

// ------------------------------------------------------------------------ body

export const ClassSpecBody = z
  .strictObject({
    codes: z
      .array(ClassCode)
      .meta({ description: "Every code printed for the class, in printed order" }),
    group: ClassGroup.nullable(),
    pay: Pay,
    dates: Dates,
    definition: text.nullable().meta({
      description:
        "Definition, nature of work, general description or summary (Kentucky's characteristics of the class)",
    }),
    distinguishingCharacteristics: text.nullable().meta({
      description:
        "What sets the class apart from others of its series (level-distinguishing factors)",
    }),
    duties: z.array(Duty),
    knowledgeSkillsAbilities: z.array(KsaGroup),
    qualifications: Qualifications,
    probation: Probation.nullable(),
    conditions: Conditions,
    classification: Classification,
    additionalRequirements: z.array(text).meta({
      description: "Other conditions of employment printed as their own section, one per paragraph",
    }),
    notices: z.array(text).meta({
      description:
        "Text the publisher prints on every spec (section preambles, statements): never class-specific",
    }),
    extensions: Extensions,
  })
  .meta({ title: "ClassSpecBody" });

export type ClassSpecBody = z.infer<typeof ClassSpecBody>;
export type ClassCode = z.infer<typeof ClassCode>;
export type PayGrade = z.infer<typeof PayGrade>;
export type PayRange = z.infer<typeof PayRange>;
export type PayEntranceRate = z.infer<typeof PayEntranceRate>;
export type PayPeriod = z.infer<typeof PayPeriod>;
export type Pay = z.infer<typeof Pay>;
export type CodeScheme = z.infer<typeof CodeScheme>;
export type ClassGroup = z.infer<typeof ClassGroup>;
export type Dates = z.infer<typeof Dates>;
export type Substitution = z.infer<typeof Substitution>;
export type Probation = z.infer<typeof Probation>;
export type Conditions = z.infer<typeof Conditions>;
export type Classification = z.infer<typeof Classification>;
export type Extensions = z.infer<typeof Extensions>;
export type PrintedDate = z.infer<typeof PrintedDate>;
export type Duty = z.infer<typeof Duty>;
export type KsaGroup = z.infer<typeof KsaGroup>;
export type QualificationSet = z.infer<typeof QualificationSet>;
export type Qualifications = z.infer<typeof Qualifications>;
