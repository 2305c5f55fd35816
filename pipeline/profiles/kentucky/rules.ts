/**
 * Stage 5 for Kentucky: body -> rules. The patterns are shared
 * (pipeline/rules/); this file only decides which fields feed which.
 */
import type { ClassSpecBody, Place, Rule } from "../../../schemas/index.js";
import type { DocFile } from "../../file.js";
import { conditionFacts } from "../../rules/condition.js";
import { educationFacts, experienceFacts, isRequirementLike } from "../../rules/requirement.js";
import { substitutionFacts } from "../../rules/substitution.js";
import { splitSentences } from "../../shared/sentences.js";
import type { Interpretation, RulesResult } from "../../types.js";

const SOURCE = "kentucky";
const REQUIREMENT_ID = {
  education: "requirement-education",
  experience: "requirement-experience",
} as const;

class RuleList {
  readonly rules: Rule[] = [];
  readonly provenance: Record<string, Place> = {};
  private readonly used = new Map<string, number>();

  /** Ids are stable across revisions: a kind and a subject, numbered only when repeated. */
  id(base: string): string {
    const count = (this.used.get(base) ?? 0) + 1;
    this.used.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  }

  add(rule: Rule, place: Place | undefined): void {
    if (place) this.provenance[`/rules/${this.rules.length}`] = place;
    this.rules.push(rule);
  }
}

export function kentuckyRules(interpretation: Interpretation, file: DocFile): RulesResult {
  if (interpretation.kind !== "class-spec") return { rules: [], provenance: {} };
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
    { category: "education", read: educationFacts, expected: "a degree, diploma or credential" },
    { category: "experience", read: experienceFacts, expected: "years or areas of experience" },
  ] as const;
  for (const { category, read, expected } of requirements) {
    const at = `/body/minimumRequirements/${category}`;
    for (const sentence of splitSentences(body.minimumRequirements[category] ?? "")) {
      const facts = read(sentence);
      const id = list.id(REQUIREMENT_ID[category]);
      if (facts)
        list.add({ id, type: "requirement", text: sentence, category, ...facts }, placeOf(at));
      else if (isRequirementLike(sentence)) unrecognized(sentence, at, expected);
    }
  }
  body.minimumRequirements.substitutions.forEach((substitution, index) => {
    const at = `/body/minimumRequirements/substitutions/${index}/text`;
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
          replaces: REQUIREMENT_ID[facts.target],
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
      source?.place ?? placeOf("/body/probation/initialMonths"),
    );
  }
  const conditionFields: Array<[string, string | null]> = [
    ["/body/specialRequirements", body.specialRequirements],
    ...body.additionalRequirements.map((text, index): [string, string] => [
      `/body/additionalRequirements/${index}`,
      text,
    ]),
  ];
  for (const [at, text] of conditionFields) {
    for (const sentence of splitSentences(text ?? "")) {
      const conditions = conditionFacts(sentence);
      for (const condition of conditions) {
        list.add(
          {
            id: list.id(`condition-${condition.subject}`),
            type: "condition",
            text: sentence,
            ...condition,
          },
          placeOf(at),
        );
      }
      if (conditions.length === 0 && isRequirementLike(sentence))
        unrecognized(sentence, at, "a condition (licence, screening, check)");
    }
  }
  return { rules: list.rules, provenance: list.provenance };
}
