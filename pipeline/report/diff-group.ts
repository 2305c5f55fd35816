/** What the human renderings share: sections ordered majors first, values as text. */
import { catalogueEntry } from "../diff/catalogue.js";
import { SECTION_ORDER } from "../diff/labels.js";
import { money, moneyChange } from "../diff/show.js";
import {
  type Change,
  type DiffReport,
  type DiffValue,
  type DocumentDiff,
  type FactChange,
  type SEVERITIES,
  SEVERITY_RANK,
} from "../diff/types.js";
import { documentAt } from "../shared/pointer.js";

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

/** A folded rule change in words ("Experience requirement: 1 year of experience → 2 years of experience"). */
export function factText(fact: FactChange): string {
  return fact.description;
}

/** Whether a change's values are amounts of money (declared by its field, catalogue.ts). */
function isMoney(change: Change): boolean {
  return catalogueEntry(change.ruleId)?.format === "money";
}

/** One side's value as text, money as money. */
export function sideText(change: Change, value: DiffValue | undefined): string {
  if (typeof value === "number" && isMoney(change)) return money(value);
  return valueText(value);
}

/** A replaced value as one line: "$2,206.92 → $2,317.58 (+5.0%)", else "before → after". */
export function replacementText(change: Change): string | undefined {
  const { before, after } = change;
  if (typeof before === "number" && typeof after === "number" && isMoney(change))
    return moneyChange(before, after);
  return undefined;
}

/** A raise, one line per amount: "Monthly salary minimum (37.5 hours/week): $2,206.92 → $2,317.25 (+5.0%)". */
export function payLines(change: Change): string[] | undefined {
  return change.pay?.map((item) => `${item.label}: ${moneyChange(item.before, item.after)}`);
}

/** The lines of a whole item added or removed (an area's focus and duties, a chart's cells). */
export function contentLines(value: DiffValue | undefined): string[] | undefined {
  return Array.isArray(value) ? [...value] : undefined;
}

/** What a note under a change says, when its kind needs one. */
export function changeNote(change: Change): string | undefined {
  const notes = [
    change.ruleId === "unmapped-changed"
      ? "This text could not be placed in a field (the reader left it unmapped); check whether it belongs in one."
      : "",
    change.doubt !== undefined ? `Doubt: this ${change.doubt}.` : "",
  ].filter((note) => note !== "");
  return notes.length > 0 ? notes.join(" ") : undefined;
}

const UNMAPPED_AT = documentAt("unmapped");
const RULES_AT = documentAt("rules");

/** A pointer into the document's unplaced text (`/unmapped`, `/unmapped/3`). */
export function isUnmappedPointer(pointer: string | undefined): boolean {
  return pointer === UNMAPPED_AT || pointer?.startsWith(`${UNMAPPED_AT}/`) === true;
}

/** A pointer to one of the document's rules (`/rules/2`). */
export function isRulePointer(pointer: string): boolean {
  return pointer.startsWith(`${RULES_AT}/`);
}

/** A parse difference in words: which side read the item and where the other side has it. */
export function parseDifferenceText(change: Change): string {
  const where = isUnmappedPointer(change.foundIn)
    ? "in its unplaced text (unmapped)"
    : `in another field (${change.foundIn ?? "?"})`;
  if (isUnmappedPointer(change.pointer)) {
    const side = change.op === "add" ? "after" : "before";
    const other = side === "after" ? "before" : "after";
    return `${change.label}: the ${side} side left this text unplaced; the ${other} side read it into a field (${change.foundIn ?? "?"})`;
  }
  if (isRulePointer(change.pointer)) {
    // A rule whose printed sentence both sides have: only how it was modelled differs.
    const how = change.facts?.map((fact) => fact.description).join("; ") ?? "";
    if (change.op === "replace")
      return `${change.label}: the same printed sentence on both sides, modelled differently: ${how}`;
    const side = change.op === "add" ? "after" : "before";
    const other = side === "after" ? "before" : "after";
    return `${change.label}: modelled as a rule on the ${side} side only; the ${other} side prints the same sentence ${where}: ${how}`;
  }
  if (change.op === "replace") {
    const grew = change.words?.some((part) => part.op === "add" && part.text.trim() !== "");
    const side = grew ? "after" : "before";
    const other = grew ? "before" : "after";
    return `${change.label}: the ${side} side read more text into this field; the ${other} side has that text ${where}`;
  }
  const side = change.op === "add" ? "after" : "before";
  const other = side === "after" ? "before" : "after";
  return `${change.label}: read as a field on the ${side} side only; the ${other} side has the same text ${where}`;
}

/** Counts by severity of one document's changes. */
export function severityCounts(
  document: DocumentDiff,
): Record<(typeof SEVERITIES)[number], number> {
  const counts = { major: 0, minor: 0, editorial: 0 };
  for (const change of document.changes) if (change.severity !== "info") counts[change.severity]++;
  return counts;
}

/** A folder diff opens with an index; a single document does not need one. */
export function needsIndex(report: DiffReport): boolean {
  return report.documents.length > 1;
}

/** Nothing to read: no change, no parse difference, nothing incomplete. */
function quiet(document: DocumentDiff): boolean {
  return document.status === "unchanged" && document.parseDifferences.length === 0;
}

/** Documents the report prints a section for: all of them alone, all but the quiet ones in a folder diff. */
export function shownDocuments(report: DiffReport): DocumentDiff[] {
  return needsIndex(report)
    ? report.documents.filter((document) => !quiet(document))
    : report.documents;
}

export function unchangedDocuments(report: DiffReport): DocumentDiff[] {
  return report.documents.filter(quiet);
}

/** What a document without changes says: never a plain "No changes." when it could not be seen whole. */
export function noChangesText(document: DocumentDiff): string {
  return document.incomplete
    ? "No changes found, but the comparison is incomplete (above)."
    : "No changes.";
}

/** "Retitled from Information Technology Specialist Series (`us-ia/…`), 97% of its text kept." */
export function renameText(document: DocumentDiff): string | undefined {
  const { rename } = document;
  if (!rename) return undefined;
  const verb = rename.as === "retitled" ? "Retitled" : "Re-coded";
  return `${verb} from ${rename.fromTitle} (${rename.from}), ${Math.round(rename.similarity * 100)}% of its text kept.`;
}
