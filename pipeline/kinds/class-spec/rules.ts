/**
 * Stage 5 for class specs, whoever publishes them: body -> rules. The
 * patterns are shared (pipeline/rules/); this file only decides which fields
 * feed which.
 */
import type { ClassSpecBody, Credential, RequirementRule } from "../../../schemas/index.js";
import type { DocFile } from "../../file.js";
import { conditionFacts, mentionsCondition } from "../../rules/condition.js";
import {
  educationFacts,
  experienceFacts,
  isRequirementLike,
  licenseFacts,
} from "../../rules/requirement.js";
import { replacedCredential, substitutionFacts, type Target } from "../../rules/substitution.js";
import { countDurations } from "../../shared/numbers.js";
import { specAt } from "../../shared/pointer.js";
import { splitSentences } from "../../shared/sentences.js";
import type { Interpretation, RulesResult } from "../../types.js";
import { RuleList } from "../rule-list.js";

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
  for (const { section, read: facts, expected } of requirements) {
    const at = specAt("qualifications", "minimum", section);
    for (const sentence of splitSentences(body.qualifications.minimum?.[section] ?? "")) {
      const found = facts(sentence);
      if (!found) {
        if (isRequirementLike(sentence)) unrecognized(sentence, at, expected);
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
      // "one year of X OR two years of Y", "at least two but no more than five years":
      // the rule holds one duration, so the sentence's other conditions must not vanish unseen.
      const durations = countDurations(sentence);
      if (found.years !== undefined && durations > 1)
        file.warn(
          "rule-partial",
          `Unexpected ${durations} durations in one requirement sentence, expected one: the rule holds only ${found.years} year(s); read the sentence for the others: "${sentence}"`,
          { pointer: at, place: placeOf(at), source: SOURCE },
        );
    }
  }
  body.qualifications.minimum?.substitutions.forEach((substitution, index) => {
    const at = specAt("qualifications", "minimum", "substitutions", index, "text");
    for (const sentence of splitSentences(substitution.text)) {
      const facts = substitutionFacts(sentence);
      if (!facts) {
        if (isRequirementLike(sentence))
          unrecognized(sentence, at, "'<X> will substitute for <requirement>'");
        continue;
      }
      list.add(
        {
          id: list.id(`substitution-${facts.substitute.category}-for-${facts.target}`),
          type: "substitution",
          text: sentence,
          substitute: facts.substitute,
          replaces: replacedId(read, facts.target, replacedCredential(sentence)),
          basis: facts.basis,
        },
        placeOf(at),
      );
    }
  });
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
