/**
 * One report per fact. A chart is numbered by the area it rates, so
 * renumbering an area changes its chart's number too: the same fact twice.
 * The chart's change is folded into the area's; a chart that now rates
 * another area than its namesake still reports `chart-area-changed`.
 */
import type { Change } from "./types.js";

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
