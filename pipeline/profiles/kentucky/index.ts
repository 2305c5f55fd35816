/** Kentucky Personnel Cabinet class specifications: one class per document. */
import type { Profile } from "../../types.js";
import { interpretKentucky } from "./body.js";
import { detectKentucky } from "./detect.js";
import { KENTUCKY_VOCABULARY } from "./vocabulary.js";

export const kentucky: Profile<"class-spec"> = {
  name: "kentucky",
  kind: "class-spec",
  jurisdiction: { code: "US-KY", name: "Commonwealth of Kentucky" },
  vocabulary: KENTUCKY_VOCABULARY,
  detect: detectKentucky,
  interpret: (extracted, file) => interpretKentucky(extracted.lines, file),
};
