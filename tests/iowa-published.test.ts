/**
 * Iowa guidelines as they are really published (issue 12): six invented
 * series, each as Word filtered HTML and as Word's plain-text export
 * (fixtures/iowa/README.md). Every pattern is asserted in both formats, and
 * the two renderings of one series give the same body.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { ClassSeriesDocument, Rule } from "../schemas/index.js";
import { fixture, ingestDocument } from "./helpers.js";

type Pair = { html: ClassSeriesDocument; text: ClassSeriesDocument };

async function series(path: string): Promise<ClassSeriesDocument> {
  const document = await ingestDocument(fixture(path));
  if (document.kind !== "class-series") throw new Error(`${path} is not a series`);
  return document;
}

async function pair(name: string): Promise<Pair> {
  return {
    html: await series(`iowa/word-html/${name}.html`),
    text: await series(`iowa/text-export/${name}.txt`),
  };
}

const FORMATS = ["html", "text"] as const;
const codes = (document: ClassSeriesDocument) => document.diagnostics.map((item) => item.code);
const supervision = (document: ClassSeriesDocument) =>
  document.rules.filter(
    (rule): rule is Extract<Rule, { type: "supervision" }> => rule.type === "supervision",
  );
/** Warnings a letterhead or a footer would give if read as content. */
const FURNITURE_WARNINGS = ["unmapped-text", "unknown-level", "unknown-class", "unknown-section"];

const NAMES = [
  "network-analyst",
  "revenue-examiner",
  "licensing-compliance-officer",
  "facilities-planner",
  "benefits-counselor",
  "laboratory-quality-specialist",
];

describe("each series: its text export and its Word HTML give the same body", () => {
  it.each(NAMES)("%s", async (name) => {
    const { html, text } = await pair(name);
    expect(html.source.format).toBe("html");
    expect(text.source.format).toBe("text");
    expect(text.body).toEqual(html.body);
    expect(text.id).toBe(html.id);
    expect(text.status).toBe(html.status);
    expect(text.rules).toEqual(html.rules);
    expect(codes(text)).toEqual(codes(html));
    // No NOTE and no heading is ever an exclusion.
    for (const exclusion of html.body.exclusions) {
      expect(exclusion).not.toMatch(/^note\b/i);
      expect(exclusion).toMatch(/[a-z]/);
    }
  });
});

describe("Network Analyst: letterhead, alternating class lines, numbered cells, Areas for Evaluation, footer", () => {
  let documents: Pair;
  beforeAll(async () => {
    documents = await pair("network-analyst");
  });

  it.each(FORMATS)("%s: complete, nothing unmapped, no diagnostic at all", (format) => {
    const document = documents[format];
    expect(document.title).toBe("NETWORK ANALYST SERIES");
    expect(document.status).toBe("complete");
    expect(document.unmapped).toEqual([]);
    expect(document.diagnostics).toEqual([]);
  });

  it.each(FORMATS)("%s: the classes table, one class per row with both codes", (format) => {
    expect(documents[format].body.classes).toEqual([
      { codes: ["00114", "90114"], title: "Network Analyst 1", level: 1 },
      { codes: ["00115", "90115"], title: "Network Analyst 2", level: 2 },
      { codes: ["00116", "90116"], title: "Network Analyst 3", level: 3 },
    ]);
  });

  it("text: the code and the title of a class come from two lines", () => {
    // "00114/90114" on line 11, "Network Analyst 1" on line 12.
    expect(documents.text.provenance["/body/classes/0/codes/0"]).toEqual({
      startLine: 11,
      endLine: 12,
    });
  });

  it.each(FORMATS)(
    "%s: exclusions numbered in a cell (or line) of their own; NOTE is a notice",
    (format) => {
      const { body, rules } = documents[format];
      expect(body.exclusions).toEqual([
        "Positions that supervise two or more full-time employees.",
        "Positions whose primary purpose is the repair of telephone equipment.",
      ]);
      expect(rules.filter((rule) => rule.type === "exclusion").map((rule) => rule.text)).toEqual(
        body.exclusions,
      );
      expect(body.notices).toContain(
        "NOTE: Care should be taken to review the whole position before applying an exclusion, since many network positions repair equipment on occasion.",
      );
    },
  );

  it.each(FORMATS)("%s: letterhead and footer are notices and an effective date", (format) => {
    const { body } = documents[format];
    expect(body.notices).toEqual([
      "IOWA DEPARTMENT OF ADMINISTRATIVE SERVICES \u2013",
      "HUMAN RESOURCES ENTERPRISE",
      "CLASSIFICATION GUIDELINES",
      "The following are excluded from this series:",
      "NOTE: Care should be taken to review the whole position before applying an exclusion, since many network positions repair equipment on occasion.",
      "(APPLIES TO ALL JOBS)",
      "GR",
    ]);
    expect(body.effectiveDate).toEqual({ printed: "11/98", yearMonth: "1998-11" });
    // "11/98" is no class distinction at level 98.
    expect(body.distinctions.map((item) => item.level)).toEqual([1, 2, 3]);
  });

  it.each(FORMATS)(
    "%s: areas numbered 1) … 6), then defined under un-numbered headings",
    (format) => {
      const areas = documents[format].body.areasOfWork;
      expect(areas.map((area) => [area.number, area.name, area.duties.length])).toEqual([
        [1, "Network Coordination", 2],
        [2, "Data Base/Data Access", 2],
        [3, "Internet/Intranet", 2],
        [4, "Cabling and Wiring", 1],
        [5, "Remote Access", 2],
        [6, "Network Security", 2],
      ]);
      expect(areas[1]?.duties).toEqual([
        "Grants and removes access to shared data bases.",
        "Tunes queries that slow the network.",
      ]);
    },
  );

  it.each(FORMATS)("%s: the concept naming its areas inline is read whole", (format) => {
    expect(documents[format].body.concept).toBe(
      "Positions in this series install, maintain and support the data networks of state agencies in one or more areas of specialization (Network Coordination, Data Base/Data Access, Internet/Intranet etc.) and assist users in their effective use.",
    );
  });

  it.each(FORMATS)(
    "%s: 'journey level … or trainee under close supervision' keeps both",
    (format) => {
      const [first, second, third] = supervision(documents[format]);
      expect(first?.received).toBe("close");
      expect(first?.alternatives).toEqual([
        { text: "Functions at the journey level in one or more of the areas for evaluation" },
        {
          text: "functions as a trainee under close supervision while learning the work of the series",
          received: "close",
        },
      ]);
      expect([second?.received, second?.independence, second?.alternatives]).toEqual([
        "general",
        "moderate",
        undefined,
      ]);
      expect([third?.received, third?.leadWork]).toEqual(["limited", "commonly"]);
    },
  );
});

describe("Revenue Examiner: a class under two codes on two rows, Symbol bullets, Definitions un-numbered, an unknown section", () => {
  let documents: Pair;
  beforeAll(async () => {
    documents = await pair("revenue-examiner");
  });

  it.each(FORMATS)("%s: one class whose codes hold both rows' codes", (format) => {
    expect(documents[format].body.classes).toEqual([
      { codes: ["00231", "90231"], title: "Revenue Examiner 1", level: 1 },
      { codes: ["00232", "90232"], title: "Revenue Examiner 2", level: 2 },
      { codes: ["00233"], title: "Revenue Examiner 3", level: 3 },
    ]);
  });

  it.each(FORMATS)(
    "%s: exclusions as Symbol-font bullets; the NOTE after them a notice",
    (format) => {
      const { body, rules } = documents[format];
      expect(body.exclusions).toEqual([
        "Positions that audit business records at the taxpayer\u2019s place of business.",
        "Positions that collect delinquent taxes by levy or lien.",
      ]);
      expect(rules.filter((rule) => rule.type === "exclusion")).toHaveLength(2);
      expect(body.notices).toEqual([
        "IOWA DEPARTMENT OF ADMINISTRATIVE SERVICES \u2013",
        "HUMAN RESOURCES ENTERPRISE",
        "NOTE: Care should be taken not to exclude positions that refer cases for audit or collection, which remain in this series.",
        "Typical duties include:",
        "JM",
      ]);
    },
  );

  it.each(FORMATS)("%s: areas under un-numbered headings take the concept's numbers", (format) => {
    const areas = documents[format].body.areasOfWork;
    expect(areas.map((area) => [area.number, area.name, area.focus, area.duties.length])).toEqual([
      [1, "Return Processing", "Work is focused on the accuracy of returns as filed.", 2],
      [2, "Refund Review", "Work is focused on refund claims held for review.", 2],
      [
        3,
        "Taxpayer Assistance",
        "Work is focused on answering taxpayers\u2019 questions about their accounts.",
        2,
      ],
    ]);
    expect(codes(documents[format])).not.toContain("area-undefined");
  });

  it.each(FORMATS)("%s: distinctions under class titles in capitals", (format) => {
    const { body } = documents[format];
    expect(body.distinctions.map((item) => [item.level, item.title])).toEqual([
      [1, "REVENUE EXAMINER 1"],
      [2, "REVENUE EXAMINER 2"],
      [3, "REVENUE EXAMINER 3"],
    ]);
    expect(body.distinctions[2]?.text).not.toContain("Spanish");
    expect(body.effectiveDate).toEqual({ printed: "07/2004", yearMonth: "2004-07" });
  });

  it.each(FORMATS)(
    "%s: 'SELECTIVE CERTIFICATION:' ends the distinctions and is kept unmapped with a warning",
    (format) => {
      const document = documents[format];
      expect(document.unmapped.map((piece) => piece.text)).toEqual([
        "SELECTIVE CERTIFICATION:",
        "Applicants may be selectively certified for positions that require fluency in Spanish.",
      ]);
      const unknown = document.diagnostics.filter((item) => item.code === "unknown-section");
      expect(unknown).toHaveLength(1);
      expect(unknown[0]?.message).toContain("'SELECTIVE CERTIFICATION:'");
      expect(document.status).toBe("complete");
    },
  );
});

describe("Licensing Compliance Officer: exclusions as plain paragraphs, distinctions by level number", () => {
  let documents: Pair;
  beforeAll(async () => {
    documents = await pair("licensing-compliance-officer");
  });

  it.each(FORMATS)(
    "%s: complete; 'Typical Assignments', a Title Case heading the layout does not know, is an unknown section up to the next class",
    (format) => {
      const document = documents[format];
      expect(document.status).toBe("complete");
      expect(document.diagnostics.map((item) => item.code)).toEqual([
        "unknown-section",
        "unmapped-text",
        "unmapped-text",
      ]);
      expect(document.diagnostics[0]?.message).toContain("'Typical Assignments'");
      expect(document.unmapped.map((item) => item.text)).toEqual([
        "Typical Assignments",
        "Reviews renewal applications and answers licensees’ questions.",
      ]);
    },
  );

  it.each(FORMATS)("%s: each paragraph between blank lines is one exclusion", (format) => {
    expect(documents[format].body.exclusions).toEqual([
      "Positions that hear contested cases as administrative law judges.",
      "Positions that prosecute licensing violations in court.",
      "Positions whose primary duty is the inspection of health care facilities.",
    ]);
  });

  it.each(FORMATS)(
    "%s: 'Level II' names a level of the classes table; 'Typical Assignments' names none",
    (format) => {
      const { body } = documents[format];
      expect(body.distinctions.map((item) => [item.level, item.title])).toEqual([
        [1, "Level I"],
        [2, "Level II"],
        [3, "Level III"],
      ]);
      expect(body.distinctions[0]?.text).toBe(
        "Employees perform routine application review under close supervision.",
      );
    },
  );

  it.each(FORMATS)(
    "%s: numbered areas with wide spacing, a letterhead line, an effective date with a day",
    (format) => {
      const { body } = documents[format];
      expect(body.areasOfWork.map((area) => [area.number, area.name])).toEqual([
        [1, "Application Review"],
        [2, "Complaint Investigation"],
      ]);
      expect(body.notices).toEqual(["CLASSIFICATION GUIDELINES"]);
      expect(body.effectiveDate).toEqual({ printed: "03/01/2011", yearMonth: "2011-03" });
    },
  );
});

describe("Licensing Compliance Officer: guideline charts", () => {
  let documents: Pair;
  beforeAll(async () => {
    documents = await pair("licensing-compliance-officer");
  });

  it.each(FORMATS)(
    "%s: a chart's headings and cells (text export: one line each) by level",
    (format) => {
      const { body, rules } = documents[format];
      expect(body.charts.map((chart) => [chart.area, chart.name])).toEqual([
        [1, "Application Review"],
        [2, "Complaint Investigation"],
      ]);
      expect(body.charts[1]?.cells).toEqual([
        { level: 1, heading: "Level I", text: null },
        { level: 2, heading: "Level II", text: "Investigates complaints of unlicensed practice." },
        {
          level: 3,
          heading: "Level III",
          text: "Investigates complaints of patient harm and testifies at board hearings.",
        },
      ]);
      const scope = rules.filter((rule) => rule.type === "level-scope");
      expect(scope.map((rule) => rule.id)).toHaveLength(6);
      expect(scope.find((rule) => rule.id === "level-scope-a2-l1")).toMatchObject({
        applies: false,
      });
    },
  );

  it("text: a cell's provenance is the lines of its row (the cells' lines under the headings)", () => {
    expect(documents.text.provenance["/body/charts/1/cells/1/text"]).toEqual({
      startLine: 65,
      endLine: 67,
    });
    expect(documents.text.provenance["/body/charts/1/cells/1/heading"]).toEqual({
      startLine: 62,
      endLine: 64,
    });
  });
});

describe("Facilities Planner (truncated in Definitions): partial, and says what is missing", () => {
  let documents: Pair;
  beforeAll(async () => {
    documents = await pair("facilities-planner");
  });

  it.each(FORMATS)("%s: title-first class lines; numbered exclusion cells", (format) => {
    const { body } = documents[format];
    expect(body.classes).toEqual([
      { codes: ["00520", "90520"], title: "Facilities Planner 1", level: 1 },
      { codes: ["00521", "90521"], title: "Facilities Planner 2", level: 2 },
    ]);
    expect(body.exclusions).toEqual([
      "Positions that design buildings as licensed architects.",
      "Positions that manage construction contracts in the field.",
    ]);
  });

  it.each(FORMATS)("%s: partial, with the missing section and the cut sentence named", (format) => {
    const document = documents[format];
    expect(document.status).toBe("partial");
    const errors = document.diagnostics.filter((item) => item.severity === "error");
    expect(errors.map((item) => item.code)).toEqual(["missing-section", "truncated-text"]);
    expect(errors[0]?.message).toBe(
      "Unexpected series without its 'Class Distinctions' section, expected one",
    );
    expect(errors[1]?.message).toBe(
      "Unexpected end of the document inside a sentence (\"…buildings and the cost of keeping them in\"), expected the rest of the guideline; missing: 'Class Distinctions'",
    );
    expect(document.body.areasOfWork[1]?.focus).toBe(
      "Work is focused on the condition of state buildings and the cost of keeping them in",
    );
    expect(document.body.effectiveDate).toBeUndefined();
  });
});

describe("Benefits Counselor (truncated in Class Distinctions)", () => {
  let documents: Pair;
  beforeAll(async () => {
    documents = await pair("benefits-counselor");
  });

  it.each(FORMATS)(
    "%s: classes without a distinction are warnings; the cut sentence an error",
    (format) => {
      const document = documents[format];
      expect(document.status).toBe("partial");
      expect(document.body.distinctions.map((item) => item.level)).toEqual([1, 2]);
      const missing = document.diagnostics.filter((item) => item.code === "distinction-missing");
      expect(missing.map((item) => [item.severity, item.pointer])).toEqual([
        ["warning", "/body/classes/2"],
        ["warning", "/body/classes/3"],
      ]);
      const cut = document.diagnostics.find((item) => item.code === "truncated-text");
      expect(cut?.severity).toBe("error");
      expect(cut?.message).toContain(
        "missing: the distinction of 'Benefits Counselor 3', the distinction of 'Benefits Counselor 4'",
      );
    },
  );

  it.each(FORMATS)("%s: exclusions as plain paragraphs, no lead-in", (format) => {
    expect(documents[format].body.exclusions).toEqual([
      "Positions that invest the assets of the retirement systems.",
      "Positions that determine disability claims as medical reviewers.",
    ]);
  });
});

describe("Laboratory Quality Specialist: NOTE heading, a second areas section, a distinction naming no class", () => {
  let documents: Pair;
  beforeAll(async () => {
    documents = await pair("laboratory-quality-specialist");
  });

  it.each(FORMATS)("%s: 'NOTE:' and its paragraph are notices, never exclusions", (format) => {
    const { body } = documents[format];
    expect(body.exclusions).toEqual([
      "Positions that perform routine sample analysis.",
      "Positions that supervise a laboratory section.",
    ]);
    expect(body.notices).toEqual([
      "The following are excluded from this series:",
      "NOTE:",
      "Positions accredited under federal programs may be held to additional standards.",
    ]);
  });

  it.each(FORMATS)(
    "%s: 'AREAS FOR EVALUATION' after Definitions is an unknown section",
    (format) => {
      const document = documents[format];
      expect(document.body.areasOfWork.map((area) => area.name)).toEqual([
        "Method Validation",
        "Proficiency Testing",
      ]);
      expect(document.body.areasOfWork[1]?.duties).toHaveLength(2);
      const unknown = document.diagnostics.find((item) => item.code === "unknown-section");
      expect(unknown?.message).toContain("'AREAS FOR EVALUATION'");
      expect(document.unmapped.map((piece) => piece.text)).toContain(
        "Complexity of the methods, the number of programs tracked and the consequence of errors.",
      );
    },
  );

  it.each(FORMATS)(
    "%s: 'Level 2' names class 2; 'Laboratory Quality Specialist 4' names no class",
    (format) => {
      const document = documents[format];
      expect(document.body.distinctions.map((item) => [item.level, item.title])).toEqual([
        [1, "Laboratory Quality Specialist 1"],
        [2, "Level 2"],
      ]);
      expect(codes(document)).toContain("unknown-class");
      expect(document.unmapped.map((piece) => piece.text)).toContain(
        "Employees direct the quality program of both laboratories.",
      );
      const missing = document.diagnostics.filter((item) => item.code === "distinction-missing");
      expect(missing.map((item) => item.message)).toEqual([
        "Unexpected class 'Laboratory Quality Specialist 3' without a class distinction, expected one under 'Class Distinctions'",
      ]);
      expect(document.status).toBe("complete");
      expect(document.body.effectiveDate).toEqual({ printed: "11/2019", yearMonth: "2019-11" });
    },
  );
});

describe("no letterhead or footer line gives a warning", () => {
  it.each(NAMES)("%s", async (name) => {
    const { html, text } = await pair(name);
    for (const document of [html, text]) {
      const furniture = [
        ...document.body.notices.filter((notice) => !notice.endsWith(":") || notice === "NOTE:"),
        document.body.effectiveDate?.printed ?? "",
      ];
      for (const diagnostic of document.diagnostics) {
        if (!FURNITURE_WARNINGS.includes(diagnostic.code)) continue;
        for (const line of furniture) {
          if (line !== "") expect(diagnostic.message).not.toContain(line);
        }
      }
    }
  });
});
