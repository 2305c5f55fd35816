/**
 * When a wording edit is editorial (docs/diff.md, "Editorial edits"). Case,
 * punctuation and whitespace never change who qualifies or what is paid, and
 * neither does a spelling fix ("acuracy" -> "accuracy"), a word split or
 * joined ("work load" -> "workload"), or a swap of function words that keep
 * the meaning ("that include" -> "which include"). A number, a negation, a
 * modal (may, must, will, shall) or a named thing changed is never editorial,
 * however small the edit: "must" -> "most" is one letter.
 */
import { diffArrays } from "diff";
import { plainPunctuation } from "../shared/text.js";
import { normalizeText } from "./normalize.js";

/** Words whose change changes what a sentence requires, permits or counts. */
const NEVER_EDITORIAL: ReadonlySet<string> = new Set([
  // negations
  "not",
  "no",
  "never",
  "nor",
  "neither",
  "none",
  "without",
  "cannot",
  "non",
  "unless",
  "except",
  // modals and their like
  "may",
  "must",
  "will",
  "shall",
  "should",
  "can",
  "could",
  "would",
  "might",
  "required",
  "optional",
  // numbers in words
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "half",
  "first",
  "second",
  "third",
]);

/** Function words that stand for one another without changing the meaning. */
const INTERCHANGEABLE: ReadonlyArray<ReadonlySet<string>> = [
  new Set(["that", "which"]),
  new Set(["toward", "towards"]),
  new Set(["among", "amongst"]),
  new Set(["while", "whilst"]),
  new Set(["upon", "on"]),
];

interface Token {
  /** Lowercased, as compared. */
  word: string;
  /** A proper name or code as printed: capitalized mid-sentence, or capitals/digits after its first letter ("IBM", "z/OS"). */
  named: boolean;
}

const WORD = /[\p{L}\p{N}]+/gu;

function tokens(text: string): Token[] {
  const plain = plainPunctuation(normalizeText(text)).normalize("NFKC");
  const out: Token[] = [];
  for (const match of plain.matchAll(WORD)) {
    const raw = match[0];
    const before = plain.slice(0, match.index).trimEnd();
    const sentenceStart = before === "" || /[.!?:;]$/.test(before);
    const inner = /\p{Lu}/u.test(raw.slice(1));
    const capital = /^\p{Lu}/u.test(raw);
    out.push({ word: raw.toLowerCase(), named: inner || (capital && !sentenceStart) });
  }
  return out;
}

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number) => rows[i]?.[j] ?? 0;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, at(i - 2, j - 2) + 1);
      const row = rows[i];
      if (row) row[j] = best;
    }
  }
  return at(a.length, b.length);
}

/**
 * A misspelling of the same word. Without a dictionary, two real words one
 * letter apart ("cost", "post"; "order", "older") look like a typo, so a
 * short word's fix must be a letter missing, doubled or swapped, not one
 * letter for another; only a word of eight letters or more may take a
 * substitution, and up to two edits.
 */
function spellingFix(a: string, b: string): boolean {
  if (Math.min(a.length, b.length) < 5) return false;
  const distance = editDistance(a, b);
  if (Math.max(a.length, b.length) >= 8) return distance <= 2;
  const sameLetters = [...a].sort().join("") === [...b].sort().join("");
  return distance === 1 && (a.length !== b.length || sameLetters);
}

function protectedToken(token: Token): boolean {
  return token.named || /\p{N}/u.test(token.word) || NEVER_EDITORIAL.has(token.word);
}

/** One changed run: the words removed and the words added in their place. */
function editorialHunk(removed: readonly Token[], added: readonly Token[]): boolean {
  if (removed.map((t) => t.word).join("") === added.map((t) => t.word).join("")) return true;
  if (removed.length !== added.length) return false;
  return removed.every((was, index) => {
    const now = added[index];
    if (!now || protectedToken(was) || protectedToken(now)) return false;
    const swap = INTERCHANGEABLE.some((group) => group.has(was.word) && group.has(now.word));
    return swap || spellingFix(was.word, now.word);
  });
}

/**
 * True when every change from `before` to `after` is editorial (the texts
 * are assumed to differ): words compared lowercase, so case and punctuation
 * fall away first.
 */
export function editorialEdit(before: string, after: string): boolean {
  const a = tokens(before);
  const b = tokens(after);
  const parts = diffArrays(
    a.map((token) => token.word),
    b.map((token) => token.word),
  );
  let i = 0;
  let j = 0;
  let removed: Token[] = [];
  let added: Token[] = [];
  const flush = () => {
    const ok = editorialHunk(removed, added);
    removed = [];
    added = [];
    return ok;
  };
  for (const part of parts) {
    const count = part.value.length;
    if (part.removed) {
      removed.push(...a.slice(i, i + count));
      i += count;
    } else if (part.added) {
      added.push(...b.slice(j, j + count));
      j += count;
    } else {
      if (!flush()) return false;
      i += count;
      j += count;
    }
  }
  return flush();
}
