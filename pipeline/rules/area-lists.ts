/**
 * The areas of an experience phrase, where listed words share what follows or
 * precedes them:
 * - heads sharing one object: "reviewing or administering grants or contracts"
 *   is reviewing grants, reviewing contracts, administering grants and
 *   administering contracts; "direct care, custody or supervision of youth" is
 *   direct care of youth, custody of youth and supervision of youth;
 * - adjectives sharing one noun: "leading outdoor or environmental education
 *   programs" is leading outdoor education programs and leading environmental
 *   education programs.
 * Split at each "or" alone, "reviewing", "custody" or "leading outdoor" would
 * be an area of its own that unrelated experience meets. Every step works on
 * the list's items as words (no pattern over the whole phrase).
 */
import { splitAreas } from "./credentials.js";

export interface ReadAreas {
  areas: string[];
  /** A head left without its object the grammar here cannot place: the whole phrase is one area. */
  unsure: boolean;
}

const GERUND = /^[a-z]{2,}ing$/i;
const SINGLE_WORD = /^[a-z-]+$/i;

/** Nouns that name an activity only with an object ("maintenance of ...", "custody of ..."). */
const ACTION_NOUNS = new Set([
  "maintenance",
  "operation",
  "operations",
  "administration",
  "review",
  "repair",
  "inspection",
  "installation",
  "construction",
  "design",
  "care",
  "custody",
  "supervision",
  "management",
  "oversight",
  "control",
  "treatment",
  "protection",
  "preservation",
  "restoration",
  "evaluation",
  "assessment",
  "monitoring",
  "enforcement",
]);
/** Adjectives that end in none of ADJECTIVE_ENDINGS ("-ary", "-ory" end nouns too: history, library). */
const ADJECTIVES = new Set([
  "outdoor",
  "indoor",
  "public",
  "private",
  "direct",
  "general",
  "urban",
  "civil",
  "juvenile",
  "adult",
  "nonprofit",
  "elementary",
  "secondary",
  "sanitary",
  "regulatory",
  "supervisory",
  "advisory",
]);
const ADJECTIVE_ENDINGS = ["al", "ic", "ive", "ous", "ful", "able", "ible", "less"];

function wordsOf(item: string): string[] {
  return item.split(" ").filter((word) => word !== "");
}

function isAdjective(word: string | undefined): boolean {
  if (word === undefined || !SINGLE_WORD.test(word)) return false;
  const lower = word.toLowerCase();
  return (
    ADJECTIVES.has(lower) ||
    (lower.length > 4 && ADJECTIVE_ENDINGS.some((ending) => lower.endsWith(ending)))
  );
}

function isActionNoun(word: string | undefined): boolean {
  return word !== undefined && ACTION_NOUNS.has(word.toLowerCase());
}

/** "maintenance", "reviewing": a single word that names an activity only with an object. */
function bare(item: string): boolean {
  return SINGLE_WORD.test(item) && (GERUND.test(item) || isActionNoun(item));
}

/** A head of at most three words ending in an action noun, with no "of" of its own ("direct care"). */
function actionHead(item: string): boolean {
  const words = wordsOf(item);
  return (
    words.length >= 1 &&
    words.length <= 3 &&
    words.every((word) => SINGLE_WORD.test(word) && word.toLowerCase() !== "of") &&
    isActionNoun(words.at(-1))
  );
}

/** "heavy repair of dams" -> "heavy repair", "of dams": the words before the first "of" and the rest. */
function splitOf(item: string): { head: string; object: string } | undefined {
  const words = wordsOf(item);
  const at = words.findIndex((word) => word.toLowerCase() === "of");
  if (at < 1 || at === words.length - 1) return undefined;
  return { head: words.slice(0, at).join(" "), object: words.slice(at).join(" ") };
}

/**
 * A noun head beside an area whose "of" object it may share but the grammar
 * here cannot place: "maintenance or a range of services".
 */
function headless(items: readonly string[]): boolean {
  return items.some((item, at) => {
    const next = items[at + 1] ?? "";
    if (!SINGLE_WORD.test(item) || !isActionNoun(item) || !wordsOf(next).includes("of"))
      return false;
    const split = splitOf(next);
    return split === undefined || !actionHead(split.head);
  });
}

interface Shared {
  heads: string[];
  objects: string[];
  rest: string[];
}

const NONE: Shared = { heads: [], objects: [], rest: [] };

/**
 * Action-noun heads before an item "<head> of <object>": each takes the
 * object ("direct care, custody or supervision of youth"), and single nouns
 * after it continue the object list ("of dams or levees").
 */
function sharedOf(items: readonly string[]): Shared {
  const carrierAt = items.findIndex((item) => wordsOf(item).some((word) => word === "of"));
  const split = carrierAt > 0 ? splitOf(items[carrierAt] as string) : undefined;
  const heads = items.slice(0, carrierAt);
  if (!split || !actionHead(split.head) || !heads.every(actionHead)) return NONE;
  return sharing(items, carrierAt, [...heads, split.head], split.object, (noun) => `of ${noun}`);
}

/** Gerund heads before "<gerund> <object>" ("reviewing or administering grants or contracts"). */
function sharedGerund(items: readonly string[]): Shared {
  let at = 0;
  while (at < items.length && GERUND.test(items[at] as string)) at++;
  const heads = items.slice(0, at);
  const carrier = wordsOf(items[at] ?? "");
  const [gerund, ...object] = carrier;
  if (heads.length === 0 || !gerund || !GERUND.test(gerund) || object.length === 0) return NONE;
  return sharing(items, at, [...heads, gerund], object.join(" "), (noun) => noun);
}

/**
 * `heads` sharing the object of the item at `carrierAt`: single nouns after
 * it continue the object list ("of dams or levees", "grants or contracts"),
 * each worded as the carrier's object is (`asObject`); the items after them
 * are the rest.
 */
function sharing(
  items: readonly string[],
  carrierAt: number,
  heads: string[],
  object: string,
  asObject: (noun: string) => string,
): Shared {
  let end = carrierAt + 1;
  const objects = [object];
  while (
    end < items.length &&
    SINGLE_WORD.test(items[end] as string) &&
    !bare(items[end] as string)
  )
    objects.push(asObject(items[end++] as string));
  return { heads, objects, rest: items.slice(end) };
}

/**
 * Adjectives sharing the noun of the item after them: "leading outdoor or
 * environmental education programs" -> "leading outdoor education programs",
 * "leading environmental education programs". An item ending in an adjective,
 * then single adjectives, then one opening with an adjective and going on:
 * what follows that last adjective is each one's noun, and what precedes the
 * first adjective (a gerund, "leading") is each one's head. "clerical or
 * customer service" stays two: "customer" is no adjective.
 */
function sharedNoun(items: readonly string[]): string[] {
  const out: string[] = [];
  let at = 0;
  while (at < items.length) {
    const first = wordsOf(items[at] as string);
    if (!isAdjective(first.at(-1))) {
      out.push(items[at++] as string);
      continue;
    }
    // The single adjectives after it; one pass each, so a long list stays linear.
    let end = at + 1;
    while (end < items.length && isAdjective(items[end])) end++;
    const last = wordsOf(items[end] ?? "");
    if (last.length < 2 || !isAdjective(last[0]) || isAdjective(last.at(-1))) {
      // An adjective in the run would meet the same last item: none of them shares a noun.
      out.push(...items.slice(at, end));
      at = end;
      continue;
    }
    const head = first.slice(0, -1);
    const noun = last.slice(1);
    for (const adjective of [first.at(-1), ...items.slice(at + 1, end), last[0]])
      out.push([...head, adjective, ...noun].join(" "));
    at = end + 1;
  }
  return out;
}

/**
 * The listed areas of an experience phrase, each head with the object it
 * shares and each adjective with its noun. A gerund takes an object only after
 * "experience" ("experience reviewing or administering grants"): before it,
 * "bookkeeping or accounting clerical experience" lists bookkeeping, not
 * "bookkeeping clerical".
 */
export function experienceAreas(text: string, gerundObjects = true): ReadAreas {
  const items = sharedNoun(splitAreas(text));
  const ofHeads = sharedOf(items);
  const { heads, objects, rest } =
    ofHeads.heads.length > 0 ? ofHeads : gerundObjects ? sharedGerund(items) : NONE;
  if (heads.length > 0) {
    const areas = heads.flatMap((head) => objects.map((object) => `${head} ${object}`));
    if (!headless(rest)) return { areas: [...areas, ...rest], unsure: false };
  } else if (!headless(items)) return { areas: items, unsure: false };
  // A head with no object this grammar can share ("maintenance or a range of services"): the
  // whole phrase as one area, never "maintenance" alone, which unrelated experience would meet.
  return { areas: [text.trim()], unsure: true };
}
