/**
 * One report per fact. A chart is numbered by the area it rates, so
 * renumbering an area changes its chart's number too: the same fact twice.
 * The chart's change is folded into the area's; a chart that now rates
 * another area than its namesake still reports `chart-area-changed`.
 */
import { normalizeText } from "./normalize.js";
import { type Change, SEVERITY_RANK } from "./types.js";

const AREA_NUMBER = "area-number-changed";
const CHART_AREA = "chart-area-changed";

export function foldChartNumbers(changes: readonly Change[]): Change[] {
  const renumbered = new Set(
    changes
      .filter((change) => change.ruleId === AREA_NUMBER)
      .map((change) => `${String(change.before)}>${String(change.after)}`),
  );
  return changes.filter(
    (change) =>
      change.ruleId !== CHART_AREA ||
      !renumbered.has(`${String(change.before)}>${String(change.after)}`),
  );
}

const PRINTED = "requirements-text-changed";
const ALTERNATIVE = "requirement-alternative-changed";

/** The qualification set a pointer is in ("/body/qualifications/minimum"). */
function setOf(pointer: string): string {
  return /^\/body\/qualifications\/[a-z]+/.exec(pointer)?.[0] ?? pointer;
}

/**
 * A set printed whole and read into alternatives too holds each alternative's
 * words twice: an edit inside one alternative is one change, at the
 * alternative, carrying the printed text's rule facts.
 */
export function foldPrintedRequirements(changes: readonly Change[]): Change[] {
  const dropped = new Set<Change>();
  const out = changes.map((change) => {
    if (change.ruleId !== ALTERNATIVE) return change;
    const { before, after } = change;
    if (typeof before !== "string" || typeof after !== "string") return change;
    const printed = changes.find(
      (other) =>
        other.ruleId === PRINTED &&
        !dropped.has(other) &&
        setOf(other.pointer) === setOf(change.pointer) &&
        typeof other.before === "string" &&
        typeof other.after === "string" &&
        normalizeText(other.before).includes(normalizeText(before)) &&
        normalizeText(other.before).replace(normalizeText(before), normalizeText(after)) ===
          normalizeText(other.after),
    );
    if (!printed) return change;
    dropped.add(printed);
    const facts = [...(change.facts ?? []), ...(printed.facts ?? [])];
    return {
      ...change,
      severity:
        SEVERITY_RANK[printed.severity] > SEVERITY_RANK[change.severity]
          ? printed.severity
          : change.severity,
      ...(facts.length > 0 ? { facts } : {}),
    };
  });
  return out.filter((change) => !dropped.has(change));
}
