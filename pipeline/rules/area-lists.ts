/**
 * The areas of an experience phrase, where heads share one object: "reviewing
 * or administering grants or contracts" is reviewing grants, reviewing
 * contracts, administering grants and administering contracts, and
 * "maintenance or operation of water control structures" is maintenance of
 * them and operation of them. Split at each "or" alone, "reviewing" would be
 * an area of its own that "reviewing restaurant menus" meets.
 */
import { splitAreas } from "./credentials.js";

export interface ReadAreas {
  areas: string[];
  /** A head left without its object the grammar here cannot place: the whole phrase is one area. */
  unsure: boolean;
}

const GERUND = /^[a-z]{2,}ing$/i;
const SINGLE_WORD = /^[a-z-]+$/i;
/** "operation of water control structures": a head word, then its object after "of". */
const HEAD_OF = /^([a-z-]+)\s+(of\s+\S.*)$/i;
/** "administering grants": a gerund, then its object. */
const GERUND_OBJECT = /^([a-z]{2,}ing)\s+(\S.*)$/i;

/** Words that name an activity only with an object ("maintenance of ...", "operation of ..."). */
const BARE_HEADS = new Set([
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
]);

function bare(item: string): boolean {
  return SINGLE_WORD.test(item) && (GERUND.test(item) || BARE_HEADS.has(item.toLowerCase()));
}

/**
 * A noun head beside an area whose "of" object it may share but the grammar
 * here cannot place: "maintenance or heavy repair of dams".
 */
function headless(items: readonly string[]): boolean {
  return items.some(
    (item, at) =>
      SINGLE_WORD.test(item) &&
      BARE_HEADS.has(item.toLowerCase()) &&
      / of /i.test(items[at + 1] ?? "") &&
      !HEAD_OF.test(items[at + 1] ?? ""),
  );
}

/**
 * The heads before the first item with an object, and that object: the run of
 * single words, then "<gerund> <object>" after gerunds or "<word> of <object>".
 */
function shared(
  items: readonly string[],
  gerundObjects: boolean,
): { heads: string[]; objects: string[]; rest: string[] } {
  let at = 0;
  while (at < items.length && SINGLE_WORD.test(items[at] as string)) at++;
  const heads = items.slice(0, at);
  const carrier = items[at];
  if (heads.length === 0 || carrier === undefined) return { heads: [], objects: [], rest: [] };
  const gerunds = gerundObjects && heads.every((head) => GERUND.test(head));
  const ofObject = heads.every(bare) ? HEAD_OF.exec(carrier) : null;
  const gerundObject = gerunds ? GERUND_OBJECT.exec(carrier) : null;
  const split = ofObject ?? gerundObject;
  if (!split?.[1] || !split[2]) return { heads: [], objects: [], rest: [] };
  // After a gerund's object, bare nouns continue the object list ("grants or contracts").
  let end = at + 1;
  const more: string[] = [];
  while (
    end < items.length &&
    SINGLE_WORD.test(items[end] as string) &&
    !bare(items[end] as string)
  )
    more.push(items[end++] as string);
  const objects = ofObject ? [split[2], ...more.map((noun) => `of ${noun}`)] : [split[2], ...more];
  return { heads: [...heads, split[1]], objects, rest: items.slice(end) };
}

/**
 * The listed areas of an experience phrase, each head with the object it
 * shares. A gerund takes an object only after "experience" ("experience
 * reviewing or administering grants"): before it, "bookkeeping or accounting
 * clerical experience" lists bookkeeping, not "bookkeeping clerical".
 */
export function experienceAreas(text: string, gerundObjects = true): ReadAreas {
  const items = splitAreas(text);
  const { heads, objects, rest } = shared(items, gerundObjects);
  if (heads.length > 0) {
    const areas = heads.flatMap((head) => objects.map((object) => `${head} ${object}`));
    if (!headless(rest)) return { areas: [...areas, ...rest], unsure: false };
  } else if (!headless(items)) return { areas: items, unsure: false };
  // A head with no object this grammar can share ("maintenance or heavy repair of dams"): the
  // whole phrase as one area, never "maintenance" alone, which unrelated experience would meet.
  return { areas: [text.trim()], unsure: true };
}
