/**
 * What of a requirement sentence a term does not model: its words outside
 * the phrases the term was read from and outside the grammar every such
 * sentence shares ("Must have ... of experience in ..."). A sentence with any
 * such word is only partly modelled, and the warning names those words, so
 * "state-approved ... program" or "issued by the Kentucky Board of Nursing"
 * is never dropped silently.
 */
import { amountsIn, type FoundAmount, type Token, tokensOf } from "../shared/amounts.js";

/** The grammar of requirement sentences: words that state no condition of their own. */
const GRAMMAR = new Set([
  "must",
  "have",
  "has",
  "possess",
  "possession",
  // "Requires one year of …": the lead-in "must have" is, opening the sentence.
  "requires",
  "hold",
  "of",
  "a",
  "an",
  "the",
  "in",
  "or",
  "and",
  "with",
  "as",
  "to",
  "at",
  "least",
  "be",
  "is",
  "are",
  "graduate",
  "college",
  "university",
  "accredited",
  "school",
  "degree",
  "diploma",
  "year",
  "years",
  "month",
  "months",
  "experience",
  "including",
  "capacity",
  "setting",
  "settings",
  "required",
  "field",
  "related",
  "high",
  "ged",
  "g.e.d",
  "bachelor's",
  "bachelor",
  "baccalaureate",
  "master's",
  "master",
  "masters",
  "associate",
  "associate's",
  "doctorate",
  "doctoral",
  "certificate",
  "license",
  "licence",
  "licensed",
  "certification",
  "certified",
  "current",
  "valid",
]);
/** The grammar of substitution sentences, beyond that of requirements. */
const SUBSTITUTION_GRAMMAR = new Set([
  // "Graduate of" opens requirements; in a substitute, "graduate coursework" is a level the model does not hold.
  ...[...GRAMMAR].filter((word) => word !== "graduate"),
  "will",
  "may",
  "can",
  "shall",
  "substitute",
  "substituted",
  "for",
  "on",
  "basis",
  "year-for-year",
  "month-for-month",
  "equal",
  "equals",
  "requirement",
  "education",
  "each",
  "every",
  "semester",
  "quarter",
  "credit",
  "hour",
  "hours",
  "coursework",
  "course",
  "work",
  "training",
  "up",
  "maximum",
  "rate",
]);

const MARKS = new Set(["(", ")", ",", ";", "="]);

/** Runs of words of `sentence` that no explained phrase and no grammar word covers, as printed. */
export function unmodelledRuns(
  sentence: string,
  explained: readonly string[],
  grammar: ReadonlySet<string> = GRAMMAR,
): string[] {
  // Filled word by word: no array of words per phrase and of all phrases built to be thrown away.
  const covered = new Set<string>();
  for (const phrase of explained) for (const token of tokensOf(phrase)) covered.add(token.word);
  const runs: Token[][] = [];
  let run: Token[] = [];
  const tokens = tokensOf(sentence);
  for (const token of tokens) {
    const free = MARKS.has(token.word) || grammar.has(token.word) || covered.has(token.word);
    if (!free) {
      run.push(token);
      continue;
    }
    if (run.length > 0 && !MARKS.has(token.word) && grammar.has(token.word)) continue;
    if (run.length > 0) runs.push(run);
    run = [];
  }
  if (run.length > 0) runs.push(run);
  const amounts = amountsIn(tokens);
  const spans = runs.map((words) => amountSpan(tokens, amounts, words));
  return [...new Set(spans.map(([start, end]) => sentence.slice(start, end)))];
}

/**
 * A run that is the count of an amount ("one" of "up to one year") is named as the amount,
 * with its "up to": the warning says what is left out, not a lone number.
 */
function amountSpan(
  tokens: readonly Token[],
  amounts: readonly FoundAmount[],
  words: readonly Token[],
): [number, number] {
  const first = words[0] as Token;
  const last = words[words.length - 1] as Token;
  const found = amounts.find(
    (amount) =>
      (tokens[amount.from] as Token).start <= first.start &&
      last.end <= (tokens[amount.to - 1] as Token).end,
  );
  if (!found) return [first.start, last.end];
  const upTo = tokens[found.from - 2]?.word === "up" && tokens[found.from - 1]?.word === "to";
  const from = tokens[upTo ? found.from - 2 : found.from] as Token;
  return [from.start, (tokens[found.to - 1] as Token).end];
}

/** What of a substitution sentence its rule does not hold (the substitute's words it does not read). */
export function unmodelledSubstitution(sentence: string, explained: readonly string[]): string[] {
  return unmodelledRuns(sentence, explained, SUBSTITUTION_GRAMMAR);
}
