/** Iowa DAS series guidelines. Placeholder until the Iowa profile lands (issue 3). */
import type { Profile } from "../../types.js";

export const iowa: Profile = {
  name: "iowa",
  kind: "class-series",
  jurisdiction: { code: "US-IA", name: "State of Iowa" },
  detect: () => ({ score: 0, reasons: ["the Iowa profile is not built yet"] }),
  interpret: (_extracted, file) => {
    file.fail("unknown-family", "The Iowa profile is not built yet");
    return undefined;
  },
  rules: () => ({ rules: [], provenance: {} }),
  check: () => {},
};
