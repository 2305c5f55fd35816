/**
 * Kentucky specs as people really print them, each an invented variant of the
 * seed made by one edit: a note between duties, dashes of other widths in
 * the pay table, mixed-case headings, decorated job numbers, a grade without
 * its salary label, lists where prose was. Each asserts what a user reads.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type IngestResult, ingest } from "../pipeline/run.js";
import type { ClassSpecBody, SpecDocument } from "../schemas/index.js";
import { codeOf, fixture } from "./helpers.js";

const SEED = readFileSync(fixture("kentucky/seed-production-specialist-ii.txt"), "utf8");
const SEED_DUTIES = 16;

/** The seed with one edit; the edit must apply. */
function variant(from: string | RegExp, to: string): string {
  const text = SEED.replace(from, to);
  if (text === SEED) throw new Error(`edit did not apply: ${String(from)}`);
  return text;
}

async function run(text: string): Promise<IngestResult> {
  return ingest(new Uint8Array(Buffer.from(text)), "variant.txt");
}

async function read(text: string): Promise<{ document: SpecDocument; body: ClassSpecBody }> {
  const result = await run(text);
  if (result.status === "failed") throw new Error(`${result.error.code}: ${result.error.message}`);
  const { document } = result;
  if (document.kind !== "class-spec") throw new Error("expected a class spec");
  return { document, body: document.body };
}

function codes(document: SpecDocument): string[] {
  return document.diagnostics.map((diagnostic) => diagnostic.code);
}

const NIGHT_NOTE = "NOTE: Night shift positions rotate weekly.";

describe("a NOTE inside the duties ends at its own line", () => {
  it("a NOTE line between two duty sentences: the duties after it stay duties", async () => {
    const { document, body } = await read(
      variant("storage space. Executes", `storage space.\n${NIGHT_NOTE}\nExecutes`),
    );
    expect(body.duties).toHaveLength(SEED_DUTIES);
    expect(body.duties[4]?.text).toBe("Checks and allocates storage space.");
    expect(body.duties[5]?.text).toBe(
      "Executes procedures to assure availability and integrity of system libraries containing executable code.",
    );
    expect(body.notices).toContain(NIGHT_NOTE);
    const at = body.notices.indexOf(NIGHT_NOTE);
    expect(document.provenance[`/body/notices/${at}`]).toEqual({ startLine: 77, endLine: 77 });
    expect(document.status).toBe("complete");
  });

  it("a note wrapped over two lines is one notice; a bullet below it is the next duty", async () => {
    const { body } = await read(
      variant(
        /Assigns work of other[\s\S]*with other units\.\n/,
        [
          "• Assigns work of other production support staff.",
          "NOTE: Positions assigned to the night shift receive a",
          "shift differential.",
          "• Coordinates unit activity with other units.",
          "",
        ].join("\n"),
      ),
    );
    expect(body.duties.map((duty) => duty.text)).toEqual([
      "Assigns work of other production support staff.",
      "Coordinates unit activity with other units.",
    ]);
    expect(body.notices).toContain(
      "NOTE: Positions assigned to the night shift receive a shift differential.",
    );
  });

  it("'NOTE:' alone, its text after a blank line: one notice, then the duties go on", async () => {
    const { body } = await read(
      variant(
        "storage space. Executes",
        "storage space.\n\nNOTE:\n\nNight shift positions rotate weekly.\n\nExecutes",
      ),
    );
    expect(body.duties).toHaveLength(SEED_DUTIES);
    expect(body.notices).toContain(NIGHT_NOTE);
  });

  it("'Note:' opening a sentence inside the duty prose is a notice, not a duty", async () => {
    const { body } = await read(
      variant(
        "with other units.\n",
        "with other units. Note: incumbents may be required to work weekends.\n",
      ),
    );
    expect(body.duties).toHaveLength(SEED_DUTIES);
    expect(body.duties.some((duty) => /note/i.test(duty.text))).toBe(false);
    expect(body.notices).toContain("Note: incumbents may be required to work weekends.");
  });
});

describe("mixed-case headings are sections, never part of a field", () => {
  it("'Supervisory Duties:' alone on a line ends the duties; its text is unmapped", async () => {
    const { document, body } = await read(
      variant(
        "storage space. Executes",
        "storage space.\n\nSupervisory Duties:\nApproves leave requests for production staff. Executes",
      ),
    );
    expect(body.duties).toHaveLength(5);
    expect(body.duties[4]?.text).toBe("Checks and allocates storage space.");
    expect(document.unmapped[0]?.text.split("\n").slice(0, 2)).toEqual([
      "Supervisory Duties:",
      "Approves leave requests for production staff. Executes procedures to assure availability and integrity of system libraries",
    ]);
    const warning = document.diagnostics.find((d) => d.code === "unknown-section");
    expect(warning?.message).toBe(
      "Unexpected section 'Supervisory Duties', expected a Kentucky section heading; its text is kept in unmapped",
    );
    expect(warning?.startLine).toBe(78);
  });

  it("a title-case line standing alone ('Selective Certification') after the duties is a section", async () => {
    const { document, body } = await read(
      variant(
        "with other units.\n",
        "with other units.\n\nSelective Certification\nApplicants with a commercial driver's license may be selectively certified.\n",
      ),
    );
    expect(body.duties).toHaveLength(SEED_DUTIES);
    expect(body.duties[15]?.text).toBe("Coordinates unit activity with other units.");
    expect(document.unmapped.map((piece) => piece.text)).toEqual([
      "Selective Certification\nApplicants with a commercial driver's license may be selectively certified.",
    ]);
    expect(codes(document)).toContain("unknown-section");
  });

  it("a label run into its paragraph below the physical requirements is not part of them", async () => {
    const { document, body } = await read(
      variant(
        "UNIQUE PHYSICAL REQUIREMENTS: \n",
        "UNIQUE PHYSICAL REQUIREMENTS: \n\nMust be able to lift 50 pounds.\n\nSelective certification: applicants with a CDL may be selectively certified.\n",
      ),
    );
    expect(body.conditions.physical).toBe("Must be able to lift 50 pounds.");
    expect(document.unmapped[0]?.text).toBe(
      "Selective certification: applicants with a CDL may be selectively certified.",
    );
  });

  it("short capitalized items under a lead-in ending in a colon are duties, not headings", async () => {
    const { document, body } = await read(
      variant(
        /Assigns work of other[\s\S]*with other units\.\n/,
        "Assigns work of other staff. Oversees the following:\nTape Library Operations\nJob Scheduling\n",
      ),
    );
    expect(codes(document)).not.toContain("unknown-section");
    expect(document.unmapped).toEqual([]);
    expect(body.duties.map((duty) => duty.text)).toEqual([
      "Assigns work of other staff.",
      "Oversees the following: Tape Library Operations Job Scheduling",
    ]);
  });

  it("a lead-in sentence ending in a colon stays with its list", async () => {
    const { document, body } = await read(
      variant(
        /Assigns work of other[\s\S]*with other units\.\n/,
        "Performs the following duties:\n• Assigns work of other staff.\n• Schedules jobs in unit.\n",
      ),
    );
    expect(codes(document)).not.toContain("unknown-section");
    expect(body.duties.map((duty) => duty.text)).toEqual([
      "Performs the following duties:",
      "Assigns work of other staff.",
      "Schedules jobs in unit.",
    ]);
  });
});

const SEED_RANGES = [
  { period: "hour", min: 13.581, mid: 17.99 },
  { period: "month", hoursPerWeek: 37.5, min: 2206.92, mid: 2923.38 },
  { period: "month", hoursPerWeek: 40, min: 2354.04, mid: 3118.28 },
];

describe("pay lines as word processors print them", () => {
  it("en dashes: '$13.581–$17.990 – Hourly' is the hourly range", async () => {
    const { document, body } = await read(
      variant("$13.581-$17.990 - Hourly", "$13.581\u2013$17.990 \u2013 Hourly"),
    );
    expect(body.pay.ranges).toEqual(SEED_RANGES);
    expect(document.unmapped).toEqual([]);
    expect(document.status).toBe("complete");
  });

  it("spaced dashes and no dash before the period: every range read, the hours kept", async () => {
    const text = variant("$13.581-$17.990 - Hourly", "$13.581 - $17.990 Hourly").replace(
      "$2,206.92-$2,923.38 - 37.5 Hr. Monthly Salary",
      "$2,206.92 - $2,923.38  37.5 Hr. Monthly Salary",
    );
    const { document, body } = await read(text);
    expect(body.pay.ranges).toEqual(SEED_RANGES);
    expect(document.status).toBe("complete");
  });

  it("a special entrance rate with its hours ('$2,600.00 - 40 Hr. Monthly Salary') is no range", async () => {
    const text = variant(
      "Special Entrance Rate:\n\nNONE\nNONE\nNONE",
      [
        "Special Entrance Rate:",
        "",
        "$15.000 - Hourly",
        "NONE",
        "$2,600.00 - 40 Hr. Monthly Salary",
      ].join("\n"),
    );
    const { body } = await read(text);
    expect(body.pay.ranges).toEqual(SEED_RANGES);
    expect(body.pay.specialEntranceRates).toEqual([
      { period: "hour", amount: 15 },
      { period: "month", hoursPerWeek: 40, amount: 2600 },
    ]);
  });

  it("'$27,163.20-$35,980.80 - Annual' is a yearly range and the document stays complete", async () => {
    const { document, body } = await read(
      variant(
        "$13.581-$17.990 - Hourly\n",
        "$13.581-$17.990 - Hourly\n$27,163.20-$35,980.80 - Annual\n",
      ),
    );
    expect(body.pay.ranges[1]).toEqual({ period: "year", min: 27163.2, mid: 35980.8 });
    expect(codes(document)).not.toContain("text-dropped");
    expect(document.status).toBe("complete");
  });

  it("a pay line that still cannot be read is an error, never only unmapped", async () => {
    const { document, body } = await read(
      variant("$13.581-$17.990 - Hourly", "$13.581 to $17.990 per fortnight"),
    );
    expect(body.pay.ranges).toEqual(SEED_RANGES.slice(1));
    const error = document.diagnostics.find((d) => d.code === "salary-unreadable");
    expect(error).toMatchObject({ severity: "error", startLine: 10 });
    expect(error?.message).toBe(
      "Unexpected pay line '$13.581 to $17.990 per fortnight', expected '$MIN-$MID - <period>' like '$13.581-$17.990 - Hourly'",
    );
    expect(document.status).toBe("partial");
  });
});

describe("job numbers as printed", () => {
  it.each([["Job Number: 20001499 *"], ["Job Number: #20001499"]])(
    "'%s' gives job number 20001499",
    async (printed) => {
      const { document, body } = await read(variant("20001499Job Number:", printed));
      expect(codeOf(body, "job-number")).toBe("20001499");
      expect(document.id).toBe("us-ky/class/20001499");
      expect(document.status).toBe("complete");
    },
  );

  it("a job number with words after it fails as missing identity with the value named, never schema-invalid", async () => {
    const result = await run(
      variant("20001499Job Number:", "Job Number: 20001499 (formerly 10001499)"),
    );
    expect(result.status).toBe("failed");
    if (result.status !== "failed") return;
    expect(result.error.code).toBe("missing-identity");
    expect(result.messages.map((message) => [message.code, message.message])).toContainEqual([
      "header-value-unreadable",
      "Unexpected Job Number '20001499 (formerly 10001499)', expected a number of 4 to 12 digits",
    ]);
  });
});

describe("the grade without its salary label", () => {
  it("'11' alone where '11 Salary (MIN - MID):' stood is the grade; the assumed basis is a warning", async () => {
    const { document, body } = await read(variant(/^11 Salary \(MIN - MID\):/m, "11"));
    expect(body.pay.grades[0]?.value).toBe("11");
    expect(document.provenance["/body/pay/grades/0/value"]).toEqual({ startLine: 8, endLine: 8 });
    expect(document.unmapped).toEqual([]);
    expect(body.pay.basis).toBe("min-mid");
    const warning = document.diagnostics.find((d) => d.code === "salary-basis-assumed");
    expect(warning).toMatchObject({ severity: "warning", startLine: 10 });
  });

  it("no grade anywhere under a printed 'Grade:' label is a warning", async () => {
    const { document, body } = await read(variant(/^11 Salary/m, "Salary"));
    expect(body.pay.grades).toEqual([]);
    expect(document.diagnostics.find((d) => d.code === "header-value-unreadable")).toMatchObject({
      message: "Unexpected Grade '(no value)', expected a grade like '11'",
      startLine: 4,
    });
  });
});

describe("values without their placeholders and markers", () => {
  it("'NONE' above a paragraph that states a requirement is not part of the value", async () => {
    const { document, body } = await read(
      variant(
        "ETC.): \n\nNONE\n",
        "ETC.): \n\nNONE\n\nCandidates must pass a physical examination prior to appointment.\n",
      ),
    );
    expect(body.qualifications.special).toBe(
      "Candidates must pass a physical examination prior to appointment.",
    );
    expect(document.provenance["/body/qualifications/special"]).toEqual({
      startLine: 70,
      endLine: 70,
    });
  });

  it("a bulleted ADDITIONAL REQUIREMENTS list gives one entry per bullet, and rules quote them bare", async () => {
    const { document, body } = await read(
      variant(
        /Upon appointment, employees[\s\S]*115\.317\.\n/,
        [
          "The following apply to every position:",
          "• Must maintain a valid driver's license.",
          "• Must pass a drug screening test and",
          "  background check.",
          "",
        ].join("\n"),
      ),
    );
    expect(body.additionalRequirements).toEqual([
      "The following apply to every position:",
      "Must maintain a valid driver's license.",
      "Must pass a drug screening test and background check.",
    ]);
    expect(document.provenance["/body/additionalRequirements/2"]).toEqual({
      startLine: 95,
      endLine: 96,
    });
    const quoted = document.rules.map((rule) => rule.text);
    expect(quoted).toContain("Must maintain a valid driver's license.");
    expect(quoted.some((text) => text.includes("\u2022"))).toBe(false);
  });
});

describe("a requirement sentence with more than the rule holds", () => {
  it("'one year of X OR two years of Y': the requirement rule keeps the first, the qualification holds both", async () => {
    const { document } = await read(
      variant(
        "Must have one year of production support experience.",
        "Must have one year of production support experience OR two years of clerical experience.",
      ),
    );
    expect(document.rules).toContainEqual(
      expect.objectContaining({ id: "requirement-experience", years: 1 }),
    );
    const qualification = document.rules.find((rule) => rule.type === "qualification");
    expect(qualification).toMatchObject({
      expression: {
        items: [
          { kind: "education" },
          {
            kind: "anyOf",
            items: [
              { kind: "experience", years: 1, areas: ["production support"] },
              { kind: "experience", years: 2, areas: ["clerical"] },
            ],
          },
        ],
      },
    });
    expect(codes(document)).toEqual([]);
  });

  it("'... or two years of experience plus an associate degree': the clause it cannot read is named", async () => {
    const { document } = await read(
      variant(
        "Must have one year of production support experience.",
        "Must have four years of production support experience or two years of production support experience plus an associate degree in a related trade.",
      ),
    );
    const partial = document.diagnostics.filter((d) => d.code === "rule-partial");
    // The sentence is kept as text (an answer it decides is cannot-tell), not read as two
    // experience terms without the degree, and the warning names the clause a term would lose.
    expect(partial.map((d) => d.message).join("\n")).toContain(
      'a term would leave out "plus an associate degree in a related trade"',
    );
  });

  it("one duration stays quiet", async () => {
    const { document } = await read(SEED);
    expect(codes(document)).toEqual([]);
  });
});
