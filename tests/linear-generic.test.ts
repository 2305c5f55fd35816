/**
 * The six patterns tests/redos.full.test.ts listed as known super-linear (the
 * generic reader's locality, initials, pay separator and closing "or"; the API
 * report's comment stripper; the printed date found in a line) are scanners
 * now. Each gives what its old pattern gave, the old pattern as the oracle:
 * on every string of a small alphabet up to a length (white space runs,
 * repeated openers, where leftmost-match backtracking is subtle), on the
 * publishers' shapes, and on the inputs that made the old ones quadratic.
 */
import { describe, expect, it } from "vitest";
import { withoutDocComments } from "../pipeline/check/api-report.js";
import { placeName } from "../pipeline/profiles/generic/agency.js";
import { splitPayRanges, withoutInitials } from "../pipeline/profiles/generic/labels.js";
import { trailingOrStart } from "../pipeline/profiles/generic/qualifications.js";
import { findPrintedDate, PRINTED_DATE_SOURCE } from "../pipeline/shared/dates.js";

/** Every concatenation of up to `length` pieces of `alphabet`. */
function* strings(alphabet: readonly string[], length: number): Generator<string> {
  yield "";
  let level = [""];
  for (let size = 1; size <= length; size++) {
    const next: string[] = [];
    for (const prefix of level) for (const piece of alphabet) next.push(prefix + piece);
    yield* next;
    level = next;
  }
}

/** The inputs where `scanner` and `oracle` disagree (none expected), at most five. */
function disagreements<T>(
  inputs: Iterable<string>,
  scanner: (text: string) => T,
  oracle: (text: string) => T,
): Array<{ input: string; scanner: T; oracle: T }> {
  const out: Array<{ input: string; scanner: T; oracle: T }> = [];
  for (const input of inputs) {
    const got = scanner(input);
    const want = oracle(input);
    if (JSON.stringify(got) !== JSON.stringify(want))
      out.push({ input, scanner: got, oracle: want });
    if (out.length >= 5) break;
  }
  return out;
}

const SPACES = " ".repeat(3_000);

const CASES = [
  {
    name: "locality without City of / County",
    scanner: placeName,
    oracle: (text: string) => text.replace(/^(?:city|town|village) of\s+|\s+county$/i, ""),
    alphabet: ["city of", "Town of", " ", "\t", "county", "COUNTY", "x", "of"],
    length: 5,
    shapes: [
      "Cascade Ridge County",
      "City of Port Alder",
      "Village of Elm Hollow",
      "City of Marlow County",
      "Bluewater",
      "county",
      "Shore  County",
    ],
    adversarial: [`x${SPACES}y`, `City of${SPACES}x`, `x${SPACES}county`],
  },
  {
    name: "a date without initials",
    scanner: withoutInitials,
    oracle: (text: string) => text.replace(/\s+[A-Z]{2,3}$/, ""),
    alphabet: [" ", "\n", "A", "B", "a", "1", "/"],
    length: 6,
    shapes: ["11/98 JH", "07/01/1993 ABC", "07/01/1993 ABCD", "8/78", "March 2004 jh", "11/98\tKL"],
    adversarial: [`11/98${SPACES}1`, `${SPACES}AB`, `x${SPACES}ABCD`],
  },
  {
    name: "pay ranges split at ' / ' and ';'",
    scanner: splitPayRanges,
    oracle: (text: string) => text.split(/\s+\/\s+|;\s*/),
    alphabet: [" ", "/", ";", "a", "\t"],
    length: 7,
    shapes: [
      "$20.00 - $30.00 per hour / $3,466 - $5,200 monthly",
      "$1 - $2 hourly;$3 - $4 monthly",
      "$1 - $2 hourly;   $3 - $4 monthly",
      "$1/hour - $2/hour",
    ],
    adversarial: [`a${SPACES}b`, `a${SPACES}/b`, `;${SPACES};`],
  },
  {
    name: "where a closing 'or' starts",
    scanner: trailingOrStart,
    oracle: (text: string) => /[\s,;]*\bor\s*$/i.exec(text)?.index ?? -1,
    alphabet: ["o", "r", "OR", " ", ",", ";", "x", "_"],
    length: 5,
    shapes: [
      "One year as a clerk; or",
      "Two years, OR ",
      "a vendor",
      "Color",
      "or",
      "either; or\n",
    ],
    adversarial: [`x${SPACES}y`, `x${SPACES}or`, `${",".repeat(3_000)}x`],
  },
  {
    name: "a declaration without doc comments",
    scanner: withoutDocComments,
    oracle: (text: string) => text.replace(/\/\*\*[\s\S]*?\*\/\s*/g, ""),
    alphabet: ["/", "*", " ", "a", "\n"],
    length: 7,
    shapes: [
      "interface A {\n  /** The id. */\n  id: string;\n}",
      "/** Doc */ type B = string;",
      "/**/ x */",
      "/** unterminated",
    ],
    adversarial: ["/**".repeat(2_000), `/**${SPACES}`, `/** */${SPACES}x`],
  },
  {
    name: "the first printed date in a line",
    scanner: findPrintedDate,
    oracle: (text: string) => new RegExp(PRINTED_DATE_SOURCE, "i").exec(text)?.[0],
    alphabet: ["jan", "Sept", "x", ".", " ", "1", "12", ",", "/", "-", "1999", "20", "ember"],
    length: 4,
    shapes: [
      "Revised July 1, 2004 by the board",
      "Established 07/01/1993",
      "Rev. 8/78; 02-20-85",
      "Adopted 1993-07-01",
      "Created in 1987.",
      "Sept. 2011",
      "Amended December  3,  1999",
      "nodate here",
      "Majestic 2004",
    ],
    adversarial: ["jan".repeat(1_000), `jan${SPACES}`, `jan 1${SPACES}`, "1/".repeat(1_500)],
  },
] as const;

describe.each(CASES)("$name: the scanner gives what the old pattern gave", (c) => {
  const scanner = c.scanner as (text: string) => unknown;

  it(`on every string of ${c.length} pieces or fewer`, () => {
    expect(disagreements(strings(c.alphabet, c.length), scanner, c.oracle)).toEqual([]);
  });

  it("on the shapes publishers print", () => {
    expect(disagreements(c.shapes, scanner, c.oracle)).toEqual([]);
  });

  it("on the inputs that made the old pattern quadratic", () => {
    expect(disagreements(c.adversarial, scanner, c.oracle)).toEqual([]);
  });
});

describe("the scanners read what publishers print", () => {
  it("keep the place name, the date, the ranges, the alternative and the declaration", () => {
    expect(placeName("Cascade Ridge County")).toBe("Cascade Ridge");
    expect(placeName("City of Port Alder")).toBe("Port Alder");
    expect(withoutInitials("11/98 JH")).toBe("11/98");
    expect(splitPayRanges("$1 - $2 hourly / $3 - $4 monthly")).toEqual([
      "$1 - $2 hourly",
      "$3 - $4 monthly",
    ]);
    expect(trailingOrStart("One year as a clerk; or")).toBe("One year as a clerk".length);
    expect(withoutDocComments("/** The id. */\nid: string;")).toBe("id: string;");
    expect(findPrintedDate("Revised July 1, 2004 by the board")).toBe("July 1, 2004");
  });
});
