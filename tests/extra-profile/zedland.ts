/**
 * A made-up jurisdiction, to prove the design: the State of Zedland prints
 * each class spec as one HTML table of label / value rows. It is registered
 * from here, not under pipeline/, and reuses the class-spec kind whole.
 */
import type { Root, Table } from "mdast";
import { toString as nodeText } from "mdast-util-to-string";
import type { DocFile } from "../../pipeline/file.js";
import { parseMoney } from "../../pipeline/shared/money.js";
import { type Pointer, specAt } from "../../pipeline/shared/pointer.js";
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
  const value = (label: string, ...at: Pointer[]): string | null => {
    const row = rows.find((candidate) => candidate.label === label);
    if (row) for (const pointer of at) provenance[pointer] = row.place;
    return row?.value || null;
  };
  const title = value(LABELS.title);
  const number = value(
    LABELS.number,
    specAt("codes", 0, "scheme"),
    specAt("codes", 0, "value"),
    specAt("codes", 0, "label"),
  );
  if (!title || !number) {
    file.fail("missing-identity", "Unexpected table without a Class Title and Class Number");
    return undefined;
  }
  const [min, max] = (value(LABELS.hourly) ?? "").split(/\s+-\s+/).map(parseMoney);
  const hourly = rows.find((row) => row.label === LABELS.hourly);
  if (hourly) {
    for (const key of ["period", "min", "max"] as const)
      provenance[specAt("pay", "ranges", 0, key)] = hourly.place;
    provenance[specAt("pay", "basis")] = hourly.place;
  }
  const duties = (value(LABELS.duties) ?? "").split(/(?<=\.)\s+/).filter((duty) => duty !== "");
  const dutiesRow = rows.find((row) => row.label === LABELS.duties);
  duties.forEach((_, index) => {
    if (dutiesRow) provenance[specAt("duties", index, "text")] = dutiesRow.place;
  });
  const grade = value(
    LABELS.grade,
    specAt("pay", "grades", 0, "label"),
    specAt("pay", "grades", 0, "value"),
  );
  const body: ClassSpecBody = {
    codes: [{ scheme: "class-number", value: number, label: LABELS.number }],
    group: null,
    pay: {
      grades: grade ? [{ label: LABELS.grade, value: grade }] : [],
      basis: "min-max",
      ranges: min !== undefined && max !== undefined ? [{ period: "hour", min, max }] : [],
      specialEntranceRates: [],
    },
    dates: { established: null, revised: null, titleChanged: null, history: [] },
    definition: null,
    distinguishingCharacteristics: null,
    duties: duties.map((text) => ({ text })),
    knowledgeSkillsAbilities: [],
    qualifications: {
      minimum: {
        text: null,
        education: value(LABELS.education, specAt("qualifications", "minimum", "education")),
        experience: value(LABELS.experience, specAt("qualifications", "minimum", "experience")),
        alternatives: [],
        substitutions: [],
        notes: [],
      },
      desirable: null,
      preferred: null,
      licenses: [],
      special: value(LABELS.license, specAt("qualifications", "special")),
      legal: null,
    },
    probation: null,
    conditions: { working: null, physical: null },
    classification: { flsa: null, bargainingUnit: null, eeoCategory: null },
    additionalRequirements: [],
    notices: [],
    extensions: {},
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
