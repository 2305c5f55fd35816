/**
 * Requirement sentences -> the terms of a qualification expression
 * (schemas/qualifications.ts), each with the phrases it was read from, so
 * that what a term does not model can be named (coverage.ts).
 */
import type {
  CredentialTerm,
  EducationLevel,
  EducationTerm,
  ExperienceLevel,
  ExperiencePart,
  ExperienceTerm,
} from "../../schemas/qualifications.js";
import { amountAt, amountsOf, inYears, type Token, tokensOf } from "../shared/amounts.js";
import { gradeOfOrdinal } from "../shared/grades.js";
import { experienceAreas } from "./area-lists.js";
import { credentialIn, fieldIn, splitAreas } from "./credentials.js";
import { areaAfterExperience, areaBeforeExperience } from "./experience-areas.js";

export interface ReadTerm<Term> {
  term: Term;
  /** The phrases of the sentence the term holds: words outside them may be unmodelled. */
  explained: string[];
}

const LEVEL_RANK: readonly ExperienceLevel[] = [
  "paraprofessional",
  "professional",
  "lead",
  "supervisory",
  "management",
];
const LEVEL_WORDS: Readonly<Record<string, ExperienceLevel>> = {
  paraprofessional: "paraprofessional",
  professional: "professional",
  lead: "lead",
  "lead worker": "lead",
  leadership: "lead",
  supervisor: "supervisory",
  supervisory: "supervisory",
  management: "management",
  managerial: "management",
  manager: "management",
};
/** "in a management capacity", "as a lead worker or supervisor": the level words after the opener. */
const CAPACITY = /\bin\s+an?\s+(supervisory|management|managerial|lead|leadership)\s+capacity\b/i;
const AS_ROLE =
  /\bas\s+an?\s+(lead\s+worker|supervisor|manager)(?:\s+or\s+(?:an?\s+)?(lead\s+worker|supervisor|manager))?\b/i;
const LEVEL_WORD =
  /\b(paraprofessional|professional|supervisory|managerial)\s+(?:[a-z-]+\s+)?experience\b/i;

/** The lowest level a phrase admits ("lead worker or supervisor" admits a lead worker). */
function lowest(levels: ReadonlyArray<ExperienceLevel | undefined>): ExperienceLevel | undefined {
  const known = levels.filter((level): level is ExperienceLevel => level !== undefined);
  return known.sort((a, b) => LEVEL_RANK.indexOf(a) - LEVEL_RANK.indexOf(b))[0];
}

function levelOf(word: string | undefined): ExperienceLevel | undefined {
  return word === undefined ? undefined : LEVEL_WORDS[word.toLowerCase().replace(/\s+/g, " ")];
}

/** The level an experience phrase demands, with the phrase it was read from. */
export function experienceLevelPhrase(
  text: string,
): { level: ExperienceLevel; phrase: string } | undefined {
  for (const pattern of [CAPACITY, AS_ROLE, LEVEL_WORD]) {
    const match = pattern.exec(text);
    const level = match && lowest([levelOf(match[1]), levelOf(match[2])]);
    if (match && level) return { level, phrase: match[0] };
  }
  return undefined;
}

export function experienceLevelIn(text: string): ExperienceLevel | undefined {
  return experienceLevelPhrase(text)?.level;
}

const MODIFIERS = new Set([
  "full-time",
  "part-time",
  "professional",
  "paraprofessional",
  "paid",
  "progressively",
  "responsible",
  "of",
  "a",
  "an",
  "the",
]);

/** "Six (6) months of full-time professional accounting" -> "accounting". */
export function stripModifiers(text: string): string {
  const tokens = tokensOf(text);
  const amount = amountsOf(text)[0];
  let at = amount && amount.from === 0 ? amount.to : 0;
  while (at < tokens.length && MODIFIERS.has((tokens[at] as Token).word)) at++;
  const first = tokens[at];
  return first ? text.slice(first.start).trim() : "";
}

const RELATED = /^(?:a|an|any|other)?\s*(?:closely\s+)?related\b/i;

/** Listed areas or fields, with "or a related field" read as a flag, not a field. */
function listed(
  text: string,
  split: (text: string) => string[] = splitAreas,
): { items: string[]; related: boolean; relatedAs?: string } {
  const items = split(text);
  const kept = items.filter((item) => !RELATED.test(item));
  const related = items.find((item) => RELATED.test(item));
  // "a related natural science" names a kind; "a related field" names none.
  const named =
    related !== undefined &&
    !/^(?:a|an|any|other)?\s*(?:closely\s+)?related\s+fields?$/i.test(related);
  return { items: kept, related: related !== undefined, ...(named ? { relatedAs: related } : {}) };
}

/** "in a correctional or institutional setting" -> its settings and the phrase. */
export function settingsIn(text: string): { settings: string[]; phrase: string } | undefined {
  const tokens = tokensOf(text);
  const end = tokens.findIndex((token) => token.word === "setting" || token.word === "settings");
  if (end < 0) return undefined;
  let start = end - 1;
  while (start >= 0 && (tokens[start] as Token).word !== "in") start--;
  const first = tokens[start + 1];
  const last = tokens[end];
  if (start < 0 || !first || !last) return undefined;
  const inner = text
    .slice(first.start, (tokens[end - 1] as Token).end)
    .replace(/^(?:an?|the)\s+/i, "");
  return {
    settings: splitAreas(inner),
    phrase: text.slice((tokens[start] as Token).start, last.end),
  };
}

function yearsIn(text: string): { years: number; phrase: string; unstated?: true } | undefined {
  const tokens = tokensOf(text);
  for (const found of amountsOf(text)) {
    const years = inYears(found.amount);
    if (years === undefined) continue;
    const phrase = text.slice(
      (tokens[found.from] as Token).start,
      (tokens[found.to - 1] as Token).end,
    );
    return { years: Math.round(years * 100) / 100, phrase };
  }
  return undefined;
}

/** "one year in field sampling" -> "field sampling": the words after the first "in", "as" or "with". */
function afterLink(clause: string): string | undefined {
  const tokens = tokensOf(clause);
  let at = tokens.findIndex(
    (token) => token.word === "in" || token.word === "as" || token.word === "with",
  );
  // "one year of habitat project work": the words after the amount's "of".
  if (at < 0) at = tokens.findIndex((token) => token.word === "of");
  if (at < 0) return undefined;
  at++;
  if (tokens[at]?.word === "a" || tokens[at]?.word === "an") at++;
  const first = tokens[at];
  return first ? clause.slice(first.start) : undefined;
}

/** "one year as a lead worker or supervisor", "two years in a management capacity". */
function includedPart(clause: string): ReadTerm<ExperiencePart> | undefined {
  const years = yearsIn(clause);
  if (!years) return undefined;
  const explained = [years.phrase];
  const part: ExperiencePart = { text: clause, years: years.years, areas: [], settings: [] };
  const level = experienceLevelPhrase(clause);
  const settings = settingsIn(clause);
  if (level) {
    part.level = level.level;
    explained.push(level.phrase);
  } else if (settings) {
    part.settings = settings.settings;
    explained.push(settings.phrase);
  } else {
    const area = afterLink(clause);
    if (!area) return undefined;
    part.areas = splitAreas(area.replace(/[.;]$/, ""));
    explained.push(area);
  }
  return { term: part, explained };
}

const EQUAL_TO = /^\s*experience\s+equal\s+to\s+/i;

/** ", one of which included", ", one year of which includes": the lead-in of an included part. */
const OF_WHICH_LEAD =
  /,\s*(one|two|three)\s+(?:(?:year|years)\s+)?of\s+which\s+(?:included|includes|include)\s+/gi;
/** What follows the lead-in to the end of the sentence: one clause, its full stop optional. */
const OF_WHICH_REST = /^([^.;]+)(?:[.;]\s*)?$/;

interface OfWhich {
  /** Where the comma of the lead-in is. */
  index: number;
  /** From the comma to the end of the sentence. */
  text: string;
  count: string;
  what: string;
}

/**
 * ", one of which included account reconciliation", ", one year of which included outreach ...":
 * the first lead-in whose rest is one clause to the end. Two anchored steps rather than one
 * unanchored pattern, whose clause and trailing spaces could be split many ways (ReDoS).
 */
function ofWhichAt(sentence: string): OfWhich | undefined {
  for (const lead of sentence.matchAll(OF_WHICH_LEAD)) {
    const rest = OF_WHICH_REST.exec(sentence.slice(lead.index + lead[0].length));
    const [, count] = lead;
    const what = rest?.[1];
    if (count && what) return { index: lead.index, text: sentence.slice(lead.index), count, what };
  }
  return undefined;
}

/** The experience before ", one of which included X", with X as the part it must include. */
function ofWhichTerm(sentence: string, which: OfWhich): ReadTerm<ExperienceTerm> | undefined {
  const main = experienceTerm(sentence.slice(0, which.index));
  if (!main) return undefined;
  const part = includedPart(`${which.count} year in ${which.what.trim()}`);
  if (!part) return undefined;
  const term = {
    ...main.term,
    text: sentence,
    includes: [{ ...part.term, text: which.text.replace(/^,\s*/, "").replace(/[.;]\s*$/, "") }],
  };
  return { term, explained: [...main.explained, which.text] };
}

/** Where ", including" starts in the sentence (its comma too) and where the clause after it starts. */
function includingAt(sentence: string): { start: number; end: number } | undefined {
  const token = tokensOf(sentence).find((candidate) => candidate.word === "including");
  if (!token) return undefined;
  const before = sentence.slice(0, token.start).trimEnd();
  const start = before.endsWith(",") ? before.length - 1 : before.length;
  return { start, end: token.end };
}

/**
 * The area up to a clause that qualifies it (", one year of which was at the
 * level of ..."): that clause is no area, and left unexplained it is named.
 */
function beforeClause(area: string): string {
  const tokens = tokensOf(area);
  const cut = tokens.findIndex(
    (token, at) =>
      token.word === "," &&
      (amountAt(tokens, at + 1) !== undefined ||
        tokens
          .slice(at + 1, at + 6)
          .some((next, offset) => next.word === "of" && tokens[at + 2 + offset]?.word === "which")),
  );
  return cut < 0 ? area : area.slice(0, (tokens[cut] as Token).start).trimEnd();
}

/** "a lookout for a public agency": whom the work was done for, a setting, not part of the role. */
function employerOf(area: string): { setting: string; phrase: string } | undefined {
  const tokens = tokensOf(area);
  const at = tokens.findLastIndex(
    (token, index) =>
      token.word === "for" && ["a", "an", "the"].includes(tokens[index + 1]?.word ?? ""),
  );
  const first = tokens[at + 2];
  if (at < 0 || !first) return undefined;
  const setting = area.slice(first.start).trim();
  // Only plain words: a clause after "for" ("for a period of ...") is not who the work was for.
  if (
    !/^[a-z][a-z ,-]*$/i.test(setting) ||
    tokens.slice(at + 2).some((token) => token.word === "period")
  )
    return undefined;
  return { setting, phrase: area.slice((tokens[at] as Token).start).trim() };
}

/** Words that make a sentence more than a bare "Experience in X.": a verb, a wish, a permission. */
const CLAUSE_WORDS = new Set(["is", "are", "may", "must", "should", "will", "can", "preferred"]);

/**
 * "Experience in automotive repair, fleet operations or equipment maintenance.": no amount is
 * printed, so some experience is required (more than none) and any amount meets it. Only the
 * bare form: a sentence with a verb ("... is generally preferred") says something else.
 */
function someExperience(
  main: string,
): { years: number; phrase: string; unstated: true } | undefined {
  const tokens = tokensOf(main);
  const [first, second] = tokens;
  if (first?.word !== "experience" || (second?.word !== "in" && second?.word !== "with"))
    return undefined;
  if (tokens.some((token) => CLAUSE_WORDS.has(token.word))) return undefined;
  return { years: 0, phrase: main.slice(first.start, first.end), unstated: true };
}

/**
 * "One year as a Seed Bank Technician 1": time served in a named class, the
 * sentence no more than the amount and the title. The title is the area, and
 * only a candidate's area naming it in full meets it (`asClass`).
 */
function classServed(sentence: string): ReadTerm<ExperienceTerm> | undefined {
  const tokens = tokensOf(sentence);
  const amount = amountsOf(sentence)[0];
  if (amount?.from !== 0) return undefined;
  const years = inYears(amount.amount);
  let at = amount.to;
  if (years === undefined || tokens[at]?.word !== "as") return undefined;
  at++;
  if (tokens[at]?.word === "a" || tokens[at]?.word === "an") at++;
  const first = tokens[at];
  const last = tokens.findLast((token) => /^[a-z0-9]/.test(token.word));
  const title =
    first && last && last.end > first.start ? sentence.slice(first.start, last.end) : "";
  // A title is capitalised words and numbers ("Seed Bank Technician 1", "Park Aide II").
  const words = title.split(/\s+/);
  if (!first || words.some((word) => !/^(?:[A-Z][A-Za-z'-]*|[0-9IVX]+)$/.test(word)))
    return undefined;
  const phrase = sentence.slice((tokens[0] as Token).start, (tokens[amount.to - 1] as Token).end);
  return {
    term: {
      kind: "experience",
      text: sentence,
      years: Math.round(years * 100) / 100,
      areas: [title],
      relatedArea: false,
      settings: [],
      includes: [],
      asClass: true,
    },
    explained: [phrase, title],
  };
}

/** "Must have three years of experience as a registered nurse, including one year in a ... setting." */
export function experienceTerm(sentence: string): ReadTerm<ExperienceTerm> | undefined {
  const which = ofWhichAt(sentence);
  if (which) return ofWhichTerm(sentence, which);
  // "experience equal to two years of full-time work in X" says "two years of experience in X".
  if (EQUAL_TO.test(sentence)) {
    const plain = sentence.replace(EQUAL_TO, "");
    const worded = /\bwork\s+in\b/i.test(plain)
      ? plain.replace(/\bwork\s+in\b/i, "experience in")
      : plain.replace(/\bwork\b/i, "experience");
    const read = worded === plain ? undefined : experienceTerm(worded);
    return (
      read && {
        term: { ...read.term, text: sentence },
        explained: [...read.explained, "experience equal to work"],
      }
    );
  }
  const served = classServed(sentence);
  if (served) return served;
  const split = includingAt(sentence);
  const main = split ? sentence.slice(0, split.start) : sentence;
  const years = yearsIn(main) ?? someExperience(main);
  if (!years) return undefined;
  const explained = [years.phrase];
  const term: ExperienceTerm = {
    kind: "experience",
    text: sentence,
    years: years.years,
    areas: [],
    relatedArea: false,
    settings: [],
    includes: [],
    ...(years.unstated ? { amountUnstated: true as const } : {}),
  };
  const level = experienceLevelPhrase(main);
  if (level) {
    term.level = level.level;
    explained.push(level.phrase);
  }
  const settings = settingsIn(main);
  if (settings) {
    term.settings = settings.settings;
    explained.push(settings.phrase);
  }
  const after = areaAfterExperience(main);
  let area = after ?? areaBeforeExperience(main);
  if (area) area = beforeClause(area);
  if (area && settings) area = area.replace(settings.phrase, "").trim();
  if (area && level && area.includes(level.phrase)) area = area.replace(level.phrase, "").trim();
  const employer = area && /\bexperience\s+as\b/i.test(main) ? employerOf(area) : undefined;
  if (area && employer) {
    term.settings = [...term.settings, employer.setting];
    explained.push(employer.phrase);
    area = area.slice(0, area.length - employer.phrase.length).trimEnd();
  }
  if (area) {
    let unsure = false;
    const { items, related } = listed(stripModifiers(area), (text) => {
      const read = experienceAreas(text, after !== undefined);
      unsure = read.unsure;
      return read.areas;
    });
    term.areas = items;
    term.relatedArea = related;
    // Kept whole, the phrase is left unexplained, so the sentence is warned naming it.
    if (!unsure) explained.push(area);
  }
  if (split) {
    const part = includedPart(sentence.slice(split.end).trim().replace(/[.;]$/, ""));
    if (!part) return undefined;
    term.includes.push(part.term);
    explained.push(...part.explained);
  }
  return { term, explained };
}

/** The levels a credential names; "coursework" is read from hours, not named as a credential. */
export const EDUCATION_LEVELS: ReadonlySet<string> = new Set<EducationLevel>([
  "high-school",
  "certificate",
  "associate",
  "bachelor",
  "master",
  "doctorate",
  "professional",
]);

/** "Graduate of a college or university with a bachelor's degree in accounting or a related field." */
export function educationTerm(sentence: string, wish = false): ReadTerm<EducationTerm> | undefined {
  const college = collegeYears(sentence, wish);
  if (college) return college;
  const grade = schoolGrade(sentence);
  if (grade) return grade;
  const credential = credentialIn(sentence);
  if (!credential || !EDUCATION_LEVELS.has(credential)) return undefined;
  const term: EducationTerm = {
    kind: "education",
    text: sentence,
    level: credential as EducationLevel,
    fields: [],
    relatedField: false,
  };
  // "a college or technical school": where a degree is earned, not a condition of its own.
  const explained: string[] = /\btechnical\s+school\b/i.test(sentence) ? ["technical school"] : [];
  const field = fieldIn(sentence);
  if (field) {
    const { items, related, relatedAs } = listed(field);
    term.fields = items;
    term.relatedField = related;
    if (relatedAs) term.relatedAs = relatedAs;
    explained.push(field);
  }
  const hours = amountsOf(sentence).find((found) => inYears(found.amount) === undefined);
  if (hours) term.hours = { ...hours.amount };
  return { term, explained };
}

/**
 * "Completion of the tenth grade": a school grade short of graduating, the
 * sentence no more than that. High school, with the grade; a twelfth grade
 * is graduation (credentials.ts reads it as high school).
 */
function schoolGrade(sentence: string): ReadTerm<EducationTerm> | undefined {
  const tokens = tokensOf(sentence).filter((token) => /^[a-z0-9]/.test(token.word));
  // The first "<ordinal> grade", with its grade: asked of each word once.
  let at = -1;
  let grade: number | undefined;
  for (let index = 0; index < tokens.length && at < 0; index++) {
    if (tokens[index + 1]?.word !== "grade") continue;
    grade = gradeOfOrdinal((tokens[index] as Token).word);
    if (grade !== undefined) at = index;
  }
  const ordinal = tokens[at];
  const words = tokens.map((token) => token.word);
  // Only "[Completion of] [the] tenth grade": any other word is a condition the term would drop.
  const rest = words.filter((_word, index) => index !== at && index !== at + 1);
  if (
    !ordinal ||
    grade === undefined ||
    rest.some((word) => !["completion", "of", "the", "completed", "through"].includes(word))
  )
    return undefined;
  return {
    term: {
      kind: "education",
      text: sentence,
      level: "high-school",
      fields: [],
      relatedField: false,
      grade,
    },
    explained: [`${ordinal.word} grade`, "completion"],
  };
}

/**
 * "Requires completion of two years of college with courses in biology,
 * ecology or education": an amount of college study (in years, as printed)
 * and the fields its courses must include.
 */
function collegeYears(sentence: string, wish: boolean): ReadTerm<EducationTerm> | undefined {
  const tokens = tokensOf(sentence);
  const found = amountsOf(sentence).find(
    (amount) =>
      inYears(amount.amount) !== undefined &&
      tokens[amount.to]?.word === "of" &&
      ["college", "university"].includes(tokens[amount.to + 1]?.word ?? ""),
  );
  if (!found) return undefined;
  const term: EducationTerm = {
    kind: "education",
    text: sentence,
    level: "coursework",
    fields: [],
    relatedField: false,
    hours: { ...found.amount },
  };
  const explained = [
    sentence.slice((tokens[found.from] as Token).start, (tokens[found.to + 1] as Token).end),
    "requires completion",
  ];
  let at = found.to + 2;
  // "…, preferably with courses in …": in a desirable or preferred set (`wish`) the courses are
  // what the set wishes for, its fields; in a minimum they are no minimum, so left unread there.
  const preferably =
    wish && tokens[at]?.word === "," && tokens[at + 1]?.word === "preferably"
      ? 2
      : wish && tokens[at]?.word === "preferably"
        ? 1
        : 0;
  at += preferably;
  if (
    tokens[at]?.word === "with" &&
    tokens[at + 1]?.word === "courses" &&
    tokens[at + 2]?.word === "in"
  ) {
    at += 3;
    const start = tokens[at];
    const last = tokens.findLast((token) => /^[a-z0-9]/.test(token.word));
    if (start && last && last.end > start.start) {
      const field = sentence.slice(start.start, last.end);
      const { items, related, relatedAs } = listed(field);
      term.fields = items;
      term.relatedField = related;
      if (relatedAs) term.relatedAs = relatedAs;
      explained.push(field, "with courses", ...(preferably > 0 ? ["preferably"] : []));
    }
  }
  return { term, explained };
}

const NAME_STOPS = new Set([
  "issued",
  "by",
  "from",
  "in",
  "under",
  "or",
  "and",
  "with",
  ",",
  ";",
  "(",
  ".",
]);
const NAME_OPENERS: ReadonlyArray<readonly string[]> = [
  ["license", "to", "practice", "as"],
  ["licensed", "as"],
  ["license", "as"],
  ["certified", "as"],
  ["certification", "as"],
  ["certification", "in"],
  ["licensure", "as"],
  ["registration", "as"],
  ["registered", "as"],
];
const HELD_WORDS = new Set(["license", "licence", "licensure", "certification", "certificate"]);

function nameAfter(sentence: string, tokens: readonly Token[], at: number): string | undefined {
  let start = at;
  if (tokens[start]?.word === "a" || tokens[start]?.word === "an") start++;
  let end = start;
  while (end < tokens.length && !NAME_STOPS.has((tokens[end] as Token).word)) end++;
  const first = tokens[start];
  const last = tokens[end - 1];
  return first && last && end > start ? sentence.slice(first.start, last.end) : undefined;
}

/** Words that open a licence sentence before its name ("Requires possession of a valid ..."). */
const NAME_LEADS = new Set(
  "a an the valid current of possession possess hold have has requires require must".split(" "),
);

/**
 * The capitalised words just before "license" ("Certified Public Accountant
 * license"); else the plain words back to the sentence's lead-in, the held
 * word kept ("a valid Washington driver's license" -> "Washington driver's
 * license", "a boat operator certificate" -> "boat operator certificate").
 */
function nameBefore(sentence: string, tokens: readonly Token[], at: number): string | undefined {
  let start = at;
  while (start > 0 && /^[A-Z]/.test(sentence.slice((tokens[start - 1] as Token).start))) start--;
  const first = tokens[start];
  const last = tokens[at - 1];
  if (first && last && at > start) return sentence.slice(first.start, last.end);
  start = at;
  while (start > 0 && at - start < 4) {
    const word = (tokens[start - 1] as Token).word;
    if (NAME_LEADS.has(word) || NAME_STOPS.has(word) || !/^[a-z]/.test(word)) break;
    start--;
  }
  const from = tokens[start];
  const held = tokens[at];
  return from && held && at > start ? sentence.slice(from.start, held.end) : undefined;
}

/** "Requires possession of a valid": the lead-in a licence sentence opens with, read with its name. */
const LEAD_IN =
  /^\s*(?:(?:requires|must\s+(?:hold|have|possess))\s+)?(?:possession\s+of\s+)?(?:an?\s+)?(?:valid\s+|current\s+)?/i;

/** "Must possess a current license to practice as a Licensed Practical Nurse issued by ...". */
export function credentialTerm(
  sentence: string,
  kind: CredentialTerm["kind"],
): ReadTerm<CredentialTerm> | undefined {
  const tokens = tokensOf(sentence);
  const lead = LEAD_IN.exec(sentence)?.[0].trim();
  for (let at = 0; at < tokens.length; at++) {
    const opener = NAME_OPENERS.find((words) =>
      words.every((word, offset) => tokens[at + offset]?.word === word),
    );
    const name = opener ? nameAfter(sentence, tokens, at + opener.length) : undefined;
    if (name && opener)
      return {
        term: { kind, text: sentence, name },
        explained: [name, opener.join(" "), ...(lead ? [lead] : [])],
      };
  }
  for (let at = 0; at < tokens.length; at++) {
    if (!HELD_WORDS.has((tokens[at] as Token).word)) continue;
    const name = nameBefore(sentence, tokens, at);
    if (name)
      return { term: { kind, text: sentence, name }, explained: lead ? [name, lead] : [name] };
  }
  return undefined;
}
