/** Header and sections -> the `class-spec` body, with provenance and claims. */
import type {
  ClassSpecBody,
  Place,
  SalaryRange,
  SpecialEntranceRate,
} from "../../../schemas/index.js";
import type { DocFile } from "../../file.js";
import { probationFacts } from "../../rules/probation.js";
import { parseDate } from "../../shared/dates.js";
import { joinLines, type Piece } from "../../shared/joined.js";
import { specAt, TITLE_AT } from "../../shared/pointer.js";
import { Claims, ProvenanceBuilder, placeOf } from "../../shared/provenance.js";
import type { Interpretation, Line } from "../../types.js";
import { type Header, parseJobGroup, readHeader } from "./header.js";
import { SECTIONS, type SectionKey } from "./layout.js";
import { dutiesOf, itemsOf, linesOf, proseOf, readSection, type SectionText } from "./prose.js";
import { type Layout, splitSections } from "./sections.js";

const SOURCE = "kentucky";
/** A sentence that opens with "Note:" is a notice, not a value. */
const NOTE_SENTENCE = /^notes?\s*:/i;

type Basis = ClassSpecBody["salary"]["basis"];

function basisOf(text: string | undefined): Basis {
  if (!text) return "min-mid";
  const hasMid = /MID/i.test(text);
  const hasMax = /MAX/i.test(text);
  return hasMid && hasMax ? "min-mid-max" : hasMax ? "min-max" : "min-mid";
}

function linePlace(line: Line) {
  return {
    startLine: line.line,
    endLine: line.line,
    ...(line.page !== undefined ? { page: line.page } : {}),
  };
}

export function interpretKentucky(
  lines: readonly Line[],
  file: DocFile,
): Interpretation<"class-spec"> | undefined {
  const layout = splitSections(lines, file);
  const header = readHeader(layout.header);
  const jobNumber = header.labels.jobNumber?.text;
  for (const { label, text, expected, line } of header.unreadable)
    warnValue(file, label, text, expected, line);
  if (!jobNumber || !header.title) {
    const missing = [!header.title && "class title", !jobNumber && "Job Number"]
      .filter(Boolean)
      .join(" and ");
    file.fail(
      "missing-identity",
      `Unexpected Kentucky spec without a ${missing}, expected both in the header block`,
    );
    return undefined;
  }
  if (isTruncated(layout)) {
    file.fail(
      "truncated-input",
      "Unexpected end of document before the closing statement with required sections missing, expected a complete spec",
    );
    return undefined;
  }

  const provenance = new ProvenanceBuilder();
  // A long title wraps: its place spans every line it was read from. Set first, so it leads the provenance.
  provenance.set(
    TITLE_AT,
    placeOf([header.title.line, ...header.titleLines]) ?? linePlace(header.title.line),
  );
  const claims = new Claims(lines);
  claims.claimLines(header.claimed);
  const notices: Piece[] = [];
  /** Reads a section; its content is claimed only when a field takes it (`claimContent`). */
  const read = (key: SectionKey, claimContent = true): SectionText | undefined => {
    const section = layout.sections.get(key);
    if (!section) return undefined;
    claims.claimLines(section.headingLines);
    if (claimContent) claims.claimLines(section.content);
    const text = readSection(section.definition, section.content);
    if (text.preamble) notices.push(text.preamble);
    return text;
  };
  const prose = (key: SectionKey, at: string): string | null => {
    const text = read(key);
    const value = text ? proseOf(text.paragraphs) : null;
    if (text && value !== null) provenance.setLines(at, linesOf(text.paragraphs));
    else if (text) provenance.setLines(at, layout.sections.get(key)?.content ?? []);
    return value;
  };

  reportMissingSections(layout, file);

  const body: ClassSpecBody = {
    grade: header.grade?.text ?? null,
    jobCode: header.labels.jobCode?.text ?? null,
    jobNumber,
    jobGroup: null,
    established: null,
    revised: null,
    salary: { basis: basisOf(header.basis?.text), ranges: [], specialEntranceRates: [] },
    probation: null,
    characteristics: null,
    minimumRequirements: { education: null, experience: null, substitutions: [] },
    specialRequirements: null,
    duties: [],
    physicalRequirements: null,
    workingConditions: null,
    additionalRequirements: [],
    notices: [],
  };

  readHeaderFields(header, body, provenance, file);

  const sources: NonNullable<Interpretation["sources"]> = {};
  // Probation text no period was read from stays unmapped, not silently claimed.
  const probation = read("probation", false);
  const probationSource = probation ? readProbation(probation, body, provenance, file) : undefined;
  if (probationSource) sources.probation = probationSource;
  if (probationSource || probation?.none)
    claims.claimLines(layout.sections.get("probation")?.content ?? []);
  body.characteristics = prose("characteristics", specAt("characteristics"));
  // The heading above EDUCATION and EXPERIENCE holds no text of its own: any there is unmapped.
  read("minimumRequirements", false);
  body.minimumRequirements.education = prose(
    "education",
    specAt("minimumRequirements", "education"),
  );
  body.minimumRequirements.experience = prose(
    "experience",
    specAt("minimumRequirements", "experience"),
  );
  for (const [key, direction] of [
    ["educationForExperience", "education-for-experience"],
    ["experienceForEducation", "experience-for-education"],
  ] as const) {
    const text = read(key);
    if (!text || text.none) continue;
    const index = body.minimumRequirements.substitutions.length;
    body.minimumRequirements.substitutions.push({
      direction,
      text: proseOf(text.paragraphs) ?? "",
    });
    provenance.setLines(
      specAt("minimumRequirements", "substitutions", index, "direction"),
      [layout.sections.get(key)?.heading].filter((l): l is Line => !!l),
    );
    provenance.setLines(
      specAt("minimumRequirements", "substitutions", index, "text"),
      linesOf(text.paragraphs),
    );
  }
  body.specialRequirements = prose("specialRequirements", specAt("specialRequirements"));
  const duties = read("duties");
  for (const duty of duties ? dutiesOf(duties.paragraphs) : []) {
    // A note run into the duties ("... other units. Note: incumbents may ...") is a notice.
    if (NOTE_SENTENCE.test(duty.text)) {
      notices.push(duty);
      continue;
    }
    provenance.setLines(specAt("duties", body.duties.length), duty.lines);
    body.duties.push(duty.text);
  }
  body.physicalRequirements = prose("physicalRequirements", specAt("physicalRequirements"));
  body.workingConditions = prose("workingConditions", specAt("workingConditions"));
  const additional = read("additionalRequirements");
  for (const paragraph of itemsOf(additional?.paragraphs ?? [])) {
    provenance.setLines(
      specAt("additionalRequirements", body.additionalRequirements.length),
      paragraph.lines,
    );
    body.additionalRequirements.push(paragraph.text);
  }
  for (const note of layout.notes) {
    claims.claimLines(note);
    notices.push({ text: joinLines(note).text, lines: note });
  }
  const closing = read("closing");
  notices.push(...(closing?.paragraphs ?? []));
  notices.forEach((notice, index) => {
    provenance.setLines(specAt("notices", index), notice.lines);
  });
  body.notices = notices.map((notice) => notice.text);

  return {
    kind: "class-spec",
    id: `us-ky/class/${jobNumber.toLowerCase()}`,
    title: header.title.text,
    body,
    provenance: provenance.entries,
    unmapped: claims.unmapped(),
    sources,
  };
}

function readHeaderFields(
  header: Header,
  body: ClassSpecBody,
  provenance: ProvenanceBuilder,
  file: DocFile,
): void {
  const { labels } = header;
  if (header.grade) provenance.set(specAt("grade"), linePlace(header.grade.line));
  if (labels.jobCode) provenance.set(specAt("jobCode"), linePlace(labels.jobCode.line));
  if (labels.jobNumber) provenance.set(specAt("jobNumber"), linePlace(labels.jobNumber.line));
  if (labels.jobGroup) {
    body.jobGroup = parseJobGroup(labels.jobGroup.text) ?? null;
    if (body.jobGroup) {
      provenance.set(specAt("jobGroup", "code"), linePlace(labels.jobGroup.line));
      provenance.set(specAt("jobGroup", "name"), linePlace(labels.jobGroup.line));
    } else {
      warnValue(file, "Job Group", labels.jobGroup.text, "'<code> - <name>'", labels.jobGroup.line);
    }
  }
  for (const key of ["established", "revised"] as const) {
    const value = labels[key];
    if (!value) continue;
    body[key] = parseDate(value.text) ?? null;
    if (body[key]) provenance.set(specAt(key), linePlace(value.line));
    else
      warnValue(
        file,
        `Job ${key === "established" ? "Established" : "Revised"}`,
        value.text,
        "a date MM/DD/YYYY",
        value.line,
      );
  }
  if (header.basis) provenance.set(specAt("salary", "basis"), linePlace(header.basis.line));
  else if (header.ranges.length > 0)
    file.warn(
      "salary-basis-assumed",
      "Unexpected salary ranges without a 'Salary (MIN - MID):' label, expected one; each second amount is read as the mid-point",
      { place: linePlace(header.ranges[0]?.line as Line), source: SOURCE },
    );
  if (!header.grade && header.gradeLabel)
    warnValue(file, "Grade", "(no value)", "a grade like '11'", header.gradeLabel);
  header.ranges.forEach(({ range, line }, index) => {
    body.salary.ranges.push(range);
    for (const key of Object.keys(range) as Array<keyof SalaryRange>)
      provenance.set(specAt("salary", "ranges", index, key), linePlace(line));
  });
  for (const line of header.unreadPay) {
    file.error(
      "salary-unreadable",
      `Unexpected pay line '${line.text.trim().slice(0, 80)}', expected '$MIN-$MID - <period>' like '$13.581-$17.990 - Hourly'`,
      { place: linePlace(line), source: SOURCE },
    );
  }
  if (header.ranges.length === 0) {
    file.error(
      "missing-salary",
      "Unexpected header without salary ranges, expected lines like '$13.581-$17.990 - Hourly'",
      {
        source: SOURCE,
      },
    );
  }
  readEntranceRates(header, body, provenance, file);
}

function readEntranceRates(
  header: Header,
  body: ClassSpecBody,
  provenance: ProvenanceBuilder,
  file: DocFile,
): void {
  header.entrance.forEach(({ value, line }, index) => {
    if (value === null) return;
    const range: SalaryRange | undefined = value.period
      ? body.salary.ranges.find(
          (r) => r.period === value.period?.period && r.hoursPerWeek === value.period.hoursPerWeek,
        )
      : body.salary.ranges[index];
    const period =
      value.period ??
      (range ? { period: range.period, hoursPerWeek: range.hoursPerWeek } : undefined);
    if (!period) {
      warnValue(file, "Special Entrance Rate", `$${value.amount}`, "a rate per salary range", line);
      return;
    }
    const rate: SpecialEntranceRate = { period: period.period, amount: value.amount };
    if (period.hoursPerWeek !== undefined) rate.hoursPerWeek = period.hoursPerWeek;
    const at = body.salary.specialEntranceRates.length;
    for (const key of Object.keys(rate) as Array<keyof SpecialEntranceRate>)
      provenance.set(specAt("salary", "specialEntranceRates", at, key), linePlace(line));
    body.salary.specialEntranceRates.push(rate);
  });
}

function readProbation(
  text: SectionText,
  body: ClassSpecBody,
  provenance: ProvenanceBuilder,
  file: DocFile,
): { text: string; place: Place } | undefined {
  const joined = text.paragraphs.map((piece) => piece.text).join(" ");
  const facts = probationFacts(joined);
  const place = placeOf(linesOf(text.paragraphs));
  if (facts.initialMonths === undefined && facts.promotionalMonths === undefined) {
    if (!text.none) {
      file.warn(
        "probation-unreadable",
        `Unexpected probation text "${joined.slice(0, 60)}", expected "probationary period of N months"`,
        {
          place,
          source: SOURCE,
        },
      );
    }
    return undefined;
  }
  if (!place) return undefined;
  body.probation = {
    initialMonths: facts.initialMonths ?? facts.promotionalMonths ?? 0,
    promotionalMonths: facts.promotionalMonths ?? facts.initialMonths ?? 0,
    reference: facts.reference,
  };
  for (const key of ["initialMonths", "promotionalMonths", "reference"] as const) {
    provenance.set(specAt("probation", key), place);
  }
  return { text: joined, place };
}

function warnValue(
  file: DocFile,
  label: string,
  value: string,
  expected: string,
  line: Line,
): void {
  file.warn("header-value-unreadable", `Unexpected ${label} '${value}', expected ${expected}`, {
    place: linePlace(line),
    source: SOURCE,
  });
}

function reportMissingSections(layout: Layout, file: DocFile): void {
  for (const definition of SECTIONS) {
    if (!definition.required || layout.sections.has(definition.key)) continue;
    file.error(
      "missing-section",
      `Unexpected spec without its ${definition.name} section, expected one`,
      {
        source: SOURCE,
      },
    );
  }
}

/**
 * Truncated: the family's closing statement never comes and required
 * sections are missing. A spec that only lacks a section in the middle is
 * read as partial instead.
 */
function isTruncated(layout: Layout): boolean {
  if (layout.sections.has("closing")) return false;
  return SECTIONS.some((definition) => definition.required && !layout.sections.has(definition.key));
}
