/** Kentucky Personnel Cabinet class specifications: one class per document. */

import { dateOrder } from "../../checks/date-order.js";
import { runChecks } from "../../checks/define.js";
import { salaryConsistency } from "../../checks/salary-consistency.js";
import type { Profile } from "../../types.js";
import { interpretKentucky } from "./body.js";
import { detectKentucky } from "./detect.js";
import { kentuckyRules } from "./rules.js";
import { KENTUCKY_VOCABULARY } from "./vocabulary.js";

export const kentucky: Profile = {
  name: "kentucky",
  kind: "class-spec",
  jurisdiction: { code: "US-KY", name: "Commonwealth of Kentucky" },
  vocabulary: KENTUCKY_VOCABULARY,
  detect: detectKentucky,
  interpret: (extracted, file) => interpretKentucky(extracted.lines, file),
  rules: kentuckyRules,
  check: (interpretation, rules, file) =>
    runChecks([salaryConsistency, dateOrder], interpretation, rules, file),
};
