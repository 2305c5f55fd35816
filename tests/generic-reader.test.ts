/**
 * The generic class-spec reader on small invented specs: headings by
 * vocabulary in every printed form, a heading never a list item, an unknown
 * heading's text unmapped with a warning, placement by content where headings
 * are missing, partial dates, furniture named and held, and the detection
 * that tells a class spec from a page that is none.
 */
import { describe, expect, it } from "vitest";
import { droppedTokens } from "../pipeline/conserve/index.js";
import { extract } from "../pipeline/extract/index.js";
import { DocFile } from "../pipeline/file.js";
import { load } from "../pipeline/load/index.js";
import { detectClassSpec } from "../pipeline/profiles/generic/detect.js";
import { publisherVocabulary } from "../pipeline/profiles/generic/phrases.js";
import { readClassSpec } from "../pipeline/profiles/generic/read.js";
import { generic } from "../pipeline/profiles/publishers/generic.js";
import { partialDate } from "../pipeline/shared/dates.js";

async function read(text: string, path = "spec.txt") {
  const file = new DocFile(path);
  const source = load(new TextEncoder().encode(text), file);
  const extracted = source && (await extract(source, file));
  if (!extracted) throw new Error(file.fatal?.message);
  const reading = readClassSpec(extracted, file, generic);
  if (!reading) throw new Error(file.fatal?.message);
  const dropped = droppedTokens(
    extracted,
    {
      title: reading.title,
      body: reading.body,
      unmapped: reading.unmapped,
      quoted: [],
      furniture: reading.furniture.map((piece) => piece.text),
    },
    publisherVocabulary(generic),
  ).map((token) => token.text);
  return { reading, body: reading.body, file, dropped, extracted };
}

const QUALIFICATION = "Any combination of training and experience that gives the knowledge listed.";

describe("headings by vocabulary", () => {
  it.each([
    ["alone, capitals, colon", "DEFINITION:\nKeeps the county's records in order."],
    ["alone, mixed case", "Nature of Work\nKeeps the county's records in order."],
    ["run in after a colon", "Definition: Keeps the county's records in order."],
    ["run in after a dash", "GENERAL DESCRIPTION - Keeps the county's records in order."],
    ["run in without a colon", "DEFINITION Keeps the county's records in order."],
  ])("%s", async (_, definition) => {
    const { body, dropped } = await read(
      `RECORDS CLERK\n\n${definition}\n\nMinimum Qualifications\n${QUALIFICATION}\n`,
    );
    expect(body.definition).toBe("Keeps the county's records in order.");
    expect(body.qualifications.minimum?.text).toBe(QUALIFICATION);
    expect(dropped).toEqual([]);
  });

  it("'Requirement(s)' is 'Requirements', and '&' is 'and'", async () => {
    const { body } = await read(
      "CLERK\n\nLegal Requirement(s)\nA driver's license.\n\nKNOWLEDGE, SKILLS & ABILITIES\nKnowledge of filing.\n",
    );
    expect(body.qualifications.legal).toBe("A driver's license.");
    expect(body.knowledgeSkillsAbilities[0]?.items).toEqual(["Knowledge of filing."]);
  });

  it("a list item is never a heading", async () => {
    const { body } = await read(
      "CLERK\n\nDUTIES\n- Duties\n- Files records.\n\nQualifications\nNone stated.\n",
    );
    expect(body.duties.map((duty) => duty.text)).toEqual(["Duties", "Files records."]);
  });

  it("an unknown heading ends the section before it; its text is unmapped with a warning", async () => {
    const { body, reading, file, dropped } = await read(
      "CLERK\n\nDEFINITION\nFiles records.\n\nSUPERVISION EXERCISED\nNone.\n\nMINIMUM QUALIFICATIONS\nTwo years of experience.\n",
    );
    expect(body.definition).toBe("Files records.");
    expect(reading.unmapped.map((piece) => piece.text)).toEqual(["SUPERVISION EXERCISED\nNone."]);
    expect(file.messages.map((message) => message.code)).toContain("unknown-section");
    expect(body.qualifications.minimum?.experience).toBe("Two years of experience.");
    expect(dropped).toEqual([]);
  });
});

describe("placement by content where headings are missing", () => {
  it("first paragraph, verb-first lines, 'Knowledge of' lines, qualification paragraph", async () => {
    const { body, reading, file } = await read(
      [
        "Weed Control Technician",
        "",
        "Sprays and pulls noxious weeds along county roads and keeps treatment records for the board.",
        "",
        "Applies herbicides by backpack and truck sprayer.",
        "Maps infestations with a handheld GPS unit.",
        "",
        "Knowledge of safe herbicide handling.",
        "",
        "One year of experience in vegetation management or farm work.",
        "",
      ].join("\n"),
    );
    expect(body.definition).toMatch(/^Sprays and pulls/);
    expect(body.duties.map((duty) => duty.text)).toEqual([
      "Applies herbicides by backpack and truck sprayer.",
      "Maps infestations with a handheld GPS unit.",
    ]);
    expect(body.knowledgeSkillsAbilities[0]?.kind).toBe("knowledge");
    expect(body.qualifications.minimum?.experience).toMatch(/^One year of experience/);
    expect(reading.unmapped).toEqual([]);
    expect(file.hasErrors).toBe(false);
  });
});

describe("qualifications", () => {
  it("'Either 1. ... or 2. ...' alternatives, a NOTE, a substitution with its direction", async () => {
    const { body } = await read(
      [
        "CLERK",
        "",
        "MINIMUM QUALIFICATIONS",
        "Either 1. Two years of clerical experience; or 2. An associate degree in office",
        "administration.",
        "",
        "Additional qualifying experience may be substituted for the required education.",
        "",
        "NOTE: Experience must have been paid.",
        "",
      ].join("\n"),
    );
    const minimum = body.qualifications.minimum;
    expect(minimum?.alternatives).toEqual([
      "Two years of clerical experience",
      "An associate degree in office administration.",
    ]);
    expect(minimum?.notes).toEqual(["NOTE: Experience must have been paid."]);
    expect(minimum?.substitutions).toEqual([
      {
        direction: "experience-for-education",
        text: "Additional qualifying experience may be substituted for the required education.",
      },
    ]);
  });
});

describe("dates as printed", () => {
  it.each([
    ["8/78", { printed: "8/78", yearMonth: "1978-08", year: 1978 }],
    ["02-20-85", { printed: "02-20-85", date: "1985-02-20", yearMonth: "1985-02", year: 1985 }],
    ["11/98", { printed: "11/98", yearMonth: "1998-11", year: 1998 }],
    ["07/01/2004", { printed: "07/01/2004", date: "2004-07-01", yearMonth: "2004-07", year: 2004 }],
    ["March 1994", { printed: "March 1994", yearMonth: "1994-03", year: 1994 }],
    ["1987", { printed: "1987", year: 1987 }],
    ["13/98", { printed: "13/98", year: 1998 }],
  ])("%s", (printed, expected) => {
    expect(partialDate(printed)).toEqual(expected);
  });

  it("a class history gives one event per dated clause", async () => {
    const { body } = await read(
      "CLERK\n\nDEFINITION\nFiles records.\n\nCLASS HISTORY\nEstablished 8/78; revised 02-20-85; title change 11/98.\n",
    );
    expect(body.dates.history.map((entry) => [entry.event, entry.date.printed])).toEqual([
      ["established", "8/78"],
      ["revised", "02-20-85"],
      ["title-changed", "11/98"],
    ]);
    expect(body.dates.titleChanged?.yearMonth).toBe("1998-11");
  });
});

describe("furniture and detection", () => {
  it("web-page chrome is stripped, named and held", async () => {
    const { reading, body, dropped } = await read(
      [
        "Home > Jobs > Class Specifications",
        "Print",
        "",
        "CLERK",
        "",
        "DEFINITION",
        "Files records.",
        "",
        "Phone: 555-201-3300",
        "1,204 views",
        "",
      ].join("\n"),
    );
    expect(reading.furniture.map((piece) => piece.text)).toEqual([
      "Home > Jobs > Class Specifications",
      "Print",
      "Phone: 555-201-3300",
      "1,204 views",
    ]);
    expect(body.definition).toBe("Files records.");
    expect(reading.unmapped).toEqual([]);
    expect(dropped).toEqual([]);
  });

  it("a page that is no class spec scores below the threshold and says what it found", async () => {
    const { extracted } = await read(
      "Footbridge opens\n\nResidents walked the new footbridge on Saturday.\n",
    );
    const detection = detectClassSpec(generic, extracted);
    expect(detection.score).toBeLessThan(0.5);
    expect(detection.reasons.join("; ")).toMatch(/found none of them/);
  });
});
