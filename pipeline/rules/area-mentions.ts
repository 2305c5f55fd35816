/**
 * Which areas of work a class distinction names. Distinctions list areas in
 * their own words ("mainframe/platform administration", "information
 * technology security"); each listed phrase is matched to the one area whose
 * name it covers best.
 */

const STOPWORDS = new Set([
  "and",
  "or",
  "of",
  "the",
  "a",
  "an",
  "in",
  "for",
  "to",
  "it",
  "information",
  "technology",
]);
/** A phrase names an area when it holds at least this share of the area's words, its head noun included. */
const MIN_COVERAGE = 0.5;

function stem(word: string): string {
  return word.length > 4 && word.endsWith("s") && !word.endsWith("ss") ? word.slice(0, -1) : word;
}

export function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== "" && !STOPWORDS.has(word))
    .map(stem);
}

/** The listed phrases of a distinction: "supporting a, b, c, and/or d." -> [a, b, c, d]. */
export function listedPhrases(text: string): string[] {
  return text
    .split(/[.;]/)
    .flatMap((sentence) => sentence.split(/,|\band\/or\b|\bor\b/))
    .map((phrase) => phrase.trim())
    .filter((phrase) => phrase !== "");
}

export interface AreaName {
  number: number;
  name: string;
}

function coverage(phrase: readonly string[], area: readonly string[]): number {
  const head = area[area.length - 1];
  if (area.length === 0 || head === undefined || !phrase.includes(head)) return 0;
  return area.filter((word) => phrase.includes(word)).length / area.length;
}

/**
 * Numbers of the areas `text` names. A phrase names every area whose words it
 * holds in full ("air quality permitting and water quality monitoring" names
 * two); failing that, the one area it covers best ("information technology
 * security" -> "Enterprise IT Security"), so "product management" never also
 * names "Project Management".
 */
export function areasNamed(text: string, areas: readonly AreaName[]): Set<number> {
  const named = new Set<number>();
  const areaWords = areas.map((area) => ({ number: area.number, words: wordsOf(area.name) }));
  for (const phrase of listedPhrases(text)) {
    const words = wordsOf(phrase);
    const scored = areaWords
      .map((area) => ({ number: area.number, score: coverage(words, area.words) }))
      .filter((area) => area.score >= MIN_COVERAGE);
    const full = scored.filter((area) => area.score === 1);
    if (full.length > 0) {
      for (const area of full) named.add(area.number);
      continue;
    }
    const best = scored.sort((a, b) => b.score - a.score)[0];
    if (best) named.add(best.number);
  }
  return named;
}
