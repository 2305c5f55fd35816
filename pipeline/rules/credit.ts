/**
 * The exact credit a substitution sentence states, and nothing it does not:
 *
 * - an exchange rate printed as one ("(thirty (30) semester hours equal one
 *   year)", "on a year-for-year basis", "Each year of X ... for one year of
 *   Y", or an amount traded for an amount: "Six (6) months of X will
 *   substitute for fifteen (15) semester hours of Y"), with its cap ("up to a
 *   maximum of two years");
 * - an amount the substitute counts for once ("A master's degree ... will
 *   substitute for one year of the required experience");
 * - the whole requirement ("... will substitute for the experience
 *   requirement"), the substitute's own amount kept beside it ("Sixty (60)
 *   semester hours ... will substitute for the associate degree"); a sentence
 *   that only permits ("may be substituted for education") with no amount is
 *   full only when it says so ("in full", "for the entire ...").
 *
 * What does not read as one of these is `unstated`, with the reason, never a
 * guess.
 */
import type { Amount, AmountUnit, SubstitutionCredit } from "../../schemas/qualifications.js";
import { amountAt, amountsIn, type FoundAmount, type Token, tokensOf } from "../shared/amounts.js";
import { ownValue } from "../shared/word-table.js";

export interface CreditFacts {
  credit: SubstitutionCredit;
  /** How much of the substitute the sentence names, when it counts as a whole. */
  substituteAmount?: Amount;
  /** Why the credit is `unstated` or only partly read: for the warning. */
  unclear?: string;
  /** The amounts the sentence prints, as printed ("thirty (30) semester hours"). */
  amountWords: string[];
}

const BASIS_UNITS: Readonly<Record<string, AmountUnit>> = { year: "year", month: "month" };
const EQUALS = new Set(["equal", "equals", "=", "equivalent", "is"]);
/** "may be substituted", "may substitute": a permission, not an amount. */
const PERMISSIVE = /\bmay\s+(?:be\s+)?substitut/i;
/** Wording that states the whole requirement is met. */
const IN_FULL = /\bin\s+full\b|\bentire\b|\bfully\b|\ball\s+of\s+the\b/i;
const CAP_OPENERS: ReadonlyArray<readonly string[]> = [
  ["up", "to", "a", "maximum", "of"],
  ["up", "to"],
  ["a", "maximum", "of"],
  ["maximum", "of"],
  ["not", "to", "exceed"],
  ["no", "more", "than"],
];

function wordsAt(tokens: readonly Token[], at: number, words: readonly string[]): boolean {
  return words.every((word, offset) => tokens[at + offset]?.word === word);
}

/** "on a year-for-year basis": the two units, when both are times. */
function basisUnits(tokens: readonly Token[]): {
  give?: AmountUnit | undefined;
  get?: AmountUnit | undefined;
  found: boolean;
} {
  for (let at = 0; at < tokens.length; at++) {
    // ", year for year,": the basis printed without "basis". The unit is looked up last: a
    // property read by a token's word costs more than comparing the words around it.
    if (tokens[at + 1]?.word === "for" && tokens[at + 2]?.word === tokens[at]?.word) {
      const unit = ownValue(BASIS_UNITS, tokens[at]?.word ?? "");
      if (unit) return { give: unit, get: unit, found: true };
    }
    if (tokens[at]?.word !== "basis") continue;
    const phrase = tokens[at - 1]?.word ?? "";
    const [give, link, get] = phrase.split("-");
    if (link !== "for" || give === undefined || get === undefined) return { found: true };
    const units = { give: ownValue(BASIS_UNITS, give), get: ownValue(BASIS_UNITS, get) };
    return { ...units, found: true };
  }
  return { found: false };
}

/** "(thirty (30) semester hours equal one year)": an amount, an equals word, an amount. */
function printedRate(tokens: readonly Token[]): { give: Amount; get: Amount } | undefined {
  for (const give of amountsIn(tokens)) {
    let at = give.to;
    if (!EQUALS.has(tokens[at]?.word ?? "")) continue;
    while (EQUALS.has(tokens[at]?.word ?? "") || tokens[at]?.word === "to") at++;
    const get = amountAt(tokens, at);
    if (get) return { give: { ...give.amount }, get: get.amount };
  }
  return undefined;
}

/** "at the rate of one year for each year of high school": the first amount for each of the second. */
function rateOf(tokens: readonly Token[]): { give: Amount; get: Amount } | "unread" | undefined {
  const at = tokens.findIndex(
    (token, index) => token.word === "rate" && tokens[index + 1]?.word === "of",
  );
  if (at < 0) return undefined;
  const give = amountAt(tokens, at + 2);
  const each = tokens.findIndex(
    (token, index) => index > at && (token.word === "each" || token.word === "every"),
  );
  // "at the rate of 45 quarter credits for one year": the first amount for the one after "for".
  const forAmount =
    give && tokens[give.to]?.word === "for" ? amountAt(tokens, give.to + 1) : undefined;
  if (give && forAmount && each < 0) return { give: give.amount, get: forAmount.amount };
  if (!give || each < 0) return "unread";
  const counted = amountAt(tokens, each + 1)?.amount;
  const unit = ownValue(BASIS_UNITS, tokens[each + 1]?.word ?? "");
  const get = counted ?? (unit ? { amount: 1, unit } : undefined);
  return get ? { give: give.amount, get } : "unread";
}

function capIn(tokens: readonly Token[]): Amount | undefined {
  for (let at = 0; at < tokens.length; at++) {
    const opener = CAP_OPENERS.find((words) => wordsAt(tokens, at, words));
    if (!opener) continue;
    const cap = amountAt(tokens, at + opener.length);
    if (cap) return cap.amount;
  }
  return undefined;
}

function leading(amounts: readonly FoundAmount[]): FoundAmount | undefined {
  const first = amounts[0];
  return first && first.from === 0 ? first : undefined;
}

/** The subject opens with "Each"/"Every": a rate by construction ("Each year of X"). */
function eachAmount(subject: readonly Token[]): Amount | undefined {
  const first = subject[0]?.word;
  if (first !== "each" && first !== "every") return undefined;
  // "Each additional year of ...": the adjective before the unit.
  const at = subject[1]?.word === "additional" ? 2 : 1;
  const counted = amountAt(subject, at);
  if (counted) return counted.amount;
  const unit = subject[at]?.word;
  const basis = unit === undefined ? undefined : ownValue(BASIS_UNITS, unit);
  return basis ? { amount: 1, unit: basis } : undefined;
}

export function creditOf(sentence: string, subject: string, target: string): CreditFacts {
  const read = readCredit(sentence, subject, target);
  const tokens = tokensOf(sentence);
  const amountWords = amountsIn(tokens).map((found) =>
    sentence.slice((tokens[found.from] as Token).start, (tokens[found.to - 1] as Token).end),
  );
  const basis = /\b(?:year|month)\s+for\s+(?:year|month)\b/i.exec(sentence)?.[0];
  if (basis) amountWords.push(basis);
  return { ...read, amountWords };
}

function readCredit(
  sentence: string,
  subject: string,
  target: string,
): Omit<CreditFacts, "amountWords"> {
  const tokens = tokensOf(sentence);
  const subjectTokens = tokensOf(subject);
  // Copies: `amountsIn` shares its answers with the sentence's other readers.
  const subjectFound = leading(amountsIn(subjectTokens));
  const subjectAmount = subjectFound && { ...subjectFound.amount };
  const targetFound = amountsIn(tokensOf(target))[0];
  const targetAmount = targetFound && { ...targetFound.amount };
  const cap = capIn(tokens);
  const withCap = (
    credit: Extract<SubstitutionCredit, { kind: "rate" }>,
  ): Omit<CreditFacts, "amountWords"> => ({
    credit: cap ? { ...credit, cap } : credit,
  });

  const printed = printedRate(tokens);
  if (printed) return withCap({ kind: "rate", ...printed });
  const rate = rateOf(tokens);
  if (rate === "unread")
    return { credit: { kind: "unstated" }, unclear: "a rate phrase classpec cannot read" };
  if (rate) return withCap({ kind: "rate", ...rate });
  const each = eachAmount(subjectTokens);
  const basis = basisUnits(tokens);
  if (each) {
    const get = targetAmount ?? (basis.get ? { amount: 1, unit: basis.get } : undefined);
    if (get) return withCap({ kind: "rate", give: each, get });
  }
  if (basis.found) {
    if (basis.give && basis.get && basis.give === basis.get)
      return withCap({
        kind: "rate",
        give: subjectAmount ?? { amount: 1, unit: basis.give },
        get: targetAmount ?? { amount: 1, unit: basis.get },
      });
    return {
      credit: { kind: "unstated" },
      unclear: "a basis phrase classpec cannot read as a rate",
    };
  }
  if (subjectAmount && targetAmount)
    return withCap({ kind: "rate", give: subjectAmount, get: targetAmount });
  const unclearCap = cap ? { unclear: "a cap on a credit that is not a rate" } : {};
  // "may substitute for up to one year": a most, not what a substitute earns.
  if (cap && targetAmount)
    return {
      credit: { kind: "unstated" },
      unclear: 'an amount printed only as a most ("up to"), what a substitute earns is not stated',
    };
  if (targetAmount) return { credit: { kind: "amount", amount: targetAmount }, ...unclearCap };
  // "Additional experience ... may be substituted for education": permission with no
  // amount says the substitute counts, not that it replaces the whole requirement.
  if (PERMISSIVE.test(sentence) && !IN_FULL.test(sentence))
    return {
      credit: { kind: "unstated" },
      unclear:
        'the sentence permits a substitution ("may") but states no amount and no "in full"; how much the substitute counts for is not stated',
    };
  return {
    credit: { kind: "full" },
    ...(subjectAmount ? { substituteAmount: subjectAmount } : {}),
    ...unclearCap,
  };
}
