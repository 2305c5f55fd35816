/**
 * Stage 5 for class series, whoever publishes them: level scope from the
 * charts, supervision from distinctions, exclusions.
 */
import type { ClassSeriesBody } from "../../../schemas/index.js";
import type { DocFile } from "../../file.js";
import {
  supervisionAlternatives,
  supervisionFacts,
  supervisionSentence,
} from "../../rules/supervision.js";
import { seriesAt } from "../../shared/pointer.js";
import { splitSentences } from "../../shared/sentences.js";
import type { Interpretation, RulesResult } from "../../types.js";
import { RuleList } from "../rule-list.js";

const SOURCE = "class-series";

export function classSeriesRules(
  interpretation: Interpretation<"class-series">,
  file: DocFile,
): RulesResult {
  const body: ClassSeriesBody = interpretation.body;
  const list = new RuleList();
  const add = (rule: Parameters<RuleList["add"]>[0], from: string) =>
    list.add(rule, interpretation.provenance[from]);

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
        seriesAt("charts", chartIndex, "cells", cellIndex, "text"),
      );
    });
  });
  body.distinctions.forEach((distinction, index) => {
    const at = seriesAt("distinctions", index, "text");
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
      seriesAt("exclusions", index),
    );
  });
  return list.result();
}
