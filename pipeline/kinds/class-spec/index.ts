/** One class per document (e.g. a Kentucky class specification). */
import type { Kind } from "../../types.js";
import { dateOrder } from "./checks/date-order.js";
import { salaryConsistency } from "./checks/salary-consistency.js";
import { classSpecRules } from "./rules.js";

export const classSpec: Kind<"class-spec"> = {
  name: "class-spec",
  rules: classSpecRules,
  checks: [salaryConsistency, dateOrder],
};
