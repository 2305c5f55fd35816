/** What the human renderings share: sections ordered majors first, values as text. */
import { SECTION_ORDER } from "../diff/labels.js";
import { type Change, type DiffValue, type FactChange, SEVERITY_RANK } from "../diff/types.js";

export interface SectionGroup {
  section: string;
  changes: Change[];
}

/**
 * Sections holding a major change come first, then minor, then editorial;
 * ties keep the document's own section order. Inside a section, changes go
 * by severity, then in the revision's reading order (the library's order).
 */
export function groupBySection(changes: readonly Change[]): SectionGroup[] {
  const groups = new Map<string, Change[]>();
  for (const change of changes)
    groups.set(change.section, [...(groups.get(change.section) ?? []), change]);
  const top = (items: readonly Change[]) =>
    Math.max(...items.map((change) => SEVERITY_RANK[change.severity]));
  const position = (section: string) => {
    const index = SECTION_ORDER.indexOf(section);
    return index === -1 ? SECTION_ORDER.length : index;
  };
  return [...groups]
    .map(([section, items]) => ({
      section,
      changes: items
        .map((change, index) => ({ change, index }))
        .sort(
          (a, b) =>
            SEVERITY_RANK[b.change.severity] - SEVERITY_RANK[a.change.severity] ||
            a.index - b.index,
        )
        .map(({ change }) => change),
    }))
    .sort((a, b) => top(b.changes) - top(a.changes) || position(a.section) - position(b.section));
}

/** A value as one line of text: numbers as printed, lists joined, objects as key: value. */
export function valueText(value: DiffValue | undefined): string {
  if (value === undefined) return "";
  if (value === null) return "n/a";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return value.map((item) => valueText(item as DiffValue)).join("; ");
  return Object.entries(value)
    .filter(([, item]) => item !== undefined)
    .map(([key, item]) => `${key}: ${valueText(item as DiffValue)}`)
    .join(", ");
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

/** A folded rule change as text: only the facts that changed ("years: 1 → 2"). */
export function factText(fact: FactChange): string {
  if (fact.op === "add") return `${fact.rule} added (${valueText(fact.after)})`;
  if (fact.op === "remove") return `${fact.rule} removed (${valueText(fact.before)})`;
  const before = asObject(fact.before);
  const after = asObject(fact.after);
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const changed = keys
    .filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]))
    .map(
      (key) => `${key}: ${valueText(before[key]) || "none"} → ${valueText(after[key]) || "none"}`,
    );
  return `${fact.rule}: ${changed.join(", ")}`;
}

function asObject(value: DiffValue | undefined): Record<string, DiffValue | undefined> {
  return value !== null && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, DiffValue | undefined>)
    : {};
}
