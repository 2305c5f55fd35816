/**
 * What of a requirement sentence a term does not model: its words outside
 * the phrases the term was read from and outside the grammar every such
 * sentence shares ("Must have ... of experience in ..."). A sentence with any
 * such word is only partly modelled, and the warning names those words, so
 * "state-approved ... program" or "issued by the Kentucky Board of Nursing"
 * is never dropped silently.
 */
import { type Token, tokensOf } from "../shared/amounts.js";

/** The grammar of requirement sentences: words that state no condition of their own. */
const GRAMMAR = new Set([
  "must",
  "have",
  "has",
  "possess",
  "possession",
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
  const covered = new Set(
    explained.flatMap((phrase) => tokensOf(phrase).map((token) => token.word)),
  );
  const runs: Token[][] = [];
  let run: Token[] = [];
  for (const token of tokensOf(sentence)) {
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
  return runs.map((words) =>
    sentence.slice((words[0] as Token).start, (words[words.length - 1] as Token).end),
  );
}

/** What of a substitution sentence its rule does not hold (the substitute's words it does not read). */
export function unmodelledSubstitution(sentence: string, explained: readonly string[]): string[] {
  return unmodelledRuns(sentence, explained, SUBSTITUTION_GRAMMAR);
}
