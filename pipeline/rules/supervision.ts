/** Class-distinction prose -> the supervision a level receives, its independence and lead work. */
import type { SupervisionRule } from "../../schemas/index.js";

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
