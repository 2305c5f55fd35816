/** A series of classes per document (e.g. an Iowa classification guideline). */
import type { Kind } from "../../types.js";
import { distinctionChart } from "./checks/distinction-chart.js";
import { classSeriesRules } from "./rules.js";

export const classSeries: Kind<"class-series"> = {
  name: "class-series",
  rules: classSeriesRules,
  checks: [distinctionChart],
};
