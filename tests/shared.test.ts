/** Generic extractors shared by every profile. */
import { describe, expect, it } from "vitest";
import { parseDate } from "../pipeline/shared/dates.js";
import { joinLines } from "../pipeline/shared/joined.js";
import { parseMoney } from "../pipeline/shared/money.js";
import { parseCount, parseDuration } from "../pipeline/shared/numbers.js";
import { pointer } from "../pipeline/shared/provenance.js";
import { splitAtHeadings } from "../pipeline/shared/sections.js";
import { splitSentences } from "../pipeline/shared/sentences.js";
import { boundedSlug, MAX_SLUG_LENGTH } from "../pipeline/shared/slug.js";
import { collapseWhitespace, slugify } from "../pipeline/shared/text.js";

const lines = (...texts: string[]) => texts.map((text, index) => ({ text, line: index + 1 }));

describe("sentences", () => {
  it("survives e.g., U.S., C.F.R., decimals and URLs", () => {
    expect(
      splitSentences(
        "Uses tools (e.g. Java, .NET). Reports to the U.S. Department of Labor. Meets 28 C.F.R.115.17 and 115.317. See http://www.lrc.ky.gov/kar/101.htm. Pays $13.581 hourly.",
      ),
    ).toEqual([
      "Uses tools (e.g. Java, .NET).",
      "Reports to the U.S. Department of Labor.",
      "Meets 28 C.F.R.115.17 and 115.317.",
      "See http://www.lrc.ky.gov/kar/101.htm.",
      "Pays $13.581 hourly.",
    ]);
  });

  it("splits on ? and ! and keeps a closing quote with its sentence", () => {
    expect(splitSentences('Is it done? Yes! He said "stop." Then left.')).toEqual([
      "Is it done?",
      "Yes!",
      'He said "stop."',
      "Then left.",
    ]);
  });
});

describe("joinLines", () => {
  it("repairs a URL and a hyphenated word broken by the wrap", () => {
    expect(joinLines(lines("refer to: http://www.lrc.ky.", "gov/kar/101/001/325.htm.")).text).toBe(
      "refer to: http://www.lrc.ky.gov/kar/101/001/325.htm.",
    );
    expect(joinLines(lines("security proce-", "dures apply")).text).toBe(
      "security procedures apply",
    );
    expect(joinLines(lines("Ends a sentence.", "Next one")).text).toBe("Ends a sentence. Next one");
  });

  it("collapses whitespace inside lines", () => {
    expect(joinLines(lines("  a   b ", "", "\tc ")).text).toBe("a b c");
  });
});

describe("values", () => {
  it.each([
    ["$13.581", 13.581],
    ["$2,206.92", 2206.92],
    ["$10,616.67", 10616.67],
    ["3,118", 3118],
  ])("money %s", (text, value) => expect(parseMoney(text)).toBe(value));

  it.each([
    ["07/01/1993", "1993-07-01"],
    ["2/24/2006", "2006-02-24"],
    ["February 24, 2006", "2006-02-24"],
    ["02/30/2006", undefined],
  ])("date %s", (text, value) => expect(parseDate(text)).toBe(value));

  it("durations and counts", () => {
    expect(parseDuration("a period of six (6) months")).toEqual({ amount: 6, unit: "month" });
    expect(parseDuration("12 months")).toEqual({ amount: 12, unit: "month" });
    expect(parseDuration("one year of experience")).toEqual({ amount: 1, unit: "year" });
    expect(parseCount("twelve")).toBe(12);
    expect(parseCount("seventeen")).toBe(17);
    expect(parseCount("forty-five")).toBe(45);
    expect(parseCount("thirty six")).toBe(36);
    expect(parseCount("sixty")).toBe(60);
    expect(parseCount("twenty-ten")).toBeUndefined();
  });

  it("slugs", () => {
    expect(slugify("Information Technology Specialist Series")).toBe(
      "information-technology-specialist-series",
    );
    expect(slugify("../../Étude – Série 2")).toBe("etude-serie-2");
  });
});

describe("JSON pointers", () => {
  it("escape ~ and / in a segment (RFC 6901), numbers and plain names as they are", () => {
    expect(pointer("body", "duties", 3)).toBe("/body/duties/3");
    expect(pointer("provenance", "/body/a~b", 0)).toBe("/provenance/~1body~1a~0b/0");
    expect(pointer("~/~")).toBe("/~0~1~0");
    expect(pointer()).toBe("");
  });
});

describe("collapseWhitespace", () => {
  it("makes every run of whitespace one space and trims, a lone tab or no-break space too", () => {
    expect(collapseWhitespace("  Job \t Code:\u00a0 7 ")).toBe("Job Code: 7");
    expect(collapseWhitespace("a\tb\u00a0c\u2003d\re")).toBe("a b c d e");
    expect(collapseWhitespace("already clean text")).toBe("already clean text");
    expect(collapseWhitespace(" \t\n ")).toBe("");
  });
});

describe("ids from titles", () => {
  const ID_SEGMENT = /^[a-z0-9][a-z0-9-]*$/;

  it("a Latin title is its slug, as before", () => {
    expect(boundedSlug("Information Technology Specialist Series", "series")).toBe(
      "information-technology-specialist-series",
    );
  });

  it("a non-Latin title keeps a stable hash of itself, never one shared 'untitled'", () => {
    const greek = boundedSlug("Σειρά Τεχνικών Πληροφορικής", "series");
    const cyrillic = boundedSlug("Серия специалистов", "series");
    expect(greek).toMatch(/^series-[0-9a-f]{12}$/);
    expect(cyrillic).toMatch(/^series-[0-9a-f]{12}$/);
    expect(greek).not.toBe(cyrillic);
    expect(boundedSlug("Σειρά Τεχνικών Πληροφορικής", "series")).toBe(greek);
  });

  it("a very long title is cut to the bound, with its hash, and stays a valid id segment", () => {
    const long = `${"Very Long Series Title ".repeat(50)}Series`;
    const slug = boundedSlug(long, "series");
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug).toMatch(ID_SEGMENT);
    expect(slug).not.toBe(boundedSlug(`${long} II`, "series"));
  });
});

describe("splitAtHeadings", () => {
  /** "# key" opens a section; "## key" a heading that spans the next unit too. */
  const headingAt = (units: readonly string[], index: number) => {
    const match = /^(#{1,2}) (\w+)$/.exec(units[index] ?? "");
    return match ? { key: match[2] as string, span: match[1]?.length ?? 1 } : undefined;
  };

  it("keys sections by heading, keeps the text before the first as the preamble and a second copy apart", () => {
    const repeats: string[] = [];
    const split = splitAtHeadings(
      ["letterhead", "# a", "a1", "## b", "(b wrapped)", "b1", "# a", "a again"],
      {
        headingAt,
        onRepeat: (section, first) => repeats.push(`${section.heading}<${first.heading}`),
      },
    );
    expect(split.preamble).toEqual(["letterhead"]);
    expect(
      [...split.sections].map(([key, section]) => [key, section.heading, section.content]),
    ).toEqual([
      ["a", ["# a"], ["a1"]],
      ["b", ["## b", "(b wrapped)"], ["b1"]],
    ]);
    expect(split.repeated.map((section) => section.content)).toEqual([["a again"]]);
    expect(repeats).toEqual(["# a<# a"]);
  });

  it("routes units aside or cuts the rest of a section off up to the next heading", () => {
    const split = splitAtHeadings(["# a", "a1", "NOTE x", "STRAY", "s1", "# b", "b1"], {
      headingAt,
      route: (unit) => (unit.startsWith("NOTE") ? "aside" : unit === "STRAY" ? "cut" : "content"),
      contentOf: (found) => [`(${found.key})`],
    });
    expect(split.sections.get("a")?.content).toEqual(["(a)", "a1"]);
    expect(split.sections.get("b")?.content).toEqual(["(b)", "b1"]);
  });
});
