/** Invented Kentucky specs (fixtures/kentucky): specific values of each, not only snapshots. */
import { describe, expect, it } from "vitest";
import type { ClassSpecDocument } from "../schemas/index.js";
import { fixture, ingestDocument } from "./helpers.js";

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
    expect(body.salary.specialEntranceRates).toEqual([
      { period: "hour", amount: 26 },
      { period: "month", hoursPerWeek: 37.5, amount: 4225 },
      { period: "month", hoursPerWeek: 40, amount: 4506.67 },
    ]);
    expect(body.specialRequirements).toBe(
      "Must be licensed as a Registered Nurse by the Kentucky Board of Nursing.",
    );
    expect(body.physicalRequirements).toMatch(/^Must be able to lift and restrain up to 50 pounds/);
    // "proce-" + "dures" across a line break is one word again.
    expect(body.characteristics).toContain(
      "security procedures; and performs other duties as required.",
    );
    expect(body.duties[2]).toBe(
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
    expect(body.grade).toBe("20");
    expect(body.jobCode).toBe("73090M000120");
    expect(body.jobNumber).toBe("20007731");
    expect(body.established).toBe("2016-07-01");
    expect(body.salary.ranges[2]).toEqual({
      period: "month",
      hoursPerWeek: 40,
      min: 10616.67,
      mid: 14068.25,
    });
    expect(body.salary.ranges[1]?.mid).toBe(13188.99);
    expect(body.minimumRequirements.substitutions).toEqual([]);
    expect(body.specialRequirements).toBeNull();
    expect(body.duties[3]).toBe(
      "Represents the Commonwealth before federal agencies, e.g. the U.S. Department of Homeland Security, on cybersecurity matters.",
    );
    expect(rule(document, "requirement-experience")).toMatchObject({
      years: 5,
      areas: ["information security", "risk management", "information technology audit"],
    });
    expect(document.diagnostics).toEqual([]);
  });

  it("highway equipment operator: CRLF, a form feed between pages, six (6) months, CDL", async () => {
    const document = await spec("highway-equipment-operator");
    const { body } = document;
    expect(body.probation?.initialMonths).toBe(6);
    expect(body.specialRequirements).toMatch(/Commercial Driver's License \(CDL\)/);
    expect(rule(document, "condition-drivers-license")).toMatchObject({ modality: "required" });
    expect(rule(document, "requirement-experience")).toMatchObject({
      years: 2,
      areas: ["operating heavy equipment"],
    });
    // The form feed starts page 2: provenance after it says so.
    expect(document.provenance["/body/specialRequirements"]?.page).toBe(2);
    expect(document.provenance["/body/grade"]?.page).toBe(1);
    expect(body.minimumRequirements.substitutions).toEqual([
      {
        direction: "experience-for-education",
        text: "Experience operating heavy equipment will substitute for the high school diploma on a year-for-year basis.",
      },
    ]);
  });

  it("accountant III: one dollar entrance rate among NONEs, split URL, each-year substitution", async () => {
    const document = await spec("accountant-iii");
    const { body } = document;
    expect(body.salary.specialEntranceRates).toEqual([{ period: "hour", amount: 23.5 }]);
    expect(body.probation?.reference).toBe("http://www.lrc.ky.gov/kar/101/001/325.htm");
    expect(rule(document, "requirement-education")).toMatchObject({
      credential: "bachelor",
      field: "accounting, finance or business administration",
    });
    expect(rule(document, "substitution-experience-for-education")).toMatchObject({
      basis: "year-for-year",
      replaces: "requirement-education",
    });
    expect(rule(document, "substitution-certification-for-experience")).toMatchObject({
      basis: "full",
      replaces: "requirement-experience",
    });
  });

  it("social service clinician: warns about the salary and date contradictions, naming both places", async () => {
    const document = await spec("social-service-clinician-i");
    expect(document.status).toBe("complete");
    const salary = document.diagnostics.find(
      (diagnostic) => diagnostic.code === "salary-inconsistent",
    );
    expect(salary).toMatchObject({
      pointer: "/body/salary/ranges/2/mid",
      related: [{ pointer: "/body/salary/ranges/0/mid" }],
    });
    expect(salary?.message).toContain("$3978.60");
    const dates = document.diagnostics.find((diagnostic) => diagnostic.code === "date-order");
    expect(dates).toMatchObject({
      pointer: "/body/revised",
      related: [{ pointer: "/body/established" }],
    });
    expect(codes(document)).toHaveLength(2);
    expect(document.body.minimumRequirements.experience).toBeNull();
  });

  it("office support assistant: a missing required section makes the document partial", async () => {
    const document = await spec("office-support-assistant-partial");
    expect(document.status).toBe("partial");
    expect(codes(document)).toEqual(["missing-section"]);
    expect(document.body.characteristics).toBeNull();
    expect(document.body.duties).toHaveLength(4);
    expect(rule(document, "requirement-experience")).toMatchObject({
      years: 0.5,
      areas: ["clerical"],
    });
  });
});
