/** Invented Kentucky specs (fixtures/kentucky): specific values of each, not only snapshots. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ingest } from "../pipeline/run.js";
import type { ClassSpecDocument } from "../schemas/index.js";
import { codeOf, fixture, ingestDocument } from "./helpers.js";

async function spec(name: string): Promise<ClassSpecDocument> {
  const document = await ingestDocument(fixture(`kentucky/${name}.txt`));
  if (document.kind !== "class-spec") throw new Error(`${name} is not a class spec`);
  return document;
}

const rule = (document: ClassSpecDocument, id: string) =>
  document.rules.find((candidate) => candidate.id === id);
const codes = (document: ClassSpecDocument) =>
  document.diagnostics.map((diagnostic) => diagnostic.code);

describe("Kentucky fixtures", () => {
  it("nurse supervisor: 12/6 probation, dollar entrance rates, licence, physical requirements", async () => {
    const document = await spec("nurse-supervisor-corrections");
    const { body } = document;
    expect(document.title).toBe("NURSE SUPERVISOR (CORRECTIONS)");
    expect(body.probation).toEqual({
      initialMonths: 12,
      promotionalMonths: 6,
      reference: "http://www.lrc.ky.gov/kar/101/001/325.htm",
    });
    expect(body.pay.specialEntranceRates).toEqual([
      { period: "hour", amount: 26 },
      { period: "month", hoursPerWeek: 37.5, amount: 4225 },
      { period: "month", hoursPerWeek: 40, amount: 4506.67 },
    ]);
    expect(body.qualifications.special).toBe(
      "Must be licensed as a Registered Nurse by the Kentucky Board of Nursing.",
    );
    expect(body.conditions.physical).toMatch(/^Must be able to lift and restrain up to 50 pounds/);
    // "proce-" + "dures" across a line break is one word again.
    expect(body.definition).toContain(
      "security procedures; and performs other duties as required.",
    );
    expect(body.duties[2]?.text).toBe(
      "Administers and documents medications according to physician orders, e.g. insulin and psychotropic drugs.",
    );
    expect(body.duties).toHaveLength(6);
    expect(rule(document, "requirement-experience")).toMatchObject({
      years: 3,
      areas: ["registered nurse"],
    });
    expect(rule(document, "condition-license")).toMatchObject({ modality: "required" });
    expect(rule(document, "condition-drug-screening")).toMatchObject({ modality: "required" });
    expect(rule(document, "probation")).toMatchObject({ initialMonths: 12, promotionalMonths: 6 });
    expect(document.unmapped).toEqual([]);
  });

  it("CISO: salaries above $10,000, label-then-value header, NONE substitutions", async () => {
    const document = await spec("chief-information-security-officer");
    const { body } = document;
    expect(body.pay.grades[0]?.value).toBe("20");
    expect(codeOf(body, "job-code")).toBe("73090M000120");
    expect(codeOf(body, "job-number")).toBe("20007731");
    expect(body.dates.established?.date).toBe("2016-07-01");
    expect(body.pay.ranges[2]).toEqual({
      period: "month",
      hoursPerWeek: 40,
      min: 10616.67,
      mid: 14068.25,
    });
    expect(body.pay.ranges[1]?.mid).toBe(13188.99);
    expect(body.qualifications.minimum?.substitutions).toEqual([]);
    expect(body.qualifications.special).toBeNull();
    expect(body.duties[3]?.text).toBe(
      "Represents the Commonwealth before federal agencies, e.g. the U.S. Department of Homeland Security, on cybersecurity matters.",
    );
    expect(rule(document, "requirement-experience")).toMatchObject({
      years: 5,
      areas: ["information security", "risk management", "information technology audit"],
    });
    // "five years …, including two years in a management capacity": the qualification term holds both, so no warning.
    expect(rule(document, "qualification-minimum")).toMatchObject({
      expression: {
        items: [
          { kind: "education", level: "master" },
          {
            kind: "experience",
            years: 5,
            level: "professional",
            includes: [{ years: 2, level: "management" }],
          },
        ],
      },
    });
    expect(codes(document)).toEqual([]);
  });

  it("highway equipment operator: CRLF, a form feed between pages, six (6) months, CDL", async () => {
    const document = await spec("highway-equipment-operator");
    const { body } = document;
    expect(body.probation?.initialMonths).toBe(6);
    expect(body.qualifications.special).toMatch(/Commercial Driver's License \(CDL\)/);
    expect(rule(document, "condition-drivers-license")).toMatchObject({ modality: "required" });
    expect(rule(document, "requirement-experience")).toMatchObject({
      years: 2,
      areas: ["operating heavy equipment"],
    });
    // The form feed starts page 2: provenance after it says so.
    expect(document.provenance["/body/qualifications/special"]?.page).toBe(2);
    expect(document.provenance["/body/pay/grades/0/value"]?.page).toBe(1);
    expect(body.qualifications.minimum?.substitutions).toEqual([
      {
        direction: "experience-for-education",
        text: "Experience operating heavy equipment will substitute for the high school diploma on a year-for-year basis.",
      },
    ]);
  });

  it("accountant III: one dollar entrance rate among NONEs, split URL, each-year substitution", async () => {
    const document = await spec("accountant-iii");
    const { body } = document;
    expect(body.pay.specialEntranceRates).toEqual([{ period: "hour", amount: 23.5 }]);
    expect(body.probation?.reference).toBe("http://www.lrc.ky.gov/kar/101/001/325.htm");
    expect(rule(document, "requirement-education")).toMatchObject({
      credential: "bachelor",
      field: "accounting, finance or business administration",
    });
    expect(rule(document, "substitution-experience-for-education")).toMatchObject({
      credit: { kind: "rate", give: { amount: 1, unit: "year" }, get: { amount: 1, unit: "year" } },
      replaces: "requirement-education",
    });
    expect(rule(document, "substitution-certification-for-experience")).toMatchObject({
      credit: { kind: "full" },
      replaces: "requirement-experience",
    });
    // "A master's degree ... will substitute for one year of the required experience": one year, not in full.
    expect(rule(document, "substitution-education-for-experience")).toMatchObject({
      credit: { kind: "amount", amount: { amount: 1, unit: "year" } },
    });
  });

  it("social service clinician: warns about the salary and date contradictions, naming both places", async () => {
    const document = await spec("social-service-clinician-i");
    expect(document.status).toBe("complete");
    const salary = document.diagnostics.find(
      (diagnostic) => diagnostic.code === "salary-inconsistent",
    );
    expect(salary).toMatchObject({
      pointer: "/body/pay/ranges/2/mid",
      related: [{ pointer: "/body/pay/ranges/0/mid" }],
    });
    expect(salary?.message).toContain("$3978.60");
    const dates = document.diagnostics.find((diagnostic) => diagnostic.code === "date-order");
    expect(dates).toMatchObject({
      pointer: "/body/dates/revised/date",
      related: [{ pointer: "/body/dates/established/date" }],
    });
    expect(codes(document)).toHaveLength(2);
    expect(document.body.qualifications.minimum?.experience).toBeNull();
  });

  it("office support assistant: a missing required section makes the document partial", async () => {
    const document = await spec("office-support-assistant-partial");
    expect(document.status).toBe("partial");
    expect(codes(document)).toEqual(["missing-section"]);
    expect(document.body.definition).toBeNull();
    expect(document.body.duties).toHaveLength(4);
    expect(rule(document, "requirement-experience")).toMatchObject({
      years: 0.5,
      areas: ["clerical"],
    });
  });

  it("youth shift supervisor: wrapped title, undashed dates, coursework rate, age, four additional paragraphs", async () => {
    const document = await spec("youth-security-treatment-shift-supervisor");
    const { body } = document;
    expect(document.title).toBe(
      "YOUTH SECURITY & TREATMENT SHIFT SUPERVISOR (DETENTION/RESIDENTIAL)",
    );
    expect(document.provenance["/title"]).toEqual({ startLine: 6, endLine: 7 });
    expect(body.pay.grades[0]?.value).toBe("13");
    expect(body.group).toEqual({
      kind: "job-group",
      code: "3200",
      name: "JUVENILE JUSTICE & YOUTH SERVICES",
    });
    expect(body.dates.established?.date).toBe("2003-07-01");
    expect(body.dates.revised?.date).toBe("2024-03-04");
    expect(body.pay.ranges[0]).toEqual({ period: "hour", min: 19.842, mid: 26.291 });
    expect(body.pay.specialEntranceRates).toEqual([
      { period: "hour", amount: 21 },
      { period: "month", hoursPerWeek: 37.5, amount: 3412.5 },
      { period: "month", hoursPerWeek: 40, amount: 3640 },
    ]);
    expect(body.probation).toMatchObject({ initialMonths: 12, promotionalMonths: 6 });
    expect(rule(document, "requirement-education")).toMatchObject({ credential: "high-school" });
    expect(rule(document, "requirement-experience")).toMatchObject({
      years: 3,
      areas: ["direct care of youth", "custody of youth", "supervision of youth"],
    });
    // The basis phrase is followed by the rate in parentheses; coursework at a college is education.
    expect(rule(document, "substitution-education-for-experience")).toMatchObject({
      substitute: {
        category: "education",
        field: "criminal justice, social work, psychology or a related field",
      },
      replaces: "requirement-experience",
      credit: {
        kind: "rate",
        give: { amount: 30, unit: "semester-hour" },
        get: { amount: 1, unit: "year" },
      },
    });
    // A whole degree credited with two years counts once, for two years.
    expect(rule(document, "substitution-education-for-experience-2")).toMatchObject({
      substitute: { category: "education", credential: "bachelor" },
      credit: { kind: "amount", amount: { amount: 2, unit: "year" } },
    });
    expect(rule(document, "condition-age")).toMatchObject({
      subject: "age",
      modality: "required",
    });
    expect(rule(document, "condition-certification")).toMatchObject({ modality: "required" });
    expect(rule(document, "condition-drivers-license")).toMatchObject({
      modality: "may-be-required",
    });
    expect(rule(document, "condition-drug-screening")).toMatchObject({ modality: "required" });
    expect(rule(document, "condition-background-check")).toMatchObject({ modality: "required" });
    expect(rule(document, "condition-prea")).toMatchObject({ modality: "required" });
    expect(body.additionalRequirements).toHaveLength(4);
    expect(body.duties).toHaveLength(7);
    expect(body.conditions.physical).toMatch(/ Must be able to lift up to 50 pounds\.$/);
    // "three years …, including one year as a lead worker": the qualification term holds both
    // durations; the on-call sentence states a requirement no pattern reads, and says so.
    expect(rule(document, "qualification-minimum")).toMatchObject({
      expression: { items: [{}, { years: 3, includes: [{ years: 1, level: "lead" }] }] },
    });
    expect(codes(document)).toEqual(["rule-unrecognized"]);
    expect(document.diagnostics[0]).toMatchObject({
      pointer: "/body/additionalRequirements/3",
      startLine: 106,
    });
    expect(document.diagnostics[0]?.message).toContain("must be available to work overtime");
    expect(document.unmapped).toEqual([]);
  });

  it("fish and wildlife technician: None. experience, months-for-hours rate, outdoors, licence required", async () => {
    const document = await spec("fish-and-wildlife-technician-ii");
    const { body } = document;
    expect(document.title).toBe("FISH & WILDLIFE TECHNICIAN II");
    expect(body.pay.grades[0]?.value).toBe("10");
    expect(body.group).toEqual({
      kind: "job-group",
      code: "3600",
      name: "PARKS, RECREATION & WILDLIFE",
    });
    expect(body.pay.ranges[2]).toEqual({
      period: "month",
      hoursPerWeek: 40,
      min: 2966.6,
      mid: 3930.51,
    });
    expect(body.pay.specialEntranceRates.map((rate) => rate.amount)).toEqual([18, 2925, 3120]);
    // "one (1) year" initial, "six (6) months" promotional, "for this job is" wording.
    expect(body.probation).toEqual({
      initialMonths: 12,
      promotionalMonths: 6,
      reference: "http://www.lrc.ky.gov/kar/101/001/325.htm",
    });
    expect(body.qualifications.minimum?.experience).toBeNull();
    expect(rule(document, "requirement-experience")).toBeUndefined();
    expect(rule(document, "requirement-education")).toMatchObject({
      credential: "associate",
      field: "wildlife management, forestry, biology or a related natural science",
    });
    expect(body.qualifications.minimum?.substitutions).toHaveLength(1);
    expect(body.qualifications.minimum?.substitutions[0]?.direction).toBe(
      "experience-for-education",
    );
    // Six months traded for fifteen semester hours is an exchange rate.
    expect(rule(document, "substitution-experience-for-education")).toMatchObject({
      substitute: {
        category: "experience",
        areas: [
          "wildlife management",
          "fisheries management",
          "forestry",
          "natural resources conservation",
        ],
      },
      replaces: "requirement-education",
      credit: {
        kind: "rate",
        give: { amount: 6, unit: "month" },
        get: { amount: 15, unit: "semester-hour" },
      },
    });
    // Under the EXPERIENCE-for-EDUCATION heading, a sentence substituting education: the sentence decides.
    expect(rule(document, "substitution-education-for-education")).toMatchObject({
      substitute: {
        category: "education",
        field: "biology, wildlife management or forestry",
        amount: { amount: 60, unit: "semester-hour" },
      },
      replaces: "requirement-education",
      credit: { kind: "full" },
    });
    expect(rule(document, "condition-age")).toMatchObject({
      subject: "age",
      modality: "required",
    });
    expect(rule(document, "condition-drivers-license")).toMatchObject({ modality: "required" });
    expect(rule(document, "condition-drug-screening")).toMatchObject({
      modality: "may-be-required",
    });
    expect(rule(document, "condition-background-check")).toMatchObject({
      modality: "may-be-required",
    });
    expect(rule(document, "condition-prea")).toBeUndefined();
    expect(body.conditions.working).toMatch(/^Incumbents work outdoors in all weather conditions/);
    expect(body.conditions.physical?.split(". ")).toHaveLength(3);
    // "full-time" is the one word of the sentences the qualification model does not hold.
    expect(document.diagnostics.map((d) => [d.code, d.pointer])).toEqual([
      ["rule-partial", "/body/qualifications/minimum/substitutions/0/text"],
    ]);
    expect(document.diagnostics[0]?.message).toContain('not modelled: "full-time"');
    expect(document.unmapped).toEqual([]);
  });

  it("LPN: spaced headings, run-together preambles, length-first probation, licence in EDUCATION, page break mid-duty", async () => {
    const document = await spec("licensed-practical-nurse-veterans-centers");
    const { body } = document;
    expect(document.title).toBe("LICENSED PRACTICAL NURSE (VETERANS' CENTERS)");
    expect(body.pay.grades[0]?.value).toBe("12");
    expect(body.pay.ranges[1]).toEqual({
      period: "month",
      hoursPerWeek: 37.5,
      min: 3053.38,
      mid: 4045.6,
    });
    expect(body.pay.specialEntranceRates).toEqual([]);
    expect(body.probation).toMatchObject({ initialMonths: 12, promotionalMonths: 6 });
    expect(rule(document, "probation")).toMatchObject({ initialMonths: 12, promotionalMonths: 6 });
    expect(body.definition).toMatch(/^Provides licensed practical nursing care/);
    expect(body.notices[0]).toMatch(/^Characteristics of a job are general statements/);
    expect(body.qualifications.minimum?.education?.split("\n\n")).toHaveLength(2);
    expect(rule(document, "requirement-education")).toMatchObject({ credential: "high-school" });
    expect(rule(document, "requirement-education-2")).toMatchObject({
      credential: "certificate",
      field: "practical nursing",
    });
    expect(rule(document, "requirement-license")).toMatchObject({
      category: "license",
      credential: "license",
    });
    expect(rule(document, "requirement-experience")).toMatchObject({
      years: 1,
      areas: ["licensed practical nurse"],
    });
    expect(rule(document, "substitution-education-for-experience")).toMatchObject({
      substitute: { credential: "associate", field: "nursing" },
      replaces: "requirement-experience",
      credit: { kind: "full" },
    });
    // The duty broken by a blank line and a form feed is one sentence, traced to page 1 where it starts.
    expect(body.duties).toHaveLength(7);
    expect(body.duties[4]?.text).toBe(
      "Assists residents with activities of daily living, e.g. bathing, dressing and feeding, and supervises certified nursing assistants assigned to the unit.",
    );
    expect(document.provenance["/body/duties/4/text"]?.page).toBe(1);
    expect(document.provenance["/body/duties/5/text"]?.page).toBe(2);
    expect(body.duties[0]?.text).toMatch(/^Administers oral, topical and injectable medications/);
    expect(body.conditions.working).toMatch(/^Incumbents work in a long-term care facility/);
    expect(rule(document, "condition-certification")).toMatchObject({ modality: "required" });
    expect(rule(document, "condition-drivers-license")).toMatchObject({
      modality: "may-be-required",
    });
    // "will be subject to" requires.
    expect(rule(document, "condition-drug-screening")).toMatchObject({ modality: "required" });
    expect(rule(document, "condition-background-check")).toMatchObject({ modality: "required" });
    // The programme's approval and the licence's issuer are not modelled: said, not dropped.
    expect(document.diagnostics.map((d) => d.message)).toEqual([
      expect.stringContaining('not modelled: "state-approved", "program"'),
      expect.stringContaining('not modelled: "issued by the Kentucky Board of Nursing'),
    ]);
    expect(document.unmapped).toEqual([]);
  });
});

describe("Kentucky variations of the new fixtures", () => {
  const original = readFileSync(
    fixture("kentucky/youth-security-treatment-shift-supervisor.txt"),
    "utf8",
  );
  async function variant(text: string): Promise<ClassSpecDocument> {
    const result = await ingest(new TextEncoder().encode(text), "variant.txt");
    if (result.status === "failed" || result.document.kind !== "class-spec")
      throw new Error("variant did not parse");
    return result.document;
  }

  it("reads a job group name wrapped before its label", async () => {
    const text = original.replace(
      "3200 - JUVENILE JUSTICE & YOUTH SERVICESJob Group:",
      "3200 - JUVENILE JUSTICE & YOUTH\nSERVICESJob Group:",
    );
    expect(text).not.toBe(original);
    const document = await variant(text);
    expect(document.body.group).toEqual({
      kind: "job-group",
      code: "3200",
      name: "JUVENILE JUSTICE & YOUTH SERVICES",
    });
    expect(document.unmapped).toEqual([]);
  });

  it("reads a job group name wrapped after its label", async () => {
    const text = original.replace(
      "3200 - JUVENILE JUSTICE & YOUTH SERVICESJob Group:",
      "Job Group: 3200 - JUVENILE JUSTICE &\nYOUTH SERVICES",
    );
    expect(text).not.toBe(original);
    const document = await variant(text);
    expect(document.body.group?.name).toBe("JUVENILE JUSTICE & YOUTH SERVICES");
    expect(document.unmapped).toEqual([]);
  });

  it("joins a title wrapped after a slash without a space, and never takes the grade for a title line", async () => {
    const text = original
      .replace(
        "YOUTH SECURITY & TREATMENT SHIFT SUPERVISOR\n(DETENTION/RESIDENTIAL)",
        "YOUTH SECURITY & TREATMENT SHIFT SUPERVISOR (DETENTION/\nRESIDENTIAL)\n13",
      )
      .replace("13 Salary (MIN - MID):", "Salary (MIN - MID):");
    expect(text).toContain("(DETENTION/\nRESIDENTIAL)\n13\n");
    const document = await variant(text);
    expect(document.title).toBe(
      "YOUTH SECURITY & TREATMENT SHIFT SUPERVISOR (DETENTION/RESIDENTIAL)",
    );
    // The "13" is not part of the title; alone under the Grade label, it is the grade.
    expect(document.body.pay.grades[0]?.value).toBe("13");
  });

  it("points a substitution at the requirement whose credential it names", async () => {
    const lpn = readFileSync(
      fixture("kentucky/licensed-practical-nurse-veterans-centers.txt"),
      "utf8",
    );
    const replaces = async (sentence: string) => {
      const text = lpn.replace(
        "Substitute  EXPERIENCE  for  EDUCATION:\n\nNONE",
        `Substitute  EXPERIENCE  for  EDUCATION:\n\n${sentence}`,
      );
      expect(text).not.toBe(lpn);
      const document = await variant(text);
      const substitution = document.rules.find(
        (rule) => rule.type === "substitution" && rule.text === sentence,
      );
      return substitution?.type === "substitution" ? substitution.replaces : undefined;
    };
    expect(
      await replaces(
        "Experience as a certified nursing assistant will substitute for the high school diploma on a year-for-year basis.",
      ),
    ).toBe("requirement-education");
    expect(
      await replaces(
        "Experience as a certified medication aide will substitute for the certificate in practical nursing.",
      ),
    ).toBe("requirement-education-2");
  });
});
