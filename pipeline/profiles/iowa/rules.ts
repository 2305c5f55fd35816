/** Stage 5 for Iowa: level scope from the charts, supervision from distinctions, exclusions. */
import type { ClassSeriesBody, Place, Rule } from "../../../schemas/index.js";
import type { DocFile } from "../../file.js";
import {
  supervisionAlternatives,
  supervisionFacts,
  supervisionSentence,
} from "../../rules/supervision.js";
import { splitSentences } from "../../shared/sentences.js";
import type { Interpretation, RulesResult } from "../../types.js";
import { SOURCE } from "./reading.js";

export function iowaRules(interpretation: Interpretation, file: DocFile): RulesResult {
  if (interpretation.kind !== "class-series") return { rules: [], provenance: {} };
  const body: ClassSeriesBody = interpretation.body;
  const rules: Rule[] = [];
  const provenance: Record<string, Place> = {};
  const add = (rule: Rule, from: string) => {
    const place = interpretation.provenance[from];
    if (place) provenance[`/rules/${rules.length}`] = place;
    rules.push(rule);
  };

  body.charts.forEach((chart, chartIndex) => {
    chart.cells.forEach((cell, cellIndex) => {
      add(
        {
          id: `level-scope-a${chart.area}-l${cell.level}`,
          type: "level-scope",
          text: cell.text ?? "n/a",
          level: cell.level,
          area: chart.area,
          applies: cell.text !== null,
        },
        `/body/charts/${chartIndex}/cells/${cellIndex}/text`,
      );
    });
  });
  body.distinctions.forEach((distinction, index) => {
    const at = `/body/distinctions/${index}/text`;
    const facts = supervisionFacts(distinction.text);
    if (!facts) {
      file.warn(
        "rule-unrecognized",
        `Unexpected class distinction for level ${distinction.level} that states no supervision, expected e.g. 'under general supervision'`,
        {
          pointer: at,
          place: interpretation.provenance[at],
          source: SOURCE,
        },
      );
      return;
    }
    const text = supervisionSentence(distinction.text, splitSentences(distinction.text));
    const alternatives = supervisionAlternatives(text);
    add(
      {
        id: `supervision-l${distinction.level}`,
        type: "supervision",
        text,
        level: distinction.level,
        ...facts,
        ...(alternatives ? { alternatives } : {}),
      },
      at,
    );
  });
  body.exclusions.forEach((exclusion, index) => {
    add(
      { id: `exclusion-${index + 1}`, type: "exclusion", text: exclusion },
      `/body/exclusions/${index}`,
    );
  });
  return { rules, provenance };
}
