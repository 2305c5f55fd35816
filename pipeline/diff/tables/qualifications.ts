/**
 * What a `class-spec` diff compares of its qualifications: the minimum set
 * (who qualifies: major, with the 1.x ids), the desirable and preferred sets
 * (never who qualifies: one minor id family), licences and legal requirements.
 */
import type { ClassSpecBody, QualificationSet, Substitution } from "../../../schemas/index.js";
import type { PathOf } from "../../shared/pointer.js";
import type { ChangeIds } from "../collect.js";
import type { Field, ListField, TextField } from "../fields.js";
import { SECTIONS } from "../labels.js";

type Body = ClassSpecBody;
type SetName = "minimum" | "desirable" | "preferred";

/** The direction prefixes the text, so a direction flip is a reworded substitution. */
function substitutionText(substitution: Substitution): string {
  const direction = {
    "education-for-experience": "Education for experience: ",
    "experience-for-education": "Experience for education: ",
    other: "",
  }[substitution.direction];
  return `${direction}${substitution.text}`;
}

const EMPTY: QualificationSet = {
  text: null,
  education: null,
  experience: null,
  alternatives: [],
  substitutions: [],
  notes: [],
};

interface Part {
  path: "text" | "education" | "experience" | "alternatives" | "substitutions" | "notes";
  label: string;
  /** 1.x location key of a minimum field, so its fingerprints stay the same. */
  key: string;
  about: string;
  minimumIds: ChangeIds;
}

const PARTS: readonly Part[] = [
  {
    path: "text",
    label: "qualifications",
    key: "qualifications",
    about: "Qualifications as printed, when not split into education and experience",
    minimumIds: {
      changed: "requirements-text-changed",
      added: "requirements-text-added",
      removed: "requirements-text-removed",
    },
  },
  {
    path: "education",
    label: "education",
    key: "education",
    about: "The education requirement",
    minimumIds: {
      changed: "education-requirement-changed",
      added: "education-requirement-added",
      removed: "education-requirement-removed",
    },
  },
  {
    path: "experience",
    label: "experience",
    key: "experience",
    about: "The experience requirement",
    minimumIds: {
      changed: "experience-requirement-changed",
      added: "experience-requirement-added",
      removed: "experience-requirement-removed",
    },
  },
  {
    path: "alternatives",
    label: "alternative",
    key: "alternatives",
    about: "An alternative way to qualify ('Either 1. ... or 2. ...')",
    minimumIds: {
      changed: "requirement-alternative-changed",
      added: "requirement-alternative-added",
      removed: "requirement-alternative-removed",
      moved: "requirement-alternative-moved",
    },
  },
  // Substitutions pair by text; the direction is part of what the text says.
  {
    path: "substitutions",
    label: "substitution",
    key: "substitutions",
    about: "A substitution (education for experience or the reverse)",
    minimumIds: {
      changed: "substitution-changed",
      added: "substitution-added",
      removed: "substitution-removed",
      moved: "substitution-moved",
    },
  },
  {
    path: "notes",
    label: "note",
    key: "notes",
    about: "A note that qualifies the requirements ('NOTE: experience must ...')",
    minimumIds: {
      changed: "requirement-note-changed",
      added: "requirement-note-added",
      removed: "requirement-note-removed",
      moved: "requirement-note-moved",
    },
  },
];

/** Minimum labels read as in 1.x: "Education requirement", "Substitution". */
const MINIMUM_LABELS: Readonly<Record<Part["path"], string>> = {
  text: "Minimum qualifications",
  education: "Education requirement",
  experience: "Experience requirement",
  alternatives: "Alternative way to qualify",
  substitutions: "Substitution",
  notes: "Requirement note",
};

const PREFERENCE_IDS: ChangeIds = {
  changed: "preference-changed",
  added: "preference-added",
  removed: "preference-removed",
  moved: "preference-moved",
};

function setField(which: SetName, part: Part): Field<Body> {
  const minimum = which === "minimum";
  const set = (body: Body) => body.qualifications[which] ?? EMPTY;
  const name = which === "desirable" ? "Desirable" : "Preferred";
  const common = {
    // A set's parts below it: ["qualifications", <set>, <part>] is a path of the body.
    path: ["qualifications", which, part.path] as PathOf<Body>,
    section: minimum ? SECTIONS.requirements : SECTIONS.preferences,
    label: minimum ? MINIMUM_LABELS[part.path] : `${name} ${part.label}`,
    key: minimum ? part.key : `${which}:${part.key}`,
    severity: minimum ? ("major" as const) : ("minor" as const),
    ids: minimum ? part.minimumIds : PREFERENCE_IDS,
    about: minimum
      ? part.about
      : "A desirable or preferred qualification (never decides who qualifies)",
  };
  if (part.path === "text" || part.path === "education" || part.path === "experience") {
    const path = part.path;
    const field: TextField<Body> = { ...common, compare: "text", read: (body) => set(body)[path] };
    return field;
  }
  const path = part.path;
  const field: ListField<Body> = {
    ...common,
    compare: "list",
    read: (body) =>
      path === "substitutions" ? set(body).substitutions.map(substitutionText) : set(body)[path],
  };
  return field;
}

export const QUALIFICATION_FIELDS: ReadonlyArray<Field<Body>> = [
  ...PARTS.map((part) => setField("minimum", part)),
  {
    compare: "list",
    path: ["qualifications", "licenses"],
    section: SECTIONS.requirements,
    label: "Licence or certification",
    key: "licenses",
    severity: "major",
    ids: {
      changed: "license-changed",
      added: "license-added",
      removed: "license-removed",
      moved: "license-moved",
    },
    about: "A licence or certification required",
    read: (body) => body.qualifications.licenses,
  },
  {
    compare: "text",
    path: ["qualifications", "legal"],
    section: SECTIONS.requirements,
    label: "Legal requirements",
    key: "legal",
    severity: "major",
    ids: {
      changed: "legal-requirements-changed",
      added: "legal-requirements-added",
      removed: "legal-requirements-removed",
    },
    about: "The legal requirements",
    read: (body) => body.qualifications.legal,
  },
  ...PARTS.map((part) => setField("desirable", part)),
  ...PARTS.map((part) => setField("preferred", part)),
];
