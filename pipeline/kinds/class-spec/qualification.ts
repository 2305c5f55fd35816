/**
 * A qualification set (minimum, desirable, preferred) -> one `qualification`
 * rule: its sentences as terms (pipeline/rules/terms.ts) under an allOf, or,
 * where the set prints alternatives ("either 1. ... or 2. ..."), an anyOf of
 * one allOf per alternative. A sentence that reads as no term is a `text`
 * term; a term that leaves words of its sentence unread is warned
 * `rule-partial`, naming those words; a note narrowing the experience narrows
 * its terms, any other note is warned.
 */
import type { Place } from "../../../schemas/index.js";
import type {
  ExperienceTerm,
  QualificationExpression,
  QualificationRule,
  QualificationSetName,
  QualificationTerm,
} from "../../../schemas/qualifications.js";
import type { DocFile } from "../../file.js";
import { unmodelledRuns } from "../../rules/coverage.js";
import { credentialIn } from "../../rules/credentials.js";
import { licenseFacts } from "../../rules/requirement.js";
import { credentialTerm, educationTerm, experienceTerm, type ReadTerm } from "../../rules/terms.js";
import { amountAt, type Token, tokensOf } from "../../shared/amounts.js";
import { splitSentences } from "../../shared/sentences.js";

const SOURCE = "class-spec";

/** "license": a sentence of the spec's licences (body.qualifications.licenses), read as a credential only. */
export type SectionKind = "education" | "experience" | "license" | "any";

export interface SetSentence {
  text: string;
  section: SectionKind;
  /** Body pointer of the field the sentence stands in, and its place. */
  at: string;
  place: Place | undefined;
  /** id of the requirement rule read from the same sentence, if any. */
  requirement?: string;
}

interface PlacedTerm {
  term: QualificationTerm;
  /** "X and two years of Y": the further terms the sentence joins to `term`, all required. */
  and?: QualificationTerm[];
  /** "one year of X or two years of Y": the sentence's alternatives, each a term. */
  either?: QualificationTerm[];
  at: string;
  place: Place | undefined;
}

export interface BuiltQualification {
  rule: QualificationRule;
  place: Place | undefined;
  /** Places of the expression's nodes, by their path below the rule ("/expression/items/0"). */
  parts: Array<[string, Place | undefined]>;
}

/** Which reader a sentence gets: its section's, or, in an unsplit text, whichever reads it. */
/** `wish`: the sentence is of a desirable or preferred set, where "preferably …" is what it asks. */
function readTerm(
  sentence: string,
  section: SectionKind,
  wish: boolean,
): ReadTerm<QualificationTerm> | undefined {
  const education = () => educationTerm(sentence, wish);
  const experience = () => experienceTerm(sentence);
  const credential = () => {
    const held = licenseFacts(sentence);
    return held ? credentialTerm(sentence, held.category) : undefined;
  };
  if (section === "license")
    return credentialTerm(
      sentence,
      /\bcertif/i.test(sentence) && !/\blicen[sc]/i.test(sentence) ? "certification" : "license",
    );
  if (section === "education") return education() ?? credential();
  if (section === "experience") return experience();
  // "One year as a Seed Bank Technician 1": time served in a class, experience with no such word.
  return /\bexperience\b/i.test(sentence)
    ? (experience() ?? education())
    : (education() ?? credential() ?? experience());
}

/** "... is generally preferred.": a wish printed among the minimums, not a minimum. */
export const PREFERENCE =
  /\b(?:is|are)\s+(?:generally\s+|strongly\s+)?(?:preferred|desired|desirable)\b/i;

/** "an equivalent combination of education and experience ...": an agency's judgement, not a term. */
const COMBINATION = /^\s*(?:or\s+)?(?:any\s+|an\s+)?equivalent\s+combination\b/i;

/**
 * Words left unread that carry a requirement of their own (a degree, a class
 * served in, a part the experience must include): a term read without them
 * would answer wrongly, so the sentence stays text.
 */
const REQUIREMENT_WORDS =
  /\b(?:degree|diploma|G\.?E\.?D|high\s+school|combination|as\s+an?|one\s+of\s+which|includ(?:e|es|ed|ing)|experience|years?|months?)\b/i;

/** "four years of college": years of study, not of experience. */
const YEARS_OF_STUDY =
  /\b(?:years?|months?)\s+of\s+(?:college|university|education|high\s+school|study)\b/i;

/** "May require registration as ...": a licence the agency may ask for, not one every candidate needs. */
const MAY_REQUIRE = /\bmay\s+(?:be\s+)?requir/i;

/**
 * "... within one year of entry to the class", "... by the date of
 * appointment", "... and/or access to transportation": a licence a candidate
 * meets by holding it, and may meet another way the agency judges.
 */
const OTHERWISE_FIXED =
  /\bby\s+the\s+(?:date|time)\s+of\s+(?:appointment|hire|employment)\b|\bupon\s+(?:appointment|hire)\b|\band\/or\b/i;
/** "within", then at most WITHIN_REACH characters of the clause before "of/after appointment". */
const WITHIN_LEAD = /\bwithin\s/gi;
const WITHIN_REACH = 80;
const WITHIN_TAIL =
  /\b(?:of|after)\s+(?:the\s+date\s+of\s+)?(?:appointment|hire|hiring|entry|employment)(?:\s+to\s+the\s+class)?\b/i;

/**
 * The first such clause in `text`, as printed. In steps rather than one pattern: a lazy run of
 * the clause between spaces could be split many ways (ReDoS).
 */
function otherwiseIn(text: string): string | undefined {
  let within: { index: number; end: number } | undefined;
  for (const lead of text.matchAll(WITHIN_LEAD)) {
    const from = lead.index + lead[0].length;
    const clause = text.slice(from).split(/[.;]/, 1)[0] ?? "";
    const tail = WITHIN_TAIL.exec(clause);
    if (tail && tail.index <= WITHIN_REACH) {
      within = { index: lead.index, end: from + tail.index + tail[0].length };
      break;
    }
  }
  const fixed = OTHERWISE_FIXED.exec(text);
  if (fixed && (!within || fixed.index < within.index)) return fixed[0];
  return within && text.slice(within.index, within.end);
}

/** A sentence the set states nothing with ("None.") gives no term. */
const NOTHING = /^\s*(?:none|n\/a|not applicable)\.?\s*$/i;

export class QualificationBuilder {
  private readonly terms: PlacedTerm[] = [];
  private readonly alternatives: PlacedTerm[][] = [];
  private readonly equivalents: PlacedTerm[] = [];

  constructor(
    private readonly file: DocFile,
    readonly set: QualificationSetName,
  ) {}

  /** One sentence of the set's common text (education, experience, or unsplit). */
  add(sentence: SetSentence): void {
    // "X and Y; or any equivalent combination ...": the requirement, and another way in.
    const tail = combinationTail(sentence.text);
    if (tail !== undefined) {
      this.add({ ...sentence, text: sentence.text.slice(0, tail.cut).trimEnd() });
      const { requirement: _requirement, ...rest } = sentence;
      this.add({ ...rest, text: sentence.text.slice(tail.start) });
      return;
    }
    const term = this.termOf(sentence);
    // "Any equivalent combination ... may be considered": another way in, as the agency judges.
    if (term && COMBINATION.test(sentence.text)) this.equivalents.push(term);
    else if (term) this.terms.push(term);
  }

  /** One printed alternative: its sentences must all hold for it to be met. */
  addAlternative(sentences: readonly SetSentence[]): void {
    const terms = sentences.map((sentence) => this.termOf(sentence));
    this.alternatives.push(terms.filter((term): term is PlacedTerm => term !== undefined));
  }

  /** A note: one that narrows the experience narrows its terms; any other is named as not modelled. */
  note(text: string, at: string, place: Place | undefined): void {
    const where = narrowing(text);
    const experience = this.experienceTerms();
    if (where && experience.length > 0) {
      for (const term of experience) {
        term.settings = [...term.settings, ...where];
        term.narrowedBy = [...(term.narrowedBy ?? []), { pointer: at, text }];
      }
      return;
    }
    this.file.warn(
      "rule-partial",
      `Unexpected note the qualification model does not hold: "${text}"; a candidate's answer does not apply it`,
      { pointer: at, place, source: SOURCE },
    );
  }

  /** Whether a term other than `text` holds the sentence (whole, or its part before "; or any equivalent combination"). */
  models(sentence: string): boolean {
    return this.placed().some(
      ({ term }) =>
        term.kind !== "text" && (sentence === term.text || sentence.startsWith(term.text)),
    );
  }

  /**
   * The requirement ids the terms name, each with the first term naming it and its place: a
   * term no requirement rule was read from names its kind's usual id, which the rules must hold.
   */
  namedRequirements(): Array<{ id: string; term: QualificationTerm; place: Place | undefined }> {
    const named = new Map<
      string,
      { id: string; term: QualificationTerm; place: Place | undefined }
    >();
    for (const placed of this.placed())
      for (const term of [placed.term, ...(placed.and ?? []), ...(placed.either ?? [])])
        if (term.requirement !== undefined && !named.has(term.requirement))
          named.set(term.requirement, { id: term.requirement, term, place: placed.place });
    return [...named.values()];
  }

  private placed(): PlacedTerm[] {
    return [...this.terms, ...this.alternatives.flat(), ...this.equivalents];
  }

  /** The areas of the set's first experience term with named areas ("qualifying experience" is of these). */
  requiredAreas(): string[] | undefined {
    return this.experienceTerms().find((term) => term.areas.length > 0)?.areas;
  }

  /** A part of the set no term holds: named in a warning. */
  unmodelled(at: string, place: Place | undefined, what: string): void {
    this.file.warn(
      "rule-partial",
      `Unexpected ${what}, not modelled; a candidate's answer does not apply it`,
      { pointer: at, place, source: SOURCE },
    );
  }

  private experienceTerms(): ExperienceTerm[] {
    return [...this.terms, ...this.alternatives.flat()]
      .flatMap((placed) => [placed.term, ...(placed.and ?? [])])
      .filter((term): term is ExperienceTerm => term.kind === "experience");
  }

  private termOf(sentence: SetSentence): PlacedTerm | undefined {
    if (NOTHING.test(sentence.text)) return undefined;
    const wish = this.set !== "minimum";
    const read = readTerm(sentence.text, sentence.section, wish);
    const requirement = sentence.requirement ? { requirement: sentence.requirement } : {};
    const warn = (message: string) =>
      this.file.warn("rule-partial", message, {
        pointer: sentence.at,
        place: sentence.place,
        source: SOURCE,
      });
    // Every sentence of a set is a term (issue 21): what no reader holds, or a preference a
    // minimum cannot hold, stays as a `text` term, named in a warning, never dropped.
    const preference = this.set === "minimum" && PREFERENCE.test(sentence.text);
    const asText = (reason: string): PlacedTerm => {
      warn(reason);
      return {
        term: { kind: "text", text: sentence.text, ...requirement },
        at: sentence.at,
        place: sentence.place,
      };
    };
    const notModelled = `Requirement sentence not modelled, kept as text (an answer it decides is "cannot-tell"): "${sentence.text}"`;
    if (preference)
      return asText(
        `Preference inside the minimum qualifications, kept as text (not a minimum; an answer it decides is "cannot-tell"): "${sentence.text}"`,
      );
    if (COMBINATION.test(sentence.text)) return asText(notModelled);
    if (sentence.section === "license") return this.licenceOf(sentence, read, asText, warn);
    const both = andTerms(sentence, wish);
    // "Two years of experience in X, and a bachelor's degree": a degree is no area of experience.
    const joined =
      read?.term.kind === "experience" &&
      (read.term.areas.some(credentialIn) || YEARS_OF_STUDY.test(sentence.text));
    if (!both && (!read || joined)) return asText(notModelled);
    const either = both ? undefined : eitherTerms(sentence, wish);
    const explained = both
      ? both.flatMap((clause) => clause.explained)
      : either
        ? either.flatMap((clause) => clause.explained)
        : (read?.explained ?? []);
    const unread = unmodelledRuns(sentence.text, explained);
    const unreadRequirement = unread.filter((run) => REQUIREMENT_WORDS.test(run));
    if (unreadRequirement.length > 0)
      return asText(
        `Requirement sentence not modelled, kept as text (an answer it decides is "cannot-tell"): "${sentence.text}"; a term would leave out ${unreadRequirement.map((run) => `"${run}"`).join(", ")}`,
      );
    if (unread.length > 0)
      warn(
        `Requirement sentence modelled in part: "${sentence.text}"; not modelled: ${unread.map((run) => `"${run}"`).join(", ")}`,
      );
    const [first, ...rest] = both ?? [read as ReadTerm<QualificationTerm>];
    // A minimum sentence no requirement rule was read from names its kind's usual id, which a
    // substitution of that kind names in `replaces` ("... for the required education").
    const usual = (term: QualificationTerm) =>
      this.set === "minimum" && (term.kind === "education" || term.kind === "experience")
        ? { requirement: `requirement-${term.kind}` }
        : {};
    const firstTerm = (first as ReadTerm<QualificationTerm>).term;
    const placed: PlacedTerm = {
      term: { ...firstTerm, ...(sentence.requirement ? requirement : usual(firstTerm)) },
      at: sentence.at,
      place: sentence.place,
    };
    // The requirement rule read from the sentence is its first clause's (the section's own kind).
    if (rest.length > 0)
      placed.and = rest.map((clause) => ({ ...clause.term, ...usual(clause.term) }));
    if (either) placed.either = either.map((clause) => ({ ...clause.term, ...requirement }));
    return placed;
  }

  /**
   * A licence sentence: its credential term; one the agency may only ask for is text; one that
   * may be met later or another way is an anyOf of holding it and that way (a `text` term).
   */
  private licenceOf(
    sentence: SetSentence,
    read: ReadTerm<QualificationTerm> | undefined,
    asText: (reason: string) => PlacedTerm,
    warn: (message: string) => void,
  ): PlacedTerm {
    if (!read || MAY_REQUIRE.test(sentence.text))
      return asText(
        `Licence sentence not modelled, kept as text (an answer it decides is "cannot-tell"): "${sentence.text}"`,
      );
    const placed: PlacedTerm = { term: read.term, at: sentence.at, place: sentence.place };
    const otherwise = otherwiseIn(sentence.text);
    // "class B", "issued by the Department": words the name leaves out, named (the "within ..." part is below).
    const unread = unmodelledRuns(sentence.text, [...read.explained, otherwise ?? ""]);
    if (unread.length > 0)
      warn(
        `Requirement sentence modelled in part: "${sentence.text}"; not modelled: ${unread.map((run) => `"${run}"`).join(", ")}`,
      );
    if (otherwise) {
      placed.either = [read.term, { kind: "text", text: sentence.text }];
      warn(
        `Licence sentence modelled in part: "${sentence.text}"; "${otherwise}" is kept as text: a candidate holding ${read.term.kind === "text" ? "it" : `the ${read.term.kind}`} meets it, one without may meet it as the agency judges ("cannot-tell")`,
      );
    }
    return placed;
  }

  /** The rule, or undefined when the set states nothing; placed over all its sentences. */
  build(id: string): BuiltQualification | undefined {
    if (this.terms.length === 0 && this.alternatives.length === 0 && this.equivalents.length === 0)
      return undefined;
    const parts: Array<[string, Place | undefined]> = [];
    let expression: QualificationExpression;
    if (this.alternatives.length === 0 && this.equivalents.length === 0) {
      const items = flat(this.terms);
      expression = {
        kind: "allOf",
        text: textOf(this.terms),
        items: items.map((placed) =>
          placed.either
            ? { kind: "anyOf" as const, text: placed.term.text, items: placed.either }
            : placed.term,
        ),
      };
      items.forEach((placed, index) => {
        parts.push([`/expression/items/${index}`, placed.place]);
        placed.either?.forEach((_, inner) => {
          parts.push([`/expression/items/${index}/items/${inner}`, placed.place]);
        });
      });
    } else {
      // Terms printed outside the alternatives hold in each of them; a sentence's own "or"
      // inside an alternative gives one alternative per choice (a group holds no group).
      const printed = (
        this.alternatives.length === 0
          ? [flat(this.terms)]
          : this.alternatives.map((alternative) => flat([...this.terms, ...alternative]))
      ).flatMap(choices);
      const groups = [
        ...printed.filter((group) => group.length > 0),
        ...this.equivalents.map((equivalent) => [equivalent]),
      ];
      expression = {
        kind: "anyOf",
        text: textOf(groups.flat()),
        items: groups.map((group) => ({
          kind: "allOf" as const,
          text: textOf(group),
          items: group.map((placed) => placed.term),
        })),
      };
      groups.forEach((group, index) => {
        parts.push([`/expression/items/${index}`, group[0]?.place]);
        group.forEach((term, inner) => {
          parts.push([`/expression/items/${index}/items/${inner}`, term.place]);
        });
      });
    }
    return {
      rule: { id, text: expression.text, type: "qualification", set: this.set, expression },
      place: spanOf([...this.terms, ...this.alternatives.flat(), ...this.equivalents]),
      parts,
    };
  }
}

/** A sentence's joined terms ("X and two years of Y") as terms of their own, each at the sentence's place. */
function flat(terms: readonly PlacedTerm[]): PlacedTerm[] {
  return terms.flatMap((placed) => {
    const { and, ...first } = placed;
    return [first, ...(and ?? []).map((term) => ({ term, at: placed.at, place: placed.place }))];
  });
}

/**
 * "all of X and Y" with a term of several choices ("a licence, or the sentence's other way") ->
 * one group per choice: (A or B) and C is (A and C) or (B and C).
 */
function choices(group: readonly PlacedTerm[]): PlacedTerm[][] {
  return group.reduce<PlacedTerm[][]>(
    (ways, placed) => {
      const { either, ...one } = placed;
      const options = either ? either.map((term) => ({ ...one, term })) : [one];
      return ways.flatMap((way) => options.map((option) => [...way, option]));
    },
    [[]],
  );
}

/**
 * Where "; or any equivalent combination ..." starts in a sentence that states a requirement
 * before it (`cut`: the ";" or ","; `start`: the "or").
 */
function combinationTail(text: string): { cut: number; start: number } | undefined {
  const tokens = tokensOf(text);
  for (let at = 1; at < tokens.length; at++) {
    const mark = tokens[at - 1] as Token;
    if ((mark.word !== ";" && mark.word !== ",") || tokens[at]?.word !== "or") continue;
    let next = at + 1;
    if (tokens[next]?.word === "any" || tokens[next]?.word === "an") next++;
    if (tokens[next]?.word === "equivalent" && tokens[next + 1]?.word === "combination")
      return { cut: mark.start, start: (tokens[at] as Token).start };
  }
  return undefined;
}

/** Words a joined clause may open with: an amount, a degree, or experience stated after "and". */
const JOINED_OPENERS =
  /^(?:an?\s+)?(?:experience\b|(?:associate|bachelor|master)['’]?s?\s+degree\b|high\s+school\b|graduation\b)/i;

/**
 * "Graduation from high school or GED, and six months of experience in X",
 * "A Bachelor's degree in X AND two years of experience in Y": the clauses an
 * "and" opens when what follows is an amount, a degree or experience, and every
 * clause reads as a term; otherwise undefined.
 */
function andTerms(
  sentence: SetSentence,
  wish: boolean,
): Array<ReadTerm<QualificationTerm>> | undefined {
  const tokens = tokensOf(sentence.text);
  // "four years of X or two years of X plus an associate degree": the "or" opens an alternative
  // the joined clause belongs to, which a list of joined terms cannot say (kept for the caller).
  if (tokens.some((token, index) => token.word === "or" && amountAt(tokens, index + 1)))
    return undefined;
  const cuts = tokens.flatMap((token, index) => {
    // "equivalent to completion of high school, plus one year of experience": "plus" joins too.
    if (token.word !== "and" && token.word !== "plus") return [];
    const rest = sentence.text.slice(token.end).trimStart();
    return amountAt(tokens, index + 1) || JOINED_OPENERS.test(rest) ? [token] : [];
  });
  if (cuts.length === 0) return undefined;
  const starts = [0, ...cuts.map((cut) => cut.end)];
  const ends = [...cuts.map((cut) => cut.start), sentence.text.length];
  const reads = starts.map((start, index) =>
    readTerm(withoutTrailingComma(sentence.text.slice(start, ends[index])), "any", wish),
  );
  if (!reads.every((read) => read !== undefined)) return undefined;
  // Each clause its own kind of term: "accounting and two years of auditing" is one list, not two terms.
  const kinds = new Set(reads.map((read) => read.term.kind));
  if (kinds.size !== reads.length) return undefined;
  // The joining word itself ("plus") is modelled: it is the allOf the clauses make.
  return reads.map((read, index) =>
    index === 0
      ? { ...read, explained: [...read.explained, ...cuts.map((cut) => cut.word)] }
      : read,
  );
}

/**
 * "Must have one year of X or two years of Y.": the clauses an "or" followed
 * by an amount opens, when every clause reads as a term of the section.
 */
function eitherTerms(
  sentence: SetSentence,
  wish: boolean,
): Array<ReadTerm<QualificationTerm>> | undefined {
  const tokens = tokensOf(sentence.text);
  const cuts = tokens.flatMap((token, index) =>
    token.word === "or" && amountAt(tokens, index + 1) ? [token] : [],
  );
  if (cuts.length === 0) return undefined;
  const starts = [0, ...cuts.map((cut) => cut.end)];
  const ends = [...cuts.map((cut) => cut.start), sentence.text.length];
  const reads = starts.map((start, index) =>
    readTerm(withoutTrailingComma(sentence.text.slice(start, ends[index])), sentence.section, wish),
  );
  return reads.every((read) => read !== undefined) ? reads : undefined;
}

function withoutTrailingComma(text: string): string {
  const trimmed = text.trim();
  return trimmed.endsWith(",") ? trimmed.slice(0, -1).trimEnd() : trimmed;
}

/** From the first line any term stands on to the last (the page of the first). */
function spanOf(terms: readonly PlacedTerm[]): Place | undefined {
  const places = terms
    .map((term) => term.place)
    .filter((place): place is Place => place !== undefined);
  const [first] = places;
  if (!first) return undefined;
  return {
    ...first,
    startLine: Math.min(...places.map((place) => place.startLine)),
    endLine: Math.max(...places.map((place) => place.endLine)),
  };
}

function textOf(terms: readonly PlacedTerm[]): string {
  return [...new Set(terms.map((placed) => placed.term.text))].join(" ");
}

/**
 * "NOTE: Experience must have been gained in a licensed child care facility."
 * -> ["licensed child care facility"]: where experience counts.
 */
function narrowing(note: string): string[] | undefined {
  const match =
    /\bexperience\s+must\s+(?:have\s+been|be)\s+(?:gained|obtained|acquired)\s+(?:in|at|with|from)\s+(?:an?\s+|the\s+)?([^.;]+)/i.exec(
      note,
    );
  const where = match?.[1]?.trim();
  return where ? [where] : undefined;
}

export function sentencesOf(text: string | null): string[] {
  return splitSentences(text ?? "");
}
