import type { Profile } from "../../types.js";

export const kentucky: Profile = {
  name: "kentucky",
  kind: "class-spec",
  jurisdiction: { code: "US-KY", name: "Commonwealth of Kentucky" },
  detect: () => ({ score: 0, reasons: [] }),
  interpret: () => undefined,
  rules: () => ({ rules: [], provenance: {} }),
  check: () => {},
};
