/**
 * Qualifications a program can evaluate (schema 2.0; 2.1 adds optional fields): the requirement of a
 * qualification set as a small expression tree of terms, the exact credit of
 * a substitution, and the candidate and answer of `classpec qualify`.
 *
 * The tree has a fixed depth (a group of terms or of groups of terms): deep
 * enough for "either 1. a degree and two years or 2. four years", and
 * without recursion, so the published JSON Schema and the compiled validator
 * stay plain. Every node keeps the text it was read from; a clause that is
 * not modelled exactly is a `text` term (with a warning in the document),
 * never a guessed term.
 */
import { z } from "zod";

const text = z.string();
const nonNegative = z.number().nonnegative();

// ------------------------------------------------------------------- amounts

/** The unit of an {@link Amount}: years or months of experience, semester or quarter hours of education. */
export const AmountUnit = z.enum(["year", "month", "semester-hour", "quarter-hour"]);

/** A quantity a requirement names: how much of a unit ("two years", "24 semester hours"). */
export const Amount = z.strictObject({ amount: nonNegative, unit: AmountUnit }).meta({
  title: "Amount",
  description: "A printed quantity: 'six (6) months', '30 semester hours'",
});

// -------------------------------------------------------------------- credit

/** What one thing counts for in place of another ("year for year", "in full", or unstated). */
export const SubstitutionCredit = z
  .discriminatedUnion("kind", [
    z.strictObject({ kind: z.literal("full") }).meta({
      description:
        "The substitute replaces the whole requirement it names ('will substitute for the experience requirement')",
    }),
    z.strictObject({ kind: z.literal("amount"), amount: Amount }).meta({
      description:
        "The substitute, held, counts once for this much of the requirement ('will substitute for one year of the required experience')",
    }),
    z
      .strictObject({
        kind: z.literal("rate"),
        give: Amount.meta({ description: "This much of the substitute ..." }),
        get: Amount.meta({ description: "... counts for this much of the requirement" }),
        cap: Amount.exactOptional().meta({
          description: "At most this much of the requirement ('up to a maximum of two years')",
        }),
      })
      .meta({
        description:
          "An exchange rate: 'on a year-for-year basis' is 1 year : 1 year; 'thirty (30) semester hours equal one year' is 30 semester-hour : 1 year",
      }),
    z.strictObject({ kind: z.literal("unstated") }).meta({
      description:
        "The sentence states no credit classpec can read exactly (the document warns); an evaluator cannot use it",
    }),
  ])
  .meta({ title: "SubstitutionCredit" });

// --------------------------------------------------------------------- terms

/** The level of education a term asks for, from high school to a doctorate, or coursework. */
export const EducationLevel = z.enum([
  "high-school",
  "certificate",
  "associate",
  "bachelor",
  "master",
  "doctorate",
  "professional",
  "coursework",
]);

/** The level of experience a term asks for, from paraprofessional to management. */
export const ExperienceLevel = z.enum([
  "paraprofessional",
  "professional",
  "lead",
  "supervisory",
  "management",
]);

const termBase = {
  text: text.meta({ description: "The sentence or clause the term was read from, as printed" }),
  requirement: z.string().exactOptional().meta({
    description: "id of the requirement rule read from the same sentence (what substitutions name)",
  }),
};

/** A requirement of education: a level, an amount, the fields of study. */
export const EducationTerm = z
  .strictObject({
    kind: z.literal("education"),
    ...termBase,
    level: EducationLevel,
    fields: z.array(text).meta({ description: "Fields of study named; empty: any field" }),
    relatedField: z.boolean().meta({
      description: "'or a related field': a field not named may count, as the agency decides",
    }),
    relatedAs: text.exactOptional().meta({
      description:
        "The related clause as printed, when it names a kind ('a related natural science')",
    }),
    hours: Amount.exactOptional().meta({
      description:
        "The amount of college study required: credit hours ('60 semester hours') or years of college ('two years of college': 2 year) (2.1)",
    }),
    grade: z.number().int().min(1).max(11).exactOptional().meta({
      description:
        "For level `high-school`: a school grade to complete short of graduating ('completion of the tenth grade': 10); absent: graduation (2.1)",
    }),
  })
  .meta({ title: "EducationTerm" });

/** A part of an experience term the whole must include ("including one year in a correctional setting"). */
export const ExperiencePart = z
  .strictObject({
    text,
    years: nonNegative,
    areas: z.array(text),
    level: ExperienceLevel.exactOptional(),
    settings: z.array(text),
  })
  .meta({
    title: "ExperiencePart",
    description:
      "'including one year in a correctional setting': experience the whole must include",
  });

/** A requirement of experience: an amount, a level, the areas it must be in. */
export const ExperienceTerm = z
  .strictObject({
    kind: z.literal("experience"),
    ...termBase,
    years: nonNegative,
    areas: z.array(text).meta({ description: "Areas of work named; empty: any experience" }),
    relatedArea: z.boolean(),
    level: ExperienceLevel.exactOptional().meta({
      description: "'professional experience', 'in a supervisory capacity'",
    }),
    settings: z.array(text).meta({
      description: "Where it must have been gained ('in a correctional setting'); empty: anywhere",
    }),
    includes: z.array(ExperiencePart),
    amountUnstated: z.literal(true).exactOptional().meta({
      description:
        "The sentence prints no amount ('Experience in automotive repair.'): some experience is required, more than none, and any amount meets it; `years` is 0 (2.1)",
    }),
    asClass: z.literal(true).exactOptional().meta({
      description:
        "The areas are class titles the experience was served in ('One year as a Seed Bank Technician 1'): a candidate's area must name the class in full (2.1)",
    }),
    narrowedBy: z
      .array(z.strictObject({ pointer: text, text }))
      .exactOptional()
      .meta({ description: "Notes that narrow the experience, with their place in the body" }),
  })
  .meta({ title: "ExperienceTerm" });

function credentialTerm<Kind extends "license" | "certification">(kind: Kind, title: string) {
  return z
    .strictObject({
      kind: z.literal(kind),
      ...termBase,
      name: text.meta({
        description: "The licence or certification named ('Licensed Practical Nurse')",
      }),
    })
    .meta({ title });
}

/** A licence the spec requires, with the sentence that names it. */
export const LicenseTerm = credentialTerm("license", "LicenseTerm");
/** A certification the spec requires, with the sentence that names it. */
export const CertificationTerm = credentialTerm("certification", "CertificationTerm");

/** A requirement kept as its printed sentence: it could not be read as a term without leaving something out. */
export const TextTerm = z.strictObject({ kind: z.literal("text"), ...termBase }).meta({
  title: "TextTerm",
  description: "A clause not modelled exactly, kept as printed; it decides as 'cannot tell'",
});

const TERMS = [EducationTerm, ExperienceTerm, LicenseTerm, CertificationTerm, TextTerm] as const;
const Term = z.discriminatedUnion("kind", TERMS);

function group<Kind extends "allOf" | "anyOf">(kind: Kind, title: string) {
  return z.strictObject({ kind: z.literal(kind), text, items: z.array(Term) }).meta({ title });
}

/** Terms and groups that must all be met. */
export const AllOfGroup = group("allOf", "AllOfGroup");
/** Terms and groups of which one must be met ("either … or", "OR"). */
export const AnyOfGroup = group("anyOf", "AnyOfGroup");

/** A qualification's condition: allOf / anyOf of terms and of groups of terms. */
export const QualificationExpression = z
  .strictObject({
    kind: z.enum(["allOf", "anyOf"]),
    text,
    items: z.array(z.discriminatedUnion("kind", [...TERMS, AllOfGroup, AnyOfGroup])),
  })
  .meta({
    title: "QualificationExpression",
    description: "allOf / anyOf of terms and of groups of terms",
  });

/** Which set a rule reads: the minimum (decides), desirable or preferred (never decide). */
export const QualificationSetName = z.enum(["minimum", "desirable", "preferred"]);

/** One set of a spec's qualifications as a rule: its expression and the sentences it came from. */
export const QualificationRule = z
  .strictObject({
    id: z.string(),
    text,
    type: z.literal("qualification"),
    set: QualificationSetName.meta({
      description: "Only `minimum` decides who qualifies; desirable and preferred never do",
    }),
    expression: QualificationExpression,
  })
  .meta({ title: "QualificationRule" });

// ------------------------------------------------------------ the candidate

/** A candidate's education, experience, training and licences, as `qualify` takes them. */
export const Candidate = z
  .strictObject({
    education: z
      .array(
        z.strictObject({
          level: EducationLevel,
          field: text.exactOptional(),
          semesterHours: nonNegative.exactOptional().meta({
            description:
              "College credit hours completed (semester hours), with or without a degree",
          }),
          grade: z.number().int().min(1).max(11).exactOptional().meta({
            description:
              "For level `high-school`: the last school grade completed, without graduating (10: the tenth grade); absent: graduated (2.1)",
          }),
        }),
      )
      .exactOptional(),
    experience: z
      .array(
        z.strictObject({
          years: nonNegative,
          area: text.meta({
            description:
              "The area of work; experience in a class is stated by its title ('Seed Bank Technician 1')",
          }),
          level: ExperienceLevel.exactOptional(),
          setting: text.exactOptional(),
        }),
      )
      .exactOptional(),
    training: z
      .array(z.strictObject({ years: nonNegative, area: text }))
      .exactOptional()
      .meta({ description: "Technical or vocational training, in years" }),
    licenses: z
      .array(text)
      .exactOptional()
      .meta({ description: "Licences and certifications held" }),
  })
  .meta({ id: "Candidate", title: "Candidate" });

// --------------------------------------------------------------- the answer

/** `qualify`'s verdict: qualifies, does not qualify, or cannot tell from the text. */
export const QualifyOutcome = z.enum(["qualifies", "does-not-qualify", "cannot-tell"]);

/** One step of a `qualify` answer: a term's outcome, pointing to the printed sentence. */
export const QualifyStep = z
  .strictObject({
    outcome: z.enum(["met", "not-met", "unknown", "credit", "assumed", "not-deciding"]),
    message: text,
    pointer: text.meta({ description: "JSON pointer of the rule node in the spec document" }),
    text: text.meta({ description: "The spec's printed sentence" }),
    place: z
      .strictObject({
        startLine: z.number().int().positive(),
        endLine: z.number().int().positive(),
        page: z.number().int().positive().exactOptional(),
      })
      .exactOptional(),
  })
  .meta({ title: "QualifyStep" });

/** What `qualify` returns: the verdict, what is missing, and the steps that decided. */
export const QualifyAnswer = z
  .strictObject({
    spec: z.strictObject({ id: text, title: text }),
    answer: QualifyOutcome,
    deciding: z.array(QualifyStep).meta({ description: "The steps that decided the answer" }),
    missing: z.array(text).meta({ description: "What the candidate lacks, in words" }),
    steps: z.array(QualifyStep).meta({ description: "Every step of the evaluation, in order" }),
  })
  .meta({ id: "QualifyAnswer", title: "QualifyAnswer" });

export type Amount = z.infer<typeof Amount>;
export type AmountUnit = z.infer<typeof AmountUnit>;
export type SubstitutionCredit = z.infer<typeof SubstitutionCredit>;
export type EducationLevel = z.infer<typeof EducationLevel>;
export type ExperienceLevel = z.infer<typeof ExperienceLevel>;
export type EducationTerm = z.infer<typeof EducationTerm>;
export type ExperienceTerm = z.infer<typeof ExperienceTerm>;
export type ExperiencePart = z.infer<typeof ExperiencePart>;
/** A licence or certification term. */
export type CredentialTerm = z.infer<typeof LicenseTerm> | z.infer<typeof CertificationTerm>;
export type TextTerm = z.infer<typeof TextTerm>;
/** Any single term of a qualification: education, experience, credential or text. */
export type QualificationTerm = z.infer<typeof Term>;
/** An allOf or anyOf group of terms. */
export type TermGroup = z.infer<typeof AllOfGroup> | z.infer<typeof AnyOfGroup>;
export type QualificationExpression = z.infer<typeof QualificationExpression>;
export type QualificationSetName = z.infer<typeof QualificationSetName>;
export type QualificationRule = z.infer<typeof QualificationRule>;
export type Candidate = z.infer<typeof Candidate>;
export type QualifyOutcome = z.infer<typeof QualifyOutcome>;
export type QualifyStep = z.infer<typeof QualifyStep>;
export type QualifyAnswer = z.infer<typeof QualifyAnswer>;
