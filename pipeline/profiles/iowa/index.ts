/** Iowa DAS classification-guideline series: one series of classes per document. */
import { runChecks } from "../../checks/define.js";
import { distinctionChart } from "../../checks/distinction-chart.js";
import type { Profile } from "../../types.js";
import { interpretIowa } from "./body.js";
import { detectIowa } from "./detect.js";
import { iowaRules } from "./rules.js";
import { IOWA_VOCABULARY } from "./vocabulary.js";

export const iowa: Profile = {
  name: "iowa",
  kind: "class-series",
  jurisdiction: { code: "US-IA", name: "State of Iowa" },
  vocabulary: IOWA_VOCABULARY,
  detect: detectIowa,
  interpret: interpretIowa,
  rules: iowaRules,
  check: (interpretation, rules, file) =>
    runChecks([distinctionChart], interpretation, rules, file),
};
