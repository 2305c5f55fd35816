/** Class-distinction prose -> the supervision a level receives, its independence and lead work. */
import type { SupervisionAlternative, SupervisionRule } from "../../schemas/index.js";
import { trimCharacters } from "../shared/text.js";

type Facts = Pick<SupervisionRule, "received" | "independence" | "leadWork">;

const RECEIVED: ReadonlyArray<{ received: SupervisionRule["received"]; pattern: RegExp }> = [
  { received: "close", pattern: /\b(?:close|direct|immediate)\s+supervision\b/i },
  { received: "limited", pattern: /\blimited\s+supervision\b/i },
  { received: "general", pattern: /\bgeneral\s+(?:supervision|direction)\b/i },
  { received: "none", pattern: /\b(?:without|no)\s+supervision\b/i },
];
const INDEPENDENCE =
  /\b(low|limited|moderate|considerable|high|substantial)\s+degree\s+of\s+independence\b/i;
const INDEPENDENCE_LEVEL: Record<string, NonNullable<SupervisionRule["independence"]>> = {
  low: "low",
  limited: "low",
  moderate: "moderate",
  considerable: "high",
  high: "high",
  substantial: "high",
};
const LEAD_WORK =
  /\blead\s+worker\s+duties\s+(?:(may)\s+be|(?:are|is)\s+(commonly|often|typically|usually))\s+performed\b/i;

export function supervisionFacts(text: string): Facts | undefined {
  const received = RECEIVED.find(({ pattern }) => pattern.test(text))?.received;
  if (!received) return undefined;
  const facts: Facts = { received };
  const independence = INDEPENDENCE.exec(text)?.[1]?.toLowerCase();
  if (independence) facts.independence = INDEPENDENCE_LEVEL[independence] ?? "moderate";
  const lead = LEAD_WORK.exec(text);
  if (lead) facts.leadWork = lead[1] ? "may" : "commonly";
  return facts;
}

/** The sentence of `text` that states the supervision received, for the rule's `text`. */
export function supervisionSentence(text: string, sentences: readonly string[]): string {
  return (
    sentences.find((sentence) => RECEIVED.some(({ pattern }) => pattern.test(sentence))) ?? text
  );
}

/** Words that join alternatives: "…, or functions as a trainee …" (in whitespace-collapsed text). */
const OR = /,? or /gi;
/** The opening words a parallel alternative repeats ("Functions …, or functions …"). */
const OPENING_WORDS = 3;
const MIN_REPEATED_LENGTH = 4;
const CLAUSE_EDGES = new Set([..." \t\n,;."]);

/**
 * The ways a sentence offers to fill a level: "Functions at the journey level
 * …, or functions as a trainee under close supervision" is two alternatives,
 * each with its own supervision. An "or" starts an alternative when the word
 * after it repeats one of the sentence's opening words (the verb both
 * clauses share); any other "or" ("general or close") joins words, not ways.
 */
export function supervisionAlternatives(sentence: string): SupervisionAlternative[] | undefined {
  const opening = (sentence.match(/[\p{L}]+/gu) ?? [])
    .slice(0, OPENING_WORDS)
    .map((word) => word.toLowerCase())
    .filter((word) => word.length >= MIN_REPEATED_LENGTH);
  const cuts: Array<{ start: number; end: number }> = [];
  for (const match of sentence.matchAll(OR)) {
    const after = sentence.slice(match.index + match[0].length);
    const word = /^[\p{L}]+/u.exec(after)?.[0]?.toLowerCase();
    if (word && opening.includes(word))
      cuts.push({ start: match.index, end: match.index + match[0].length });
  }
  if (cuts.length === 0) return undefined;
  const clauses: string[] = [];
  let from = 0;
  for (const cut of cuts) {
    clauses.push(sentence.slice(from, cut.start));
    from = cut.end;
  }
  clauses.push(sentence.slice(from));
  return clauses.map((raw) => {
    const text = trimCharacters(raw, CLAUSE_EDGES);
    const facts = supervisionFacts(text);
    const alternative: SupervisionAlternative = { text };
    if (facts?.received) alternative.received = facts.received;
    if (facts?.independence) alternative.independence = facts.independence;
    return alternative;
  });
}
