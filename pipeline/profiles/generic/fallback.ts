/**
 * Where headings are missing (many published pages lose them), text is
 * placed by position and content: the first paragraphs are the definition,
 * verb-first lines are duties, "Knowledge of ..." lines are KSAs,
 * "Graduation from ..." / "years of experience" paragraphs are
 * qualifications. What reads as none of these stays unmapped.
 */
import type { Piece } from "./pieces.js";

export type Guess = "definition" | "duties" | "knowledgeSkillsAbilities" | "minimum";

const KSA = /^(?:knowledge of|skills? in|abilit(?:y|ies) to)\b/i;
const QUALIFICATION =
  /^(?:graduation from|(?:a |an )?(?:bachelor|master|associate)'?s? degree|high school|possession of)|\byears? of (?:[a-z-]+ ){0,4}experience\b/i;
const DUTY_VERBS = new Set(
  (
    "perform prepare review maintain conduct coordinate develop provide assist operate supervise train " +
    "analyze plan monitor inspect respond investigate compile evaluate interpret oversee schedule ensure " +
    "serve act represent research advise direct manage lead attend draft write process record collect " +
    "enter answer keep make participate recommend administer install repair test design apply communicate " +
    "audit assign approve issue verify calculate examine explain organize"
  ).split(" "),
);
/** Words that open a sentence with an "-s" but are no verb. */
const NOT_VERBS = new Set(
  "this these those its is was has as class series positions employees incumbents duties tasks its".split(
    " ",
  ),
);
/** A definition paragraph is a sentence of some length. */
const MIN_DEFINITION_WORDS = 6;

/** "Checks materials ...": a capitalised word in "-s" and a lowercase word after it. */
const THIRD_PERSON = /^[A-Z][a-z]{2,}(?<![su]s)s\s+[a-z]/;

/** A verb that opens a duty; any word in "-s" counts only in a list, where a plural noun rarely opens an item. */
export function isVerbFirst(text: string, listItem = false): boolean {
  const first = /^([A-Z][a-z]+)\b/.exec(text)?.[1]?.toLowerCase();
  if (!first || NOT_VERBS.has(first)) return false;
  if (DUTY_VERBS.has(first) || (listItem && THIRD_PERSON.test(text))) return true;
  const stem = first.endsWith("ies") ? `${first.slice(0, -3)}y` : first.replace(/e?s$/, "");
  return (
    first.endsWith("s") &&
    !first.endsWith("ss") &&
    (DUTY_VERBS.has(stem) || DUTY_VERBS.has(first.slice(0, -1)))
  );
}

/** What each piece reads as, in order; undefined: nothing it reads as. */
export function guessPieces(pieces: readonly Piece[]): Array<Guess | undefined> {
  let definitionOpen = true;
  let previous: Guess | undefined;
  return pieces.map((piece) => {
    const text = piece.text;
    let guess: Guess | undefined;
    if (KSA.test(text)) guess = "knowledgeSkillsAbilities";
    else if (QUALIFICATION.test(text)) guess = "minimum";
    // After a duty, the next line in "-s" is a duty too, as an item of a list is.
    else if (
      isVerbFirst(
        text,
        piece.marker !== undefined || piece.units[0]?.role === "item" || previous === "duties",
      )
    )
      guess = "duties";
    else if (
      definitionOpen &&
      piece.units[0]?.role !== "item" &&
      text.split(" ").length >= MIN_DEFINITION_WORDS
    )
      guess = "definition";
    if (guess !== "definition") definitionOpen = false;
    previous = guess;
    return guess;
  });
}
