/** `--severity ID=LEVEL` (as oasdiff's severity overrides): checked against the change catalogue. */
import type { SeverityOverrides } from "../../diff/index.js";
import type { ChangeSeverity } from "../../diff/types.js";

/** Reads the overrides against the catalogue, which loads only when a diff runs. */
export async function parseSeverityOverrides(
  values: readonly string[],
): Promise<{ overrides: SeverityOverrides } | { error: string }> {
  const { CHANGE_CATALOGUE, CHANGE_IDS, SEVERITIES } = await import("../../diff/index.js");
  const overrides = new Map<string, ChangeSeverity>();
  for (const value of values) {
    const [id = "", level = ""] = value.split("=", 2);
    const known = CHANGE_CATALOGUE.some((entry) => entry.id === id);
    if (!known || id === CHANGE_IDS.parseDifference)
      return {
        error: `Unexpected change id '${id}' in --severity ${value}, expected one of the ids 'classpec diff --list-changes' prints (parse-difference excepted)`,
      };
    if (!(SEVERITIES as readonly string[]).includes(level))
      return {
        error: `Unexpected level '${level}' in --severity ${value}, expected one of: ${SEVERITIES.join(", ")}`,
      };
    overrides.set(id, level as ChangeSeverity);
  }
  return { overrides };
}
