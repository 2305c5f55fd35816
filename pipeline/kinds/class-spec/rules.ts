/**
 * Stage 5 for class specs, whoever publishes them: body -> rules. The
 * patterns are shared (pipeline/rules/); this file only decides which fields
 * feed which.
 */
import type {
  ClassSpecBody,
  Credential,
  Place,
  QualificationSet,
  RequirementRule,
  SubstitutionRule,
} from "../../../schemas/index.js";
import type { QualificationTerm } from "../../../schemas/qualifications.js";
import type { DocFile } from "../../file.js";
import { conditionFacts, mentionsCondition } from "../../rules/condition.js";
import { unmodelledSubstitution } from "../../rules/coverage.js";
import { fieldIn } from "../../rules/credentials.js";
import {
  educationFacts,
  experienceFacts,
  isRequirementLike,
  licenseFacts,
} from "../../rules/requirement.js";
import {
  replacedCredential,
  substituteWords,
  substitutionFacts,
  type Target,
} from "../../rules/substitution.js";
import { EDUCATION_LEVELS } from "../../rules/terms.js";
import { tokensOf } from "../../shared/amounts.js";
import { specAt } from "../../shared/pointer.js";
import { splitSentences } from "../../shared/sentences.js";
import type { Interpretation, RulesResult } from "../../types.js";
import { RuleList } from "../rule-list.js";
import {
  PREFERENCE,
  QualificationBuilder,
  type SectionKind,
  type SetSentence,
} from "./qualification.js";

const SOURCE = "class-spec";
const REQUIREMENT_ID = {
  education: "requirement-education",
  experience: "requirement-experience",
} as const;

type RequirementFacts = Omit<RequirementRule, "id" | "type" | "text">;

/** An EDUCATION sentence: a degree or diploma, else a licence or certification held. */
function educationRequirement(sentence: string): RequirementFacts | undefined {
  const facts = educationFacts(sentence);
  return facts ? { category: "education", ...facts } : licenseFacts(sentence);
}

function experienceRequirement(sentence: string): RequirementFacts | undefined {
  const facts = experienceFacts(sentence);
  return facts ? { category: "experience", ...facts } : undefined;
}

/**
 * The requirement a substitution replaces: of the target's category, the one
 * with the credential the sentence names ("... for the associate degree"),
 * else the first. Without any, the category's usual id, so the reference
 * stays stable when the requirement is added back in a revision.
 */
function replacedId(
  requirements: readonly RequirementRule[],
  target: Target,
  credential: Credential | undefined,
): string {
  const candidates = requirements.filter((rule) => rule.category === target);
  const named = credential && candidates.find((rule) => rule.credential === credential);
  return (named || candidates[0])?.id ?? REQUIREMENT_ID[target];
}

/** "Experience and education may be substituted for one another": the whole sentence, nothing more. */
function isMutual(sentence: string): boolean {
  const words = tokensOf(sentence)
    .map((token) => token.word)
    .filter((word) => word !== ".");
  const pair = words.slice(0, 3).join(" ");
  const rest = words.slice(3).join(" ");
  return (
    (pair === "experience and education" || pair === "education and experience") &&
    /^(?:may|can) be substituted for (?:one another|each other)$/.test(rest)
  );
}

export function classSpecRules(
  interpretation: Interpretation<"class-spec">,
  file: DocFile,
): RulesResult {
  const body: ClassSpecBody = interpretation.body;
  const placeOf = (at: string) => interpretation.provenance[at];
  const list = new RuleList();
  const unrecognized = (sentence: string, at: string, expected: string) => {
    file.warn(
      "rule-unrecognized",
      `Unexpected requirement sentence no pattern reads: "${sentence}", expected ${expected}`,
      {
        pointer: at,
        place: placeOf(at),
        source: SOURCE,
      },
    );
  };

  const requirements = [
    {
      section: "education",
      read: educationRequirement,
      expected: "a degree, diploma, licence or certification",
    },
    {
      section: "experience",
      read: experienceRequirement,
      expected: "years or areas of experience",
    },
  ] as const;
  const read: RequirementRule[] = [];
  const minimum = new QualificationBuilder(file, "minimum");
  const preferred = new QualificationBuilder(file, "preferred");
  const set = body.qualifications.minimum;
  // A substitution sentence printed in the education or experience paragraph is its substitution
  // rule, not a term every candidate must meet.
  const substitutionTexts = (set?.substitutions ?? []).map((substitution) => substitution.text);
  const isSubstitution = (sentence: string) =>
    /\bsubstitut/i.test(sentence) && substitutionTexts.some((text) => text.includes(sentence));
  // "... is generally preferred." printed among the minimums: a preference, which decides nothing.
  const addMinimum = (sentence: SetSentence) => {
    if (PREFERENCE.test(sentence.text)) {
      preferred.add(sentence);
      file.warn(
        "rule-partial",
        `Preference printed among the minimum qualifications, counted as preferred (it does not decide who qualifies): "${sentence.text}"`,
        { pointer: sentence.at, place: sentence.place, source: SOURCE },
      );
    } else minimum.add(sentence);
  };
  // Printed alternatives ("Either I ... Or II ...") are the set's anyOf; a sentence the reader
  // also filed under education or experience belongs to its alternative, not to every one.
  const alternatives = set?.alternatives ?? [];
  const inAlternative = (sentence: string) =>
    alternatives.some((alternative) => alternative.includes(sentence));
  alternatives.forEach((alternative, index) => {
    const at = specAt("qualifications", "minimum", "alternatives", index);
    minimum.addAlternative(
      splitSentences(alternative).map((text) => ({
        text: withoutLabel(text),
        section: "any" as const,
        at,
        place: placeOf(at),
      })),
    );
  });
  // A set printed as one text (or paragraphs beside the education and experience ones) without
  // alternatives: each sentence read by whichever reads it.
  if (set?.text && alternatives.length === 0) {
    const at = specAt("qualifications", "minimum", "text");
    for (const text of splitSentences(set.text))
      if (!isSubstitution(text)) addMinimum({ text, section: "any", at, place: placeOf(at) });
  }
  for (const { section, read: facts, expected } of requirements) {
    const at = specAt("qualifications", "minimum", section);
    for (const sentence of splitSentences(body.qualifications.minimum?.[section] ?? "")) {
      if (isSubstitution(sentence)) continue;
      const found = facts(sentence);
      if (!found) {
        if (!inAlternative(sentence))
          addMinimum({ text: sentence, section, at, place: placeOf(at) });
        // A sentence a qualification term models ("two years of college with courses in …") is read.
        if (isRequirementLike(sentence) && !minimum.models(sentence))
          unrecognized(sentence, at, expected);
        continue;
      }
      const rule: RequirementRule = {
        id: list.id(`requirement-${found.category}`),
        type: "requirement",
        text: sentence,
        ...found,
      };
      read.push(rule);
      list.add(rule, placeOf(at));
      if (!inAlternative(sentence))
        addMinimum({ text: sentence, section, at, place: placeOf(at), requirement: rule.id });
    }
  }
  // Licences and certifications the spec requires (every publisher's licence section): terms of
  // the minimum set beside the rest, unless the set's own text already printed them.
  const printed = [set?.text, set?.education, set?.experience, ...alternatives].join("\n");
  body.qualifications.licenses.forEach((licence, index) => {
    const at = specAt("qualifications", "licenses", index);
    for (const text of splitSentences(licence))
      if (!printed.includes(text)) addMinimum({ text, section: "license", at, place: placeOf(at) });
  });
  // Notes that qualify the requirement: the set's own, and Kentucky's "NOTE: ..." among the notices.
  body.qualifications.minimum?.notes.forEach((note, index) => {
    const at = specAt("qualifications", "minimum", "notes", index);
    // "NOTE: College coursework ... may substitute for ...": read as its substitution rule below.
    if (!isSubstitution(note.replace(/^NOTE\s*:\s*/i, ""))) minimum.note(note, at, placeOf(at));
  });
  body.notices.forEach((notice, index) => {
    const at = specAt("notices", index);
    if (/^NOTE\s*:\s*/i.test(notice)) minimum.note(notice, at, placeOf(at));
  });
  // A term no requirement rule was read from names its kind's usual id: the rule it names, read
  // from the term, so no id dangles and substitutions "for the required education" reach it.
  for (const { id, term, place } of minimum.namedRequirements()) {
    if (read.some((rule) => rule.id === id)) continue;
    const rule = requirementOf(list.id(id), term);
    if (!rule) continue;
    read.push(rule);
    list.add(rule, place);
  }
  // A substitution for a requirement the minimum qualifications do not state replaces nothing.
  const addSubstitution = (rule: SubstitutionRule, sentence: string, at: string) => {
    if (read.some((requirement) => requirement.id === rule.replaces)) list.add(rule, placeOf(at));
    else
      file.warn(
        "rule-partial",
        `Substitution for a requirement the minimum qualifications do not state (${rule.replaces}), not kept as a rule: "${sentence}"`,
        { pointer: at, place: placeOf(at), source: SOURCE },
      );
  };
  body.qualifications.minimum?.substitutions.forEach((substitution, index) => {
    const at = specAt("qualifications", "minimum", "substitutions", index, "text");
    for (const sentence of splitSentences(substitution.text)) {
      if (isMutual(sentence)) {
        // "Experience and education may be substituted for one another": each for the other,
        // how much not stated (a candidate holding either may get credit: "cannot-tell").
        for (const [from, to] of [
          ["education", "experience"],
          ["experience", "education"],
        ] as const)
          addSubstitution(
            {
              id: list.id(`substitution-${from}-for-${to}`),
              type: "substitution",
              text: sentence,
              substitute: {
                category: from,
                description: from === "education" ? "Education" : "Experience",
              },
              replaces: replacedId(read, to, undefined),
              credit: { kind: "unstated" },
            },
            sentence,
            at,
          );
        file.warn(
          "rule-partial",
          `Unexpected substitution credit: education and experience substitute for one another with no amount and no "in full"; each credit is kept as unstated: "${sentence}"`,
          { pointer: at, place: placeOf(at), source: SOURCE },
        );
        continue;
      }
      const facts = substitutionFacts(sentence);
      if (!facts) {
        if (isRequirementLike(sentence))
          unrecognized(sentence, at, "'<X> will substitute for <requirement>'");
        continue;
      }
      const unread = unmodelledSubstitution(sentence, substituteWords(facts));
      if (unread.length > 0)
        file.warn(
          "rule-partial",
          `Substitution sentence modelled in part: "${sentence}"; not modelled: ${unread.map((run) => `"${run}"`).join(", ")}`,
          { pointer: at, place: placeOf(at), source: SOURCE },
        );
      if (facts.credit.unclear)
        file.warn(
          "rule-partial",
          `Unexpected substitution credit: ${facts.credit.unclear}; its credit is kept as ${facts.credit.credit.kind}: "${sentence}"`,
          { pointer: at, place: placeOf(at), source: SOURCE },
        );
      // "Additional qualifying experience": experience of the kind the set requires.
      const required = minimum.requiredAreas();
      const substitute =
        facts.substitute.category === "experience" &&
        /\bqualifying\s+experience\b/i.test(sentence) &&
        required
          ? { ...facts.substitute, areas: required }
          : facts.substitute;
      addSubstitution(
        {
          id: list.id(`substitution-${facts.substitute.category}-for-${facts.target}`),
          type: "substitution",
          text: sentence,
          substitute,
          replaces: replacedId(read, facts.target, replacedCredential(sentence)),
          credit: facts.credit.credit,
        },
        sentence,
        at,
      );
    }
  });
  const qualification = minimum.build("qualification-minimum");
  if (qualification) list.add(qualification.rule, qualification.place, qualification.parts);
  // Desirable and preferred sets: built for the trace, never deciding (pipeline/qualify/).
  const desirable = new QualificationBuilder(file, "desirable");
  for (const [name, builder] of [
    ["desirable", desirable],
    ["preferred", preferred],
  ] as const) {
    const other = body.qualifications[name];
    if (other) addSet(builder, other, name, placeOf);
    const built = builder.build(`qualification-${name}`);
    if (built) list.add(built.rule, built.place, built.parts);
  }
  if (body.probation) {
    const source = interpretation.sources?.probation;
    list.add(
      {
        id: "probation",
        type: "probation",
        text: source?.text ?? "",
        initialMonths: body.probation.initialMonths,
        promotionalMonths: body.probation.promotionalMonths,
      },
      source?.place ?? placeOf(specAt("probation", "initialMonths")),
    );
  }
  const conditionFields: Array<[string, string | null]> = [
    [specAt("qualifications", "special"), body.qualifications.special],
    ...body.additionalRequirements.map((text, index): [string, string] => [
      specAt("additionalRequirements", index),
      text,
    ]),
  ];
  for (const [at, text] of conditionFields) {
    for (const sentence of splitSentences(text ?? "")) {
      const conditions = conditionFacts(sentence);
      for (const { subject, modality } of conditions) {
        list.add(
          {
            id: list.id(`condition-${subject}`),
            type: "condition",
            text: sentence,
            subject,
            modality,
          },
          placeOf(at),
        );
      }
      // A condition named without a modal ("A background check will be conducted") is not silence either.
      if (conditions.length === 0 && (isRequirementLike(sentence) || mentionsCondition(sentence)))
        unrecognized(sentence, at, "a condition (licence, screening, check, age)");
    }
  }
  return list.result();
}

/** Every sentence of a desirable or preferred set as a term of its builder; its substitutions warned. */
function addSet(
  builder: QualificationBuilder,
  set: QualificationSet,
  name: "desirable" | "preferred",
  placeOf: (at: string) => Place | undefined,
): void {
  const sentence = (text: string, section: SectionKind, at: string): SetSentence => ({
    text: withoutLabel(text),
    section,
    at,
    place: placeOf(at),
  });
  set.alternatives.forEach((alternative, index) => {
    const at = specAt("qualifications", name, "alternatives", index);
    builder.addAlternative(splitSentences(alternative).map((text) => sentence(text, "any", at)));
  });
  const inAlternative = (text: string) => set.alternatives.some((entry) => entry.includes(text));
  for (const section of ["text", "education", "experience"] as const) {
    const at = specAt("qualifications", name, section);
    const kind: SectionKind = section === "text" ? "any" : section;
    for (const text of splitSentences(set[section] ?? ""))
      if (!inAlternative(text)) builder.add(sentence(text, kind, at));
  }
  set.notes.forEach((note, index) => {
    const at = specAt("qualifications", name, "notes", index);
    builder.note(note, at, placeOf(at));
  });
  set.substitutions.forEach((_, index) => {
    const at = specAt("qualifications", name, "substitutions", index, "text");
    builder.unmodelled(at, placeOf(at), `a substitution in the ${name} qualifications`);
  });
}

/** The requirement rule a term stands for: its sentence, kind, credential or years and areas. */
function requirementOf(id: string, term: QualificationTerm): RequirementRule | undefined {
  const base = { id, type: "requirement" as const, text: term.text };
  if (term.kind === "education") {
    const field = fieldIn(term.text);
    return {
      ...base,
      category: "education",
      // "Completion of the tenth grade" is no diploma: a school grade names no credential.
      ...(EDUCATION_LEVELS.has(term.level) && term.grade === undefined
        ? { credential: term.level as Credential }
        : {}),
      ...(field ? { field } : {}),
    };
  }
  if (term.kind === "experience")
    return {
      ...base,
      category: "experience",
      ...(term.amountUnstated ? {} : { years: term.years }),
      ...(term.areas.length > 0 ? { areas: term.areas } : {}),
    };
  return undefined;
}

/** "Experience: Six months of ..." -> "Six months of ...": an alternative's own field label. */
function withoutLabel(sentence: string): string {
  return sentence.replace(/^\s*(?:education|experience|training)\s*:\s*/i, "");
}
