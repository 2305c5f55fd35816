/**
 * Comparing extracted rules, without reporting one fact twice.
 *
 * Every rule is read from a sentence of the body, so a changed rule almost
 * always comes with a changed body field ("one year" -> "two years" in the
 * experience requirement). The body change is the one reported: it has the
 * place, the before/after text and the word diff. The rule change is folded
 * into it as `facts` (years: 1 -> 2) and raises it to `major`, because a
 * changed rule is a changed fact about who qualifies (a reworded additional
 * requirement whose driver's-license condition went from "may be required"
 * to "required" is major, not minor). Only a rule change that no body change
 * explains is reported on its own, under "Rules".
 *
 * Rules pair by meaning, never by index or by ids derived from their text:
 * first by what they are about (the experience requirement, the
 * drug-screening condition, the level scope of area 6 at level 3), then,
 * among rules about the same thing (the exclusions), by text similarity like
 * list items, so a reworded exclusion is its rule paired with itself. Their
 * facts are everything but `id` and `text`, with the id a substitution
 * replaces turned into that requirement's slot.
 */
import type { Place, Rule, SpecDocument } from "../../schemas/index.js";
import { documentAt, seriesAt, specAt } from "../shared/pointer.js";
import { CHANGE_IDS } from "./catalogue.js";
import type { ChangeList } from "./collect.js";
import { placeOf } from "./doubts.js";
import { fingerprint } from "./fingerprint.js";
import { SECTIONS } from "./labels.js";
import { matchList } from "./match.js";
import { wordsOf } from "./normalize.js";
import { changeForCandidates } from "./qualification-words.js";
import { alternativeInWords, ruleInWords } from "./rule-words.js";
import type { Change, DiffObject, DiffValue, FactChange } from "./types.js";
import { whereSaid } from "./unplaced.js";

/** Rule texts shorter than this ("n/a") are too common to say which change they belong to. */
const MIN_WORDS_TO_LOCATE = 3;

interface SlottedRule {
  slot: string;
  index: number;
  rule: Rule;
  /** The slot as a report names it: an area by name and number. */
  title: string;
  facts: DiffObject;
  /** The rule in words, areas by name and number. */
  words: string;
}

interface RulePair {
  slot: string;
  was?: SlottedRule;
  now?: SlottedRule;
}

/**
 * Compares the rules into `list`; returns the rule changes that are only a
 * difference in modelling (parse differences): the printed sentence is the
 * same on both sides, only how it was read into facts differs (a newer
 * classpec models a sentence an older one kept as text).
 */
export function diffRules(list: ChangeList, before: SpecDocument, after: SpecDocument): Change[] {
  const modelled: Change[] = [];
  for (const { slot, was, now } of pairRules(before, after)) {
    if (was && now && JSON.stringify(was.facts) === JSON.stringify(now.facts)) continue;
    const fact: FactChange = {
      rule: slot,
      op: was && now ? "replace" : now ? "add" : "remove",
      ...(was ? { before: was.facts } : {}),
      ...(now ? { after: now.facts } : {}),
      description: describeChange(slot, was, now),
    };
    const narrowing = list.changes.find((change) => noteNarrows(change, was?.rule, now?.rule));
    const valued = list.changes.find(
      (change) =>
        fieldExplains(change, now?.rule ?? was?.rule) ||
        wholeChartExplains(change, now?.rule ?? was?.rule, change.op === "add" ? after : before),
    );
    // Read from the same lines, printed the same: its facts differ by reading only.
    if (!narrowing && !valued && was && now && samePrint(list, was, now, before, after)) {
      modelled.push(modelledOnly(list, fact, was, now, documentAt("rules", was.index)));
      continue;
    }
    const home =
      narrowing ?? valued ?? list.changes.find((change) => explains(change, was?.rule, now?.rule));
    // A rule on one side only whose sentence the other side prints unchanged (no change holds it).
    const printed =
      home || (was && now) ? undefined : printedOn(was ? after : before, (now ?? was)?.rule);
    if (printed !== undefined) {
      modelled.push(modelledOnly(list, fact, was, now, printed));
      continue;
    }
    if (narrowing) {
      // A note that narrows the experience is read with the requirement it narrows, not as a notice.
      narrowing.section = SECTIONS.requirements;
      narrowing.label = "Note narrowing the experience requirement";
    }
    if (home) {
      home.facts = [...(home.facts ?? []), fact];
      // A rule fact makes its change major, unless the user weighed that id (`--severity`).
      home.severity = list.weight(home.ruleId, "major");
      continue;
    }
    const ruleId =
      fact.op === "replace"
        ? CHANGE_IDS.ruleChanged
        : fact.op === "add"
          ? CHANGE_IDS.ruleAdded
          : CHANGE_IDS.ruleRemoved;
    list.push({
      pointer: documentAt("rules", now?.index ?? was?.index ?? 0),
      section: SECTIONS.rules,
      label: `Rule: ${(now ?? was)?.title ?? slot}`,
      key: `rule:${slot}`,
      op: fact.op,
      severity: list.weight(ruleId, "major"),
      ruleId,
      ...(was ? { before: was.facts } : {}),
      ...(now ? { after: now.facts } : {}),
      ...(was && now ? { from: documentAt("rules", was.index) } : {}),
    }).facts = [fact];
  }
  return modelled;
}

/** A rule change that is a difference in modelling only, as a parse difference (severity info). */
function modelledOnly(
  list: ChangeList,
  fact: FactChange,
  was: SlottedRule | undefined,
  now: SlottedRule | undefined,
  foundIn: string,
): Change {
  const rule = now ?? was;
  return {
    pointer: documentAt("rules", rule?.index ?? 0),
    ...(was && now ? { from: documentAt("rules", was.index) } : {}),
    section: SECTIONS.rules,
    label: `Rule: ${rule?.title ?? fact.rule}`,
    op: fact.op,
    severity: "info",
    ruleId: CHANGE_IDS.parseDifference,
    ...(was ? { before: was.facts } : {}),
    ...(now ? { after: now.facts } : {}),
    facts: [fact],
    foundIn,
    fingerprint: fingerprint(
      list.documentId,
      CHANGE_IDS.parseDifference,
      `rule:${fact.rule}`,
      was?.facts,
      now?.facts,
    ),
  };
}

/**
 * A rule pair read from the same source lines whose printed sentence did not
 * change: its text is the same, or (a newer reader composing a rule's text
 * from its terms) no other change stands on those lines.
 */
function samePrint(
  list: ChangeList,
  was: SlottedRule,
  now: SlottedRule,
  before: SpecDocument,
  after: SpecDocument,
): boolean {
  const lines = placeOf(before, documentAt("rules", was.index));
  if (!samePlace(lines, placeOf(after, documentAt("rules", now.index))) || !lines) return false;
  if (wordsOf(was.rule.text).join(" ") === wordsOf(now.rule.text).join(" ")) return true;
  return !list.changes.some(
    (change) =>
      (change.op !== "add" && overlaps(placeOf(before, change.from ?? change.pointer), lines)) ||
      (change.op !== "remove" && overlaps(placeOf(after, change.pointer), lines)),
  );
}

const samePlace = (a: Place | undefined, b: Place | undefined) =>
  a !== undefined &&
  b !== undefined &&
  a.page === b.page &&
  a.startLine === b.startLine &&
  a.endLine === b.endLine;

/** A change with no recorded place may stand anywhere: it overlaps. */
function overlaps(place: Place | undefined, lines: Place): boolean {
  if (place === undefined) return true;
  return (
    place.page === lines.page &&
    place.startLine <= lines.endLine &&
    place.endLine >= lines.startLine
  );
}

/**
 * Where the other side prints every sentence of a rule it does not have (a
 * body field or its unplaced text), else undefined.
 */
function printedOn(side: SpecDocument, rule: Rule | undefined): string | undefined {
  if (rule === undefined) return undefined;
  const sentences = [rule.text, ...sentencesOf(rule)];
  if (sentences.some((text) => wordsOf(text).length < MIN_WORDS_TO_LOCATE)) return undefined;
  return whereSaid(sentences, side);
}

/**
 * Same slot first; rules sharing a slot on either side pair by their text
 * (match.ts). A slot held by several rules is named by the rule's own text.
 */
function pairRules(before: SpecDocument, after: SpecDocument): RulePair[] {
  const a = slotted(before.rules, before);
  const b = slotted(after.rules, after);
  const slots = [...new Set([...b.map((item) => item.slot), ...a.map((item) => item.slot)])];
  const out: RulePair[] = [];
  for (const slot of slots) {
    const was = a.filter((item) => item.slot === slot);
    const now = b.filter((item) => item.slot === slot);
    const only = (item: SlottedRule, many: boolean) =>
      many ? `${slot} "${shortText(item.rule.text)}"` : slot;
    const many = was.length > 1 || now.length > 1;
    if (!many) {
      out.push({ slot, ...(was[0] ? { was: was[0] } : {}), ...(now[0] ? { now: now[0] } : {}) });
      continue;
    }
    const match = matchList(
      was.map((item) => item.rule.text),
      now.map((item) => item.rule.text),
    );
    for (const pair of match.pairs) {
      const x = was[pair.before];
      const y = now[pair.after];
      if (x && y) out.push({ slot: only(y, true), was: x, now: y });
    }
    for (const index of match.added) {
      const y = now[index];
      if (y) out.push({ slot: only(y, true), now: y });
    }
    for (const index of match.removed) {
      const x = was[index];
      if (x) out.push({ slot: only(x, true), was: x });
    }
  }
  return out;
}

const SHORT_WORDS = 8;

function shortText(text: string): string {
  const words = text.trim().split(/\s+/);
  return words.length <= SHORT_WORDS
    ? words.join(" ")
    : `${words.slice(0, SHORT_WORDS).join(" ")} …`;
}

/** "Experience requirement: 1 year of experience → 2 years of experience". */
function describeChange(
  slot: string,
  was: SlottedRule | undefined,
  now: SlottedRule | undefined,
): string {
  const name = slot.charAt(0).toUpperCase() + slot.slice(1);
  const forCandidates = was && now ? changeForCandidates(was.rule, now.rule) : undefined;
  if (forCandidates) return `${name}: ${forCandidates}`;
  if (was && now) return `${name}: ${was.words} → ${now.words}`;
  if (now) return `${name} added: ${now.words}`;
  return was ? `${name} removed: ${was.words}` : name;
}

/**
 * A body change explains a rule change when the rule's sentence is in its old
 * or new text; a qualification rule stands on several sentences (its terms').
 */
function explains(change: Change, was: Rule | undefined, now: Rule | undefined): boolean {
  return (
    sentencesOf(was).some((text) => contains(change.before, text)) ||
    sentencesOf(now).some((text) => contains(change.after, text))
  );
}

function sentencesOf(rule: Rule | undefined): string[] {
  if (rule?.type !== "qualification") return rule ? [rule.text] : [];
  return rule.expression.items.flatMap((item) =>
    item.kind === "allOf" || item.kind === "anyOf"
      ? item.items.map((term) => term.text)
      : [item.text],
  );
}

/**
 * Rules whose facts the body also holds as values of their own (probation
 * months): a change of such a value is the same fact, so it carries the rule's.
 */
const FACT_FIELDS: Partial<Record<Rule["type"], string>> = { probation: `${specAt("probation")}/` };

type Expression = Extract<Rule, { type: "qualification" }>["expression"];

/** Pointers of the notes that narrow a qualification rule's experience terms. */
function narrowingNotes(rule: Rule | undefined): string[] {
  if (rule?.type !== "qualification") return [];
  const walk = (items: Expression["items"]): string[] =>
    items.flatMap((item) =>
      item.kind === "allOf" || item.kind === "anyOf"
        ? walk(item.items)
        : item.kind === "experience"
          ? (item.narrowedBy ?? []).map((note) => note.pointer)
          : [],
    );
  return walk(rule.expression.items);
}

/** A notice change is the note a qualification rule's experience is narrowed by (either side). */
function noteNarrows(change: Change, was: Rule | undefined, now: Rule | undefined): boolean {
  if (!change.ruleId.startsWith("notice-")) return false;
  const before = change.from ?? change.pointer;
  return (
    (change.op !== "remove" && narrowingNotes(now).includes(change.pointer)) ||
    (change.op !== "add" && narrowingNotes(was).includes(before))
  );
}

function fieldExplains(change: Change, rule: Rule | undefined): boolean {
  const field = rule && FACT_FIELDS[rule.type];
  return field !== undefined && change.pointer.startsWith(field);
}

const CHARTS_AT = `${seriesAt("charts")}/`;

/** The index of the chart a pointer names as a whole ("/body/charts/2"), else undefined. */
function wholeChart(at: string): number | undefined {
  const index = at.startsWith(CHARTS_AT) ? at.slice(CHARTS_AT.length) : "";
  return /^\d+$/.test(index) ? Number(index) : undefined;
}

/**
 * A chart added or removed as a whole accounts for the level scope of its
 * area at every level: its cells' rules are not news of their own (and an
 * "n/a" cell's text is too short to be found by `explains`).
 */
function wholeChartExplains(change: Change, rule: Rule | undefined, side: SpecDocument): boolean {
  if (rule?.type !== "level-scope" || side.kind !== "class-series") return false;
  if (change.ruleId !== "chart-added" && change.ruleId !== "chart-removed") return false;
  const index = wholeChart(change.pointer);
  return index !== undefined && side.body.charts[index]?.area === rule.area;
}

function contains(value: DiffValue | undefined, text: string | undefined): boolean {
  if (typeof value !== "string" || text === undefined) return false;
  const needle = wordsOf(text);
  if (needle.length < MIN_WORDS_TO_LOCATE) return false;
  return ` ${wordsOf(value).join(" ")} `.includes(` ${needle.join(" ")} `);
}

/** A series' area numbers -> names, from its areas of work, else its charts. */
function areaNamesOf(document: SpecDocument): Map<number, string> {
  if (document.kind !== "class-series") return new Map();
  const { charts, areasOfWork } = document.body;
  return new Map([
    ...charts.map((chart) => [chart.area, chart.name] as const),
    ...areasOfWork.map((area) => [area.number, area.name] as const),
  ]);
}

function slotted(rules: readonly Rule[], document: SpecDocument): SlottedRule[] {
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  const areaNames = areaNamesOf(document);
  return rules.map((rule, index) => ({
    slot: slotOf(rule, byId, areaNames),
    title: slotOf(rule, byId, areaNames, true),
    index,
    rule,
    facts: factsOf(rule, byId),
    words: ruleInWords(rule, rules, areaNames),
  }));
}

function slotOf(
  rule: Rule,
  byId: ReadonlyMap<string, Rule>,
  areaNames: ReadonlyMap<number, string> = new Map(),
  numbered = false,
): string {
  switch (rule.type) {
    case "requirement":
      return `${rule.category} requirement`;
    case "substitution": {
      const replaced = byId.get(rule.replaces);
      const target = replaced ? slotOf(replaced, byId) : rule.replaces;
      return `${rule.substitute.category} substitute for ${target}`;
    }
    case "probation":
      return "probation";
    case "condition":
      return `${rule.subject} condition`;
    case "exclusion":
      return "exclusion";
    case "level-scope": {
      // By the area's name: renumbering the areas keeps each rule about its own area; the
      // number is only shown.
      const name = areaNames.get(rule.area);
      const area =
        name === undefined ? `area ${rule.area}` : numbered ? `${name} (area ${rule.area})` : name;
      return `level scope of ${area} at level ${rule.level}`;
    }
    case "supervision":
      return `supervision at level ${rule.level}`;
    case "qualification":
      return `${rule.set} qualifications`;
  }
}

function factsOf(rule: Rule, byId: ReadonlyMap<string, Rule>): DiffObject {
  const { id: _id, text: _text, type: _type, ...facts } = rule;
  if (rule.type === "supervision" && rule.alternatives) {
    // Each way a level is filled, by what it states, not by its clause's wording.
    return { ...(facts as DiffObject), alternatives: rule.alternatives.map(alternativeInWords) };
  }
  if (rule.type === "substitution") {
    const replaced = byId.get(rule.replaces);
    return {
      ...(facts as DiffObject),
      replaces: replaced ? slotOf(replaced, byId) : rule.replaces,
    };
  }
  if (rule.type === "level-scope") {
    // The area's number is a field of the area (area-number-changed), not a fact of its scope.
    const { area: _area, ...scope } = facts as DiffObject;
    return scope;
  }
  return facts as DiffObject;
}
