/**
 * The output contract of classpec (docs/architecture.md, "Output contract").
 *
 * These zod schemas are the single source of truth: the JSON Schemas in
 * `schemas/json/` and the declarations in `schemas/types/` are generated from
 * them (`npm run generate`). Field names are public API: rename only with a
 * schema major version; adding fields is free.
 */
import { z } from "zod";
import { DOCUMENT_KINDS, KIND_NAMES, type KindName as RegisteredKind } from "./kinds.js";
import {
  Amount,
  ExperienceLevel,
  QualificationRule,
  SubstitutionCredit,
} from "./qualifications.js";

export const SCHEMA_VERSION = "2.1.0";
/**
 * The versions a document may claim: this one, and the earlier minors of its major. A minor
 * only adds optional fields, so a document written under 2.0.0 is a valid 2.1.0 document, and
 * a consumer's CI validating stored output against the newer schema keeps passing. classpec
 * always writes `SCHEMA_VERSION`.
 */
export const READABLE_SCHEMA_VERSIONS = ["2.0.0", SCHEMA_VERSION] as const;
export const SCHEMA_BASE_URI = "https://classpec.dev/schemas/2.1.0";

const text = z.string();
const nonNegative = z.number().nonnegative();

// ---------------------------------------------------------------- shared parts

export const Locality = z
  .strictObject({
    kind: z.enum(["county", "city", "other"]),
    name: text,
  })
  .meta({
    title: "Locality",
    description: "The county, city or other body below the subdivision that publishes the spec.",
  });

export const Jurisdiction = z
  .strictObject({
    code: z.string().regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/),
    name: text,
    locality: Locality.exactOptional(),
  })
  .meta({
    description:
      "ISO 3166-2 subdivision that publishes the spec, or whose locality (county, city) does.",
  });

export const SourceFormat = z.enum(["pdf", "text", "markdown", "html"]);

export const Source = z
  .strictObject({
    path: text.meta({
      description:
        "The input's path below its root, '/' separators: a file argument's root is its folder, a folder argument's is itself, a glob's its fixed leading folders; '-' for standard input. Never absolute, never dependent on the working directory.",
    }),
    format: SourceFormat,
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    profile: text,
    pages: z.number().int().positive().exactOptional(),
  })
  .meta({ title: "Source" });

export const Place = z
  .strictObject({
    startLine: z.number().int().positive(),
    endLine: z.number().int().positive(),
    page: z.number().int().positive().exactOptional(),
  })
  .meta({ title: "Place" });

export const Provenance = z.record(z.string(), Place).meta({
  description:
    "JSON pointer of a body leaf or a rule -> where it stands in the input. Empty when left out (`classpec ingest --provenance none`, or `sidecar`: then in `<name>.provenance.json` beside the document).",
});

export const Unmapped = z
  .strictObject({
    text,
    startLine: z.number().int().positive(),
    endLine: z.number().int().positive(),
    page: z.number().int().positive().exactOptional(),
  })
  .meta({ title: "Unmapped" });

export const Severity = z.enum(["error", "warning", "info"]);

export const Diagnostic = z
  .strictObject({
    severity: Severity,
    code: z.string().regex(/^[a-z][a-z0-9-]*$/),
    message: text,
    pointer: z.string().exactOptional(),
    startLine: z.number().int().positive().exactOptional(),
    page: z.number().int().positive().exactOptional(),
    related: z
      .array(
        z.strictObject({
          pointer: z.string().exactOptional(),
          startLine: z.number().int().positive().exactOptional(),
          page: z.number().int().positive().exactOptional(),
        }),
      )
      .exactOptional()
      .meta({
        description:
          "Other places the diagnostic points to (e.g. the other side of a contradiction).",
      }),
    acknowledged: z.literal(true).exactOptional().meta({
      description:
        "A known warning a maintainer acknowledged for this document (`--ignore CODE@ID`): kept, not printed or counted",
    }),
  })
  .meta({ title: "Diagnostic" });

// ----------------------------------------------------------------------- rules

export const RequirementCategory = z.enum([
  "education",
  "experience",
  "training",
  "license",
  "certification",
  "other",
]);

export const Credential = z.enum([
  "high-school",
  "associate",
  "bachelor",
  "master",
  "doctorate",
  "professional",
  "certificate",
  "license",
]);

const ruleBase = { id: z.string(), text };

export const RequirementRule = z
  .strictObject({
    ...ruleBase,
    type: z.literal("requirement"),
    category: RequirementCategory,
    credential: Credential.exactOptional(),
    field: text.exactOptional(),
    years: nonNegative.exactOptional(),
    areas: z.array(text).exactOptional(),
  })
  .meta({ title: "RequirementRule" });

export const SubstitutionRule = z
  .strictObject({
    ...ruleBase,
    type: z.literal("substitution"),
    substitute: z.strictObject({
      category: RequirementCategory,
      credential: Credential.exactOptional(),
      field: text.exactOptional(),
      areas: z.array(text).exactOptional(),
      level: ExperienceLevel.exactOptional(),
      amount: Amount.exactOptional().meta({
        description: "How much of the substitute the sentence names ('Sixty (60) semester hours')",
      }),
      description: text,
    }),
    replaces: z.string().meta({ description: "id of the requirement rule it replaces" }),
    credit: SubstitutionCredit,
  })
  .meta({ title: "SubstitutionRule" });

export const ProbationRule = z
  .strictObject({
    ...ruleBase,
    type: z.literal("probation"),
    initialMonths: z.number().int().nonnegative(),
    promotionalMonths: z.number().int().nonnegative(),
  })
  .meta({ title: "ProbationRule" });

export const ConditionSubject = z.enum([
  "drivers-license",
  "drug-screening",
  "background-check",
  "prea",
  "license",
  "certification",
  "physical",
  "travel",
  "age",
  "other",
]);

export const ConditionRule = z
  .strictObject({
    ...ruleBase,
    type: z.literal("condition"),
    subject: ConditionSubject,
    modality: z.enum(["required", "may-be-required"]),
  })
  .meta({ title: "ConditionRule" });

export const ExclusionRule = z
  .strictObject({
    ...ruleBase,
    type: z.literal("exclusion"),
  })
  .meta({ title: "ExclusionRule" });

export const LevelScopeRule = z
  .strictObject({
    ...ruleBase,
    type: z.literal("level-scope"),
    level: z.number().int().positive(),
    area: z.number().int().positive(),
    applies: z.boolean(),
  })
  .meta({ title: "LevelScopeRule" });

const SupervisionReceived = z.enum(["close", "general", "limited", "none"]);
const Independence = z.enum(["low", "moderate", "high"]);

export const SupervisionAlternative = z
  .strictObject({
    text: text.meta({ description: "The clause that states this alternative, as printed" }),
    received: SupervisionReceived.exactOptional().meta({
      description: "Absent when the clause states no supervision",
    }),
    independence: Independence.exactOptional(),
  })
  .meta({ title: "SupervisionAlternative" });

export const SupervisionRule = z
  .strictObject({
    ...ruleBase,
    type: z.literal("supervision"),
    level: z.number().int().positive(),
    received: SupervisionReceived,
    independence: Independence.exactOptional(),
    leadWork: z.enum(["none", "may", "commonly"]).exactOptional(),
    alternatives: z.array(SupervisionAlternative).exactOptional().meta({
      description:
        "A level filled in one of several ways ('functions at the journey level ..., or functions as a trainee under close supervision'): each way with its own supervision",
    }),
  })
  .meta({ title: "SupervisionRule" });

export const Rule = z.discriminatedUnion("type", [
  RequirementRule,
  SubstitutionRule,
  ProbationRule,
  ConditionRule,
  ExclusionRule,
  LevelScopeRule,
  SupervisionRule,
  QualificationRule,
]);

// ------------------------------------------------------------- class-spec body

// The neutral class-spec body every publisher maps onto (schema 2.0): class-spec.ts.
export * from "./class-spec.js";

// ----------------------------------------------------------- class-series body

// The series guideline body (Iowa's): class-series.ts.
export * from "./class-series.js";

// ---------------------------------------------------------------- the document

/** `us-ky/class/20001499`, `us-wa-king/class/…`, `unknown/series/…`: one middle segment per kind. */
const ID_SEGMENTS = KIND_NAMES.map((name) => DOCUMENT_KINDS[name].idSegment).join("|");
const DOCUMENT_ID = new RegExp(
  String.raw`^(?:us-[a-z]{2}(?:-[a-z0-9]+)*|unknown)\/(?:${ID_SEGMENTS})\/[a-z0-9][a-z0-9-]*$`,
);

/** Keys in the order docs/architecture.md lists them; the emitted JSON follows this order. */
function documentSchema<Kind extends RegisteredKind, Body extends z.ZodType>(
  kind: Kind,
  body: Body,
) {
  return z.strictObject({
    schemaVersion: z.enum(READABLE_SCHEMA_VERSIONS).meta({
      description: `The schema version the document was written under: ${SCHEMA_VERSION}, or an earlier minor of its major (read as ${SCHEMA_VERSION}; a minor only adds optional fields)`,
    }),
    kind: z.literal(kind),
    id: z
      .string()
      .regex(DOCUMENT_ID)
      .meta({
        description: `<jurisdiction>/(${ID_SEGMENTS})/<slug>: the jurisdiction is us-xx, a locality below it (us-wa-king), or unknown`,
      }),
    title: text.min(1),
    jurisdiction: Jurisdiction.nullable().meta({
      description: "null: a publisher classpec has no profile for, and no --jurisdiction named one",
    }),
    publisher: text.min(1).exactOptional().meta({
      description: "The office that printed the spec, where known",
    }),
    status: z.enum(["complete", "partial"]),
    source: Source,
    body,
    rules: z.array(Rule),
    provenance: Provenance,
    unmapped: z.array(Unmapped),
    diagnostics: z.array(Diagnostic),
  });
}

type BodySchema<K extends RegisteredKind> = (typeof DOCUMENT_KINDS)[K]["body"];
type DocumentSchema<K extends RegisteredKind> =
  BodySchema<K> extends infer Body extends z.ZodType
    ? ReturnType<typeof documentSchema<K, Body>>
    : never;

function kindDocument<K extends RegisteredKind>(name: K): DocumentSchema<K> {
  const { body, definition } = DOCUMENT_KINDS[name];
  // The body is one of the union DOCUMENT_KINDS holds; the registry pairs it with its kind.
  return documentSchema(name, body).meta({
    id: definition,
    title: definition,
  }) as unknown as DocumentSchema<K>;
}

/** The document schema of each kind, made from its entry in DOCUMENT_KINDS (schemas/kinds.ts). */
const DOCUMENT_SCHEMAS = Object.fromEntries(
  KIND_NAMES.map((name) => [name, kindDocument(name)]),
) as unknown as { readonly [K in RegisteredKind]: DocumentSchema<K> };

export const ClassSpecDocument = DOCUMENT_SCHEMAS["class-spec"];
export const ClassSeriesDocument = DOCUMENT_SCHEMAS["class-series"];

type AnyDocumentSchema = (typeof DOCUMENT_SCHEMAS)[RegisteredKind];

export const SpecDocument = z
  .discriminatedUnion(
    "kind",
    KIND_NAMES.map((name) => DOCUMENT_SCHEMAS[name]) as unknown as [
      AnyDocumentSchema,
      ...AnyDocumentSchema[],
    ],
  )
  .meta({ title: "SpecDocument", description: "One classpec output file." });

export type Jurisdiction = z.infer<typeof Jurisdiction>;
export type Locality = z.infer<typeof Locality>;
export type SourceFormat = z.infer<typeof SourceFormat>;
export type Source = z.infer<typeof Source>;
export type Place = z.infer<typeof Place>;
export type Provenance = z.infer<typeof Provenance>;
export type Unmapped = z.infer<typeof Unmapped>;
export type Diagnostic = z.infer<typeof Diagnostic>;
export type Severity = z.infer<typeof Severity>;
export type Rule = z.infer<typeof Rule>;
export type RequirementRule = z.infer<typeof RequirementRule>;
export type SubstitutionRule = z.infer<typeof SubstitutionRule>;
export type ConditionRule = z.infer<typeof ConditionRule>;
export type ProbationRule = z.infer<typeof ProbationRule>;
export type ExclusionRule = z.infer<typeof ExclusionRule>;
export type LevelScopeRule = z.infer<typeof LevelScopeRule>;
export type SupervisionRule = z.infer<typeof SupervisionRule>;
export type SupervisionAlternative = z.infer<typeof SupervisionAlternative>;
export type RequirementCategory = z.infer<typeof RequirementCategory>;
export type Credential = z.infer<typeof Credential>;
export type ClassSpecDocument = z.infer<typeof ClassSpecDocument>;
export type ClassSeriesDocument = z.infer<typeof ClassSeriesDocument>;
export type SpecDocument = z.infer<typeof SpecDocument>;
/** A document kind's name: one entry of schemas/kinds.ts, where a kind is registered. */
export type KindName = SpecDocument["kind"];
