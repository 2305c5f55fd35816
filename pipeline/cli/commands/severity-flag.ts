/** `--severity ID=LEVEL` (as oasdiff's severity overrides): checked against the change catalogue. */
import type { SeverityOverrides } from "../../diff/index.js";
import type { ChangeSeverity } from "../../diff/types.js";
import { didYouMean } from "../suggest.js";

/** Reads the overrides against the catalogue, which loads only when a diff runs. */
export async function parseSeverityOverrides(
  values: readonly string[],
): Promise<{ overrides: SeverityOverrides } | { error: string }> {
  const { CHANGE_CATALOGUE, CHANGE_IDS, SEVERITIES } = await import("../../diff/index.js");
  const overrides = new Map<string, ChangeSeverity>();
  for (const value of values) {
    const [id = "", level = ""] = value.split("=", 2);
    const known = CHANGE_CATALOGUE.some((entry) => entry.id === id);
    const ids = CHANGE_CATALOGUE.map((entry) => entry.id).filter(
      (candidate) => candidate !== CHANGE_IDS.parseDifference,
    );
    if (!known || id === CHANGE_IDS.parseDifference)
      return {
        error: `Unknown change id '${id}' in '--severity ${value}', expected an id 'classpec diff --list-changes' prints (parse-difference excepted).${didYouMean(id, ids)}`,
      };
    if (!(SEVERITIES as readonly string[]).includes(level))
      return {
        error: `Unknown level '${level}' in '--severity ${value}', expected one of: ${SEVERITIES.join(", ")}.${didYouMean(level, SEVERITIES)}`,
      };
    overrides.set(id, level as ChangeSeverity);
  }
  return { overrides };
}
