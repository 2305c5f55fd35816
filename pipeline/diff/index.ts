/**
 * The revision diff (docs/architecture.md, "Diff"): two `SpecDocument`s, or two
 * collections paired by `id`, -> severity-classified changes. Only what a
 * document says is compared (`title`, `id`, `body`, `rules`); where it was
 * read from (`source`, `provenance`, `diagnostics`, `unmapped`) is not.
 */
import type { SpecDocument } from "../../schemas/index.js";
import { BODY_AT, documentAt } from "../shared/pointer.js";
import { CHANGE_IDS } from "./catalogue.js";
import { ChangeList, type SeverityOverrides } from "./collect.js";
import { markDoubts } from "./doubts.js";
import type { Field } from "./fields.js";
import { foldChartNumbers, foldPrintedRequirements } from "./fold.js";
import { SECTIONS } from "./labels.js";
import { foldPay } from "./pay.js";
import { describeRename, detectRenames, documentSimilarity } from "./renames.js";
import { diffRules } from "./rules.js";
import { DIFF_KINDS, DOCUMENT_FIELDS } from "./tables/index.js";
import {
  type Change,
  type ChangeSeverity,
  type DiffReport,
  type DiffSummary,
  type DocumentDiff,
  SEVERITY_RANK,
} from "./types.js";
import { separateParseDifferences } from "./unplaced.js";
import { walkFields } from "./walk.js";

export { CHANGE_CATALOGUE, CHANGE_IDS, catalogueEntry } from "./catalogue.js";
export type { SeverityOverrides } from "./collect.js";
export { matchList, SIMILARITY_THRESHOLD, similarity } from "./match.js";
export { normalizeText, wordsOf } from "./normalize.js";
export { RENAME_THRESHOLD } from "./renames.js";
export * from "./types.js";
export { wordDiff } from "./words.js";

/**
 * What the diff compares, as text. Equal text means no change, and most
 * documents of a catalogue are unchanged from one revision to the next; a
 * difference only in key order or layout falls through to the full diff.
 */
function comparedContent(document: SpecDocument): string {
  const { id, kind, title, body, rules, unmapped } = document;
  return JSON.stringify([id, kind, title, body, rules, unmapped.map((piece) => piece.text)]);
}

const UNMAPPED_SITE = {
  pointer: documentAt("unmapped"),
  section: SECTIONS.unmapped,
  label: "Text not placed in any field",
  key: "unmapped",
};

/** What a diff can be asked to do differently from the tables' defaults. */
export interface DiffOptions {
  /** `--severity ID=LEVEL`: the weight of a change id instead of its declared one. */
  severities?: SeverityOverrides;
  /** `--no-renames`: false leaves documents unpaired by id as removed and added. */
  renames?: boolean;
}

const BODY = { after: BODY_AT, before: BODY_AT, key: "", context: "" };
const TOP = { after: "", before: "", key: "", context: "" };

export interface Compared {
  changes: Change[];
  parseDifferences: Change[];
}

/** Changes from `before` to `after`, in the revision's reading order. */
export function diffChanges(
  before: SpecDocument,
  after: SpecDocument,
  options: DiffOptions = {},
): Change[] {
  return compareDocuments(before, after, options).changes;
}

/** Changes, and apart from them the parse differences (unplaced.ts). */
export function compareDocuments(
  before: SpecDocument,
  after: SpecDocument,
  options: DiffOptions = {},
): Compared {
  // One object on both sides: the loader found the two files' bytes equal (batch/sides.ts).
  if (before === after || comparedContent(before) === comparedContent(after))
    return { changes: [], parseDifferences: [] };
  const list = new ChangeList(after.id, options.severities);
  walkFields(list, DOCUMENT_FIELDS, before, after, TOP);
  if (before.kind === after.kind) {
    // Same kind, so both bodies are of the table's type.
    const fields = DIFF_KINDS[before.kind].fields as ReadonlyArray<Field<SpecDocument["body"]>>;
    walkFields(list, fields, before.body, after.body, BODY);
  } else {
    const site = {
      pointer: documentAt("kind"),
      section: SECTIONS.identity,
      label: "Document kind",
      key: "kind",
    };
    list.scalar(site, { changed: CHANGE_IDS.kindChanged }, "major", before.kind, after.kind);
    return { changes: list.changes, parseDifferences: [] };
  }
  const modelled = diffRules(list, before, after);
  list.changes.splice(0, list.changes.length, ...foldChartNumbers(list.changes));
  list.changes.splice(0, list.changes.length, ...foldPrintedRequirements(list.changes));
  list.changes.splice(0, list.changes.length, ...foldPay(list.changes, before, after, after.id));
  const separated = separateParseDifferences(list.changes, before, after);
  list.changes.splice(0, list.changes.length, ...separated.changes);
  const { unmapped } = separated;
  list.prose(
    UNMAPPED_SITE,
    { changed: CHANGE_IDS.unmappedChanged },
    "minor",
    unmapped.before,
    unmapped.after,
  );
  return { changes: list.changes, parseDifferences: [...separated.parseDifferences, ...modelled] };
}

/** Compares two revisions of one document (paired by the caller) and classifies each change. */
export function diffDocuments(
  before: SpecDocument,
  after: SpecDocument,
  options: DiffOptions = {},
): DiffReport {
  return report([documentDiff(before, after, options)]);
}

/** Why a side cannot be trusted to show every change: it is partial or was read with errors. */
function incompleteReasons(sides: ReadonlyArray<[string, SpecDocument | undefined]>): string[] {
  const reasons: string[] = [];
  for (const [name, document] of sides) {
    if (!document) continue;
    const errors = document.diagnostics.filter((diagnostic) => diagnostic.severity === "error");
    if (document.status !== "partial" && errors.length === 0) continue;
    const codes = [...new Set(errors.map((diagnostic) => diagnostic.code))].join(", ");
    const what = document.status === "partial" ? "is partial" : "was read with errors";
    const count = `${errors.length} error diagnostic${errors.length === 1 ? "" : "s"}`;
    reasons.push(`${name} ${what} (${count}${codes ? `: ${codes}` : ""})`);
  }
  return reasons;
}

function withStatus(
  base: Omit<DocumentDiff, "status" | "incomplete">,
  status: DocumentDiff["status"],
  reasons: string[],
): DocumentDiff {
  return reasons.length > 0
    ? { ...base, status: "incomplete", incomplete: reasons }
    : { ...base, status };
}

function documentDiff(
  before: SpecDocument,
  after: SpecDocument,
  options: DiffOptions,
  similarity?: number,
): DocumentDiff {
  const compared = compareDocuments(before, after, options);
  const changes = markDoubts(compared.changes, before, after);
  const { parseDifferences } = compared;
  // Paired by id, a document was not renamed: its similarity (every body word of both sides
  // counted) is not computed, which was a fifth of a catalogue diff's time.
  const rename =
    before.id === after.id
      ? undefined
      : describeRename(before, after, similarity ?? documentSimilarity(before, after));
  return withStatus(
    {
      id: after.id,
      title: after.title,
      kind: after.kind,
      ...(rename ? { rename } : {}),
      changes,
      parseDifferences,
    },
    changes.length > 0 ? "changed" : "unchanged",
    incompleteReasons([
      ["before", before],
      ["after", after],
    ]),
  );
}

/** A whole document as its kind's diff entry shows it. */
function summaryOf(document: SpecDocument): string[] {
  // The entry of the document's own kind, so it takes this document.
  const summary = DIFF_KINDS[document.kind].summary as (document: SpecDocument) => string[];
  return summary(document);
}

/** A spec on one side only is one add or remove of the whole spec. */
function wholeDocument(document: SpecDocument, added: boolean, options: DiffOptions): DocumentDiff {
  const list = new ChangeList(document.id, options.severities);
  const ruleId = added ? CHANGE_IDS.specAdded : CHANGE_IDS.specRemoved;
  list.push({
    pointer: "",
    section: SECTIONS.document,
    label: DIFF_KINDS[document.kind].label,
    key: "document",
    op: added ? "add" : "remove",
    severity: list.weight(ruleId, "major"),
    ruleId,
    ...(added ? { after: summaryOf(document) } : { before: summaryOf(document) }),
  });
  return withStatus(
    {
      id: document.id,
      title: document.title,
      kind: document.kind,
      changes: list.changes,
      parseDifferences: [],
    },
    added ? "added" : "removed",
    incompleteReasons([[added ? "after" : "before", document]]),
  );
}

/**
 * Two collections paired by `id`, documents sorted by id. Each side must
 * hold an id at most once (the loaders check; see batch/sides.ts).
 */
export function diffCollections(
  before: readonly SpecDocument[],
  after: readonly SpecDocument[],
  options: DiffOptions & { filesNamed?: boolean } = {},
): DiffReport {
  const was = new Map(before.map((document) => [document.id, document]));
  const now = new Map(after.map((document) => [document.id, document]));
  const removed = before.filter((document) => !now.has(document.id));
  const added = after.filter((document) => !was.has(document.id));
  const renames = options.renames === false ? [] : detectRenames(removed, added);
  const renamedFrom = new Map(renames.map((pair) => [pair.after.id, pair]));
  const renamedAway = new Set(renames.map((pair) => pair.before.id));
  const ids = [...new Set([...was.keys(), ...now.keys()])].sort();
  const documents = ids.flatMap((id) => {
    const a = was.get(id);
    const b = now.get(id);
    if (a && b) return [documentDiff(a, b, options)];
    const renamed = renamedFrom.get(id);
    if (renamed) return [documentDiff(renamed.before, renamed.after, options, renamed.similarity)];
    if (b) return [beyondCut(b, true, before, options) ?? wholeDocument(b, true, options)];
    if (!a || renamedAway.has(id)) return [];
    return [beyondCut(a, false, after, options) ?? wholeDocument(a, false, options)];
  });
  return report(documents);
}

/** A document read with `truncated-text`: its input was cut short, so what it lacks may lie past the cut. */
function isCut(document: SpecDocument): boolean {
  return (
    document.status === "partial" &&
    document.diagnostics.some(
      (diagnostic) => diagnostic.severity === "error" && diagnostic.code === "truncated-text",
    )
  );
}

/**
 * A document on one side only, when the other side's input of it was cut
 * short (a page of several classes cut before this class's title): nothing
 * says it was removed or added, so the comparison is incomplete, with no
 * change. The other side's input is its document of the same source path,
 * or, when the user named two files, the whole other side.
 */
function beyondCut(
  document: SpecDocument,
  added: boolean,
  others: readonly SpecDocument[],
  options: DiffOptions & { filesNamed?: boolean },
): DocumentDiff | undefined {
  const sameInput = others.filter(
    (other) => options.filesNamed === true || other.source.path === document.source.path,
  );
  const cut = sameInput.find(isCut);
  if (!cut) return undefined;
  const side = added ? "before" : "after";
  const reason = `${side} is cut short (truncated-text in ${cut.id}): this class may lie in the lost part, so it is not reported as ${added ? "added" : "removed"}`;
  return {
    id: document.id,
    title: document.title,
    kind: document.kind,
    changes: [],
    parseDifferences: [],
    status: "incomplete",
    incomplete: [reason, ...incompleteReasons([[added ? "after" : "before", document]])],
  };
}

/**
 * Two sides as the user named them. Two files of one document each are two
 * revisions of that document whatever their ids (a re-coded or retitled
 * spec keeps its field diff); folders pair by id, then by content.
 */
export function diffSides(
  before: readonly SpecDocument[],
  after: readonly SpecDocument[],
  options: DiffOptions & { filesNamed: boolean },
): DiffReport {
  const [a] = before;
  const [b] = after;
  if (options.filesNamed && before.length === 1 && after.length === 1 && a && b)
    return diffDocuments(a, b, options);
  return diffCollections(before, after, options);
}

export function summarize(documents: readonly DocumentDiff[]): DiffSummary {
  const summary: DiffSummary = {
    major: 0,
    minor: 0,
    editorial: 0,
    total: 0,
    parseDifferences: 0,
    incomplete: 0,
    doubts: 0,
  };
  for (const document of documents) {
    summary.parseDifferences += document.parseDifferences.length;
    if (document.status === "incomplete") summary.incomplete++;
    for (const change of document.changes) {
      if (change.severity === "info") continue;
      if (change.doubt !== undefined) summary.doubts++;
      summary[change.severity]++;
      summary.total++;
    }
  }
  return summary;
}

function report(documents: DocumentDiff[]): DiffReport {
  return { summary: summarize(documents), documents };
}

/** Documents whose comparison is incomplete (`--fail-on` fails on them unless allowed). */
export function incompleteDocuments(diff: DiffReport): DocumentDiff[] {
  return diff.documents.filter((document) => document.status === "incomplete");
}

/**
 * Changes a reading doubt touches: like an incomplete comparison, `--fail-on`
 * fails on them unless allowed, as they may be differences in reading.
 */
export function doubtfulChanges(
  diff: DiffReport,
): Array<{ document: DocumentDiff; change: Change }> {
  return diff.documents.flatMap((document) =>
    document.changes
      .filter((change) => change.doubt !== undefined)
      .map((change) => ({ document, change })),
  );
}

/** `--fail-on`: true when a change at or above `threshold` exists. */
export function gateTrips(diff: DiffReport, threshold: ChangeSeverity): boolean {
  return diff.documents.some((document) =>
    document.changes.some((change) => SEVERITY_RANK[change.severity] >= SEVERITY_RANK[threshold]),
  );
}

/** Changes at or above `threshold`, for the gate's message. */
export function countAtOrAbove(diff: DiffReport, threshold: ChangeSeverity): number {
  return diff.documents
    .flatMap((document) => document.changes)
    .filter((change) => SEVERITY_RANK[change.severity] >= SEVERITY_RANK[threshold]).length;
}
