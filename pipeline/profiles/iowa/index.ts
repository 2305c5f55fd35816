/** Iowa DAS classification-guideline series: one series of classes per document. */
import type { Profile } from "../../types.js";
import { interpretIowa } from "./body.js";
import { detectIowa } from "./detect.js";
import { IOWA_VOCABULARY } from "./vocabulary.js";

export const iowa: Profile<"class-series"> = {
  name: "iowa",
  kind: "class-series",
  jurisdiction: { code: "US-IA", name: "State of Iowa" },
  vocabulary: IOWA_VOCABULARY,
  detect: detectIowa,
  interpret: interpretIowa,
};
