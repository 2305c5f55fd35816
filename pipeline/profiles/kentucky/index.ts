/** Kentucky Personnel Cabinet class specifications: one class per document. */
import type { Profile } from "../../types.js";
import { interpretKentucky } from "./body.js";
import { detectKentucky } from "./detect.js";

export const kentucky: Profile<"class-spec"> = {
  name: "kentucky",
  kind: "class-spec",
  jurisdiction: { code: "US-KY", name: "Commonwealth of Kentucky" },
  detect: detectKentucky,
  interpret: (extracted, file) => interpretKentucky(extracted.lines, file),
};
