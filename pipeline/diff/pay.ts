/**
 * One raise is one change. A pay table's amounts move together (every
 * period's minimum and midpoint), so each changed amount as a change of its
 * own reads as six raises where there was one. The amounts changed in a
 * document fold into one `salary-changed` at the ranges, each amount a
 * `PayChange` with its period, hours, bound and percentage as fields.
 */
import type { PayRange, SpecDocument } from "../../schemas/index.js";
import { BODY_AT } from "../shared/pointer.js";
import { fingerprint } from "./fingerprint.js";
import { salaryLabel } from "./labels.js";
import type { Change, ChangeSeverity, PayChange } from "./types.js";
import { SEVERITY_RANK } from "./types.js";

const SALARY_CHANGED = "salary-changed";
const RANGES_AT = `${BODY_AT}/pay/ranges`;
const BOUND_AT = new RegExp(`^${RANGES_AT}/(\\d+)/(min|mid|max)$`);

const PRINTED_CHANGED = "salary-printed-changed";

/** "/body/pay/ranges/2/min" -> "2". */
function rangeIndex(pointer: string): string | undefined {
  return pointer.startsWith(`${RANGES_AT}/`)
    ? pointer.slice(RANGES_AT.length + 1).split("/")[0]
    : undefined;
}

function rangeAt(document: SpecDocument, pointer: string | undefined): PayRange | undefined {
  const found = pointer === undefined ? null : BOUND_AT.exec(pointer);
  if (!found || document.kind !== "class-spec") return undefined;
  return document.body.pay.ranges[Number(found[1])];
}

/** Percent change to two decimals; undefined from zero. */
function deltaPct(before: number, after: number): number | undefined {
  return before === 0 ? undefined : Math.round((after / before - 1) * 10000) / 100;
}

function payChange(
  change: Change,
  before: SpecDocument,
  after: SpecDocument,
): PayChange | undefined {
  const range = rangeAt(after, change.pointer) ?? rangeAt(before, change.from ?? change.pointer);
  const bound = BOUND_AT.exec(change.pointer)?.[2] as PayChange["bound"] | undefined;
  if (!range || !bound || typeof change.before !== "number" || typeof change.after !== "number")
    return undefined;
  const delta = deltaPct(change.before, change.after);
  return {
    label: salaryLabel(range, bound),
    period: range.period,
    ...(range.hoursPerWeek !== undefined ? { hoursPerWeek: range.hoursPerWeek } : {}),
    bound,
    before: change.before,
    after: change.after,
    ...(delta !== undefined ? { deltaPct: delta } : {}),
  };
}

/** `changes` with every changed salary amount folded into one change, where the first stood. */
export function foldPay(
  changes: readonly Change[],
  before: SpecDocument,
  after: SpecDocument,
  documentId: string,
): Change[] {
  const amounts = changes.flatMap((change) => {
    if (change.ruleId !== SALARY_CHANGED) return [];
    const pay = payChange(change, before, after);
    return pay ? [{ change, pay }] : [];
  });
  if (amounts.length === 0) return [...changes];
  const folded = new Set(amounts.map(({ change }) => change));
  // A range as printed restates its amounts: its change is the raise's too.
  const raised = new Set(amounts.map(({ change }) => rangeIndex(change.pointer)));
  for (const change of changes)
    if (change.ruleId === PRINTED_CHANGED && raised.has(rangeIndex(change.pointer)))
      folded.add(change);
  const severity = amounts
    .map(({ change }) => change.severity as ChangeSeverity)
    .reduce((top, next) => (SEVERITY_RANK[next] > SEVERITY_RANK[top] ? next : top));
  const pay = amounts.map(({ pay: item }) => item);
  const raise: Change = {
    pointer: RANGES_AT,
    section: amounts[0]?.change.section ?? "Salary",
    label: "Salary",
    op: "replace",
    severity,
    ruleId: SALARY_CHANGED,
    pay,
    fingerprint: fingerprint(
      documentId,
      SALARY_CHANGED,
      "salary",
      pay.map((item) => `${item.period}@${item.hoursPerWeek ?? ""}:${item.bound}:${item.before}`),
      pay.map((item) => `${item.period}@${item.hoursPerWeek ?? ""}:${item.bound}:${item.after}`),
    ),
  };
  const first = changes.findIndex((change) => folded.has(change));
  return changes.flatMap((change, index) =>
    index === first ? [raise] : folded.has(change) ? [] : [change],
  );
}
