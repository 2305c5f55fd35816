/**
 * A made-up jurisdiction, to prove the design: the State of Zedland prints
 * each class spec as one HTML table of label / value rows. It is registered
 * from here, not under pipeline/, and reuses the class-spec kind whole.
 */
import type { Root, Table } from "mdast";
import { toString as nodeText } from "mdast-util-to-string";
import type { DocFile } from "../../pipeline/file.js";
import { parseMoney } from "../../pipeline/shared/money.js";
import type { Extracted, Interpretation, Profile } from "../../pipeline/types.js";
import type { ClassSpecBody, Place, Provenance } from "../../schemas/index.js";

interface Row {
  label: string;
  value: string;
  place: Place;
}

/** Labels as printed -> what they hold. */
const LABELS = {
  title: "Class Title",
  number: "Class Number",
  grade: "Pay Grade",
  hourly: "Hourly Range",
  education: "Education",
  experience: "Experience",
  duties: "Duties",
  license: "License",
} as const;

function tableRows(tree: Root | undefined): Row[] {
  const table = tree?.children.find((node): node is Table => node.type === "table");
  return (table?.children ?? []).map((row) => {
    const [label = "", value = ""] = row.children.map((cell) =>
      nodeText(cell).replace(/\s+/g, " ").trim(),
    );
    const line = row.position?.start.line ?? 1;
    return { label, value, place: { startLine: line, endLine: row.position?.end.line ?? line } };
  });
}

function interpret(extracted: Extracted, file: DocFile): Interpretation<"class-spec"> | undefined {
  const rows = tableRows(extracted.tree);
  const provenance: Provenance = {};
  const value = (label: string, at?: string): string | null => {
    const row = rows.find((candidate) => candidate.label === label);
    if (row && at) provenance[at] = row.place;
    return row?.value || null;
  };
  const title = value(LABELS.title);
  const number = value(LABELS.number, "/body/jobNumber");
  if (!title || !number) {
    file.fail("missing-identity", "Unexpected table without a Class Title and Class Number");
    return undefined;
  }
  const [min, max] = (value(LABELS.hourly) ?? "").split(/\s+-\s+/).map(parseMoney);
  const hourly = rows.find((row) => row.label === LABELS.hourly);
  if (hourly) {
    provenance["/body/salary/ranges/0/min"] = hourly.place;
    provenance["/body/salary/ranges/0/max"] = hourly.place;
  }
  const duties = (value(LABELS.duties, "/body/duties/0") ?? "")
    .split(/(?<=\.)\s+/)
    .filter((duty) => duty !== "");
  const body: ClassSpecBody = {
    grade: value(LABELS.grade, "/body/grade"),
    jobCode: null,
    jobNumber: number,
    jobGroup: null,
    established: null,
    revised: null,
    salary: {
      basis: "min-max",
      ranges: min !== undefined && max !== undefined ? [{ period: "hour", min, max }] : [],
      specialEntranceRates: [],
    },
    probation: null,
    characteristics: null,
    minimumRequirements: {
      education: value(LABELS.education, "/body/minimumRequirements/education"),
      experience: value(LABELS.experience, "/body/minimumRequirements/experience"),
      substitutions: [],
    },
    specialRequirements: value(LABELS.license, "/body/specialRequirements"),
    duties,
    physicalRequirements: null,
    workingConditions: null,
    additionalRequirements: [],
    notices: [],
  };
  return {
    kind: "class-spec",
    id: `us-zz/class/${number}`,
    title,
    body,
    provenance,
    unmapped: [],
  };
}

export const zedland: Profile<"class-spec"> = {
  name: "zedland",
  kind: "class-spec",
  jurisdiction: { code: "US-ZZ", name: "State of Zedland" },
  // The page heading and the labels: printed on every spec, held by no field.
  vocabulary: ["State of Zedland: Class Specification", ...Object.values(LABELS)],
  detect: (extracted) => {
    const labels = new Set(tableRows(extracted.tree).map((row) => row.label));
    const found = Object.values(LABELS).filter((label) => labels.has(label));
    return {
      score: found.length / Object.keys(LABELS).length,
      reasons: found.length > 0 ? [`table labels ${found.join(", ")}`] : [],
    };
  },
  interpret,
};
