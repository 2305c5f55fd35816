/**
 * What a `class-spec` diff compares of the work and its conditions:
 * definition, distinguishing characteristics, qualifications, duties,
 * knowledge/skills/abilities, conditions, classification, what one publisher
 * alone prints, notices.
 */
import type { ClassSpecBody, Duty, KsaGroup } from "../../../schemas/index.js";
import { type Field, keyed } from "../fields.js";
import { SECTIONS } from "../labels.js";
import { normalizeText } from "../normalize.js";
import { pairByKey } from "../pair.js";
import { noticesField } from "./notices.js";
import { QUALIFICATION_FIELDS } from "./qualifications.js";

type Body = ClassSpecBody;
type Factor = NonNullable<Body["extensions"]["us-nh"]>["evaluationFactors"][number];

/** "Production — (Journey) Schedules jobs.": the area and level printed with a duty are part of it. */
function dutyText(duty: Duty): string {
  const area = duty.area === undefined ? "" : `${duty.area} — `;
  const level = duty.level === undefined ? "" : `(${duty.level}) `;
  return `${area}${level}${duty.text}`;
}

const KSA_NAMES: Readonly<Record<KsaGroup["kind"], string>> = {
  knowledge: "Knowledge",
  skill: "Skills",
  ability: "Abilities",
  mixed: "Knowledge, skills and abilities",
};

/** A group is its kind and its lead-in: "Knowledge (Knowledge of:)". */
const ksaName = (group: KsaGroup) =>
  group.heading === null ? KSA_NAMES[group.kind] : `${KSA_NAMES[group.kind]} (${group.heading})`;

const ksaFields: ReadonlyArray<Field<KsaGroup>> = [
  {
    compare: "list",
    path: ["items"],
    section: SECTIONS.ksa,
    label: (group) => ksaName(group),
    key: "items",
    severity: "minor",
    ids: {
      changed: "ksa-item-changed",
      added: "ksa-item-added",
      removed: "ksa-item-removed",
      moved: "ksa-item-moved",
    },
    about: "An item of knowledge, skill or ability",
    read: (group) => group.items,
  },
];

const factorFields: ReadonlyArray<Field<Factor>> = [
  {
    compare: "text",
    path: ["text"],
    section: SECTIONS.extensions,
    label: (factor) => `Evaluation factor: ${factor.name}`,
    key: "text",
    severity: "minor",
    ids: { changed: "evaluation-factor-changed" },
    about: "An evaluation factor (New Hampshire)",
    read: (factor) => factor.text,
  },
];

function classificationField(key: keyof Body["classification"], label: string): Field<Body> {
  return {
    compare: "text",
    path: ["classification", key],
    section: SECTIONS.classification,
    label,
    key,
    severity: "major",
    ids: {
      changed: "classification-changed",
      added: "classification-added",
      removed: "classification-removed",
    },
    about: "An FLSA status, bargaining unit or EEO category",
    read: (body) => body.classification[key],
  };
}

export const CLASS_SPEC_WORK_FIELDS: ReadonlyArray<Field<Body>> = [
  {
    compare: "text",
    path: ["definition"],
    section: SECTIONS.characteristics,
    label: "Characteristics",
    key: "characteristics",
    severity: "minor",
    ids: {
      changed: "characteristics-changed",
      added: "characteristics-added",
      removed: "characteristics-removed",
    },
    about: "The characteristics of the class",
    read: (body) => body.definition,
  },
  {
    compare: "text",
    path: ["distinguishingCharacteristics"],
    section: SECTIONS.characteristics,
    label: "Distinguishing characteristics",
    key: "distinguishingCharacteristics",
    severity: "minor",
    ids: {
      changed: "distinguishing-characteristics-changed",
      added: "distinguishing-characteristics-added",
      removed: "distinguishing-characteristics-removed",
    },
    about: "What sets the class apart from others of its series",
    read: (body) => body.distinguishingCharacteristics,
  },
  ...QUALIFICATION_FIELDS,
  {
    compare: "text",
    path: ["qualifications", "special"],
    section: SECTIONS.special,
    label: "Special requirements",
    key: "specialRequirements",
    severity: "major",
    ids: {
      changed: "special-requirements-changed",
      added: "special-requirements-added",
      removed: "special-requirements-removed",
    },
    about: "The special requirements",
    read: (body) => body.qualifications.special,
  },
  {
    compare: "list",
    path: ["duties"],
    section: SECTIONS.duties,
    label: "Duty",
    key: "duties",
    severity: "minor",
    ids: {
      changed: "duty-changed",
      added: "duty-added",
      removed: "duty-removed",
      moved: "duty-moved",
    },
    about: "A duty",
    read: (body) => body.duties.map(dutyText),
  },
  keyed<Body, KsaGroup>({
    compare: "keyed",
    path: ["knowledgeSkillsAbilities"],
    section: SECTIONS.ksa,
    label: "Knowledge, skills and abilities",
    key: "ksa",
    severity: "minor",
    ids: { changed: "ksa-item-changed", added: "ksa-group-added", removed: "ksa-group-removed" },
    about: "A group of knowledge, skills or abilities",
    read: (body) => body.knowledgeSkillsAbilities,
    pair: (a, b) => pairByKey(a, b, (group) => normalizeText(ksaName(group)).toLowerCase()),
    itemKey: (group) => `ksa:${normalizeText(ksaName(group)).toLowerCase()}`,
    itemLabel: ksaName,
    show: (group) => group.items.map((item) => `${ksaName(group)}: ${item}`),
    fields: ksaFields,
  }),
  // Physical requirements decide who can hold the job; working conditions describe it.
  {
    compare: "text",
    path: ["conditions", "physical"],
    section: SECTIONS.physical,
    label: "Physical requirements",
    key: "physicalRequirements",
    severity: "major",
    ids: {
      changed: "physical-requirements-changed",
      added: "physical-requirements-added",
      removed: "physical-requirements-removed",
    },
    about: "The physical requirements",
    read: (body) => body.conditions.physical,
  },
  {
    compare: "text",
    path: ["conditions", "working"],
    section: SECTIONS.conditions,
    label: "Working conditions",
    key: "workingConditions",
    severity: "minor",
    ids: {
      changed: "working-conditions-changed",
      added: "working-conditions-added",
      removed: "working-conditions-removed",
    },
    about: "The working conditions",
    read: (body) => body.conditions.working,
  },
  classificationField("flsa", "FLSA status"),
  classificationField("bargainingUnit", "Bargaining unit"),
  classificationField("eeoCategory", "EEO category"),
  // Additional requirements are prose; the conditions they state are rules,
  // and a changed condition raises the change to major (rules.ts).
  {
    compare: "list",
    path: ["additionalRequirements"],
    section: SECTIONS.additional,
    label: "Additional requirement",
    key: "additionalRequirements",
    severity: "minor",
    ids: {
      changed: "additional-requirement-changed",
      added: "additional-requirement-added",
      removed: "additional-requirement-removed",
      moved: "additional-requirement-moved",
    },
    about: "An additional requirement",
    read: (body) => body.additionalRequirements,
  },
  keyed<Body, Factor>({
    compare: "keyed",
    path: ["extensions", "us-nh", "evaluationFactors"],
    section: SECTIONS.extensions,
    label: "Evaluation factor",
    key: "evaluation-factor",
    severity: "minor",
    ids: {
      changed: "evaluation-factor-changed",
      added: "evaluation-factor-added",
      removed: "evaluation-factor-removed",
    },
    about: "An evaluation factor (New Hampshire)",
    read: (body) => body.extensions["us-nh"]?.evaluationFactors ?? [],
    pair: (a, b) => pairByKey(a, b, (factor) => normalizeText(factor.name).toLowerCase()),
    itemKey: (factor) => `evaluation-factor:${normalizeText(factor.name).toLowerCase()}`,
    itemLabel: (factor) => `Evaluation factor: ${factor.name}`,
    show: (factor) => `${factor.name}: ${factor.text}`,
    fields: factorFields,
  }),
  noticesField<Body>(),
];
