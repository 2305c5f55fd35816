/**
 * Generated corpora for the benchmark and the scale tests: Kentucky class
 * specs in the text-export layout of fixtures/kentucky/seed-production-specialist-ii.txt
 * and Iowa series guidelines in the layout of
 * fixtures/iowa/seed-information-technology-specialist.txt.
 *
 * Everything is drawn from one seeded PRNG (never Math.random), so a seed
 * always gives the same bytes. Every Kentucky spec gets its own job number
 * and every series its own title, so no two documents of one corpus share an
 * id (which would make the second a `duplicate-id` failure).
 */

/** A tiny deterministic PRNG (mulberry32): 32-bit state, good enough to vary test documents. */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform whole number in [min, max]. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
  /** `count` distinct items, in a random order. */
  sample<T>(items: readonly T[], count: number): T[];
}

const UINT32 = 2 ** 32;

export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / UINT32;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error("pick from an empty list");
    return items[int(0, items.length - 1)] as T;
  };
  const sample = <T>(items: readonly T[], count: number): T[] => {
    const pool = [...items];
    for (let index = pool.length - 1; index > 0; index--) {
      const other = int(0, index);
      [pool[index], pool[other]] = [pool[other] as T, pool[index] as T];
    }
    return pool.slice(0, Math.min(count, pool.length));
  };
  return { next, int, pick, chance: (probability) => next() < probability, sample };
}

export interface GeneratedFile {
  /** File name, unique within a corpus. */
  name: string;
  text: string;
}

/** Greedy word wrap at `width` columns; a word longer than the width gets a line of its own. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let current = "";
  for (const word of text.split(/ +/)) {
    if (word === "") continue;
    if (current === "") current = word;
    else if (current.length + 1 + word.length <= width) current += ` ${word}`;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current !== "") lines.push(current);
  return lines;
}

// ---------------------------------------------------------------------------
// Kentucky

const KY_FIRST_JOB_NUMBER = 21_000_000;
/** Job numbers are 8 digits; a corpus never holds more than this many specs. */
const KY_MAX_SPECS = 8_999_999;
const KY_WIDTHS = [72, 80, 90, 100, 110, 120, 130, 140];
const KY_LEVELS = ["I", "II", "III", "IV", "V"];
const KY_SUBJECTS = [
  "PRODUCTION SPECIALIST",
  "ACCOUNTANT",
  "SOCIAL SERVICE CLINICIAN",
  "HIGHWAY EQUIPMENT OPERATOR",
  "NURSE SUPERVISOR",
  "SYSTEMS ANALYST",
  "ENVIRONMENTAL SCIENTIST",
  "PROGRAM COORDINATOR",
  "CORRECTIONAL OFFICER",
  "LIBRARY ASSISTANT",
  "ENGINEERING TECHNICIAN",
  "INTERNAL AUDITOR",
  "PARK RANGER",
  "HUMAN RESOURCES GENERALIST",
  "FISCAL MANAGER",
  "VETERINARY INSPECTOR",
];
const KY_GROUPS = [
  "7300 - INFORMATION MANAGEMENT SYSTEMS",
  "5200 - HEALTH CARE SERVICES",
  "1100 - FISCAL MANAGEMENT",
  "4100 - PUBLIC SAFETY",
  "2300 - ENGINEERING AND TECHNICAL",
  "6100 - SOCIAL SERVICES",
  "3200 - ENVIRONMENTAL PROTECTION",
];
const KY_FIELDS = [
  "computer science",
  "accounting",
  "social work",
  "civil engineering",
  "biology",
  "public administration",
  "nursing",
  "business administration",
];
const KY_EXPERIENCE_AREAS = [
  "production support",
  "accounting or auditing",
  "case management",
  "equipment operation",
  "professional nursing",
  "systems analysis",
  "environmental monitoring",
  "program administration",
];
const KY_NUMBER_WORDS = ["one", "two", "three", "four", "five", "six"];
const KY_DUTIES = [
  "Assigns work of other staff and checks completed work for accuracy.",
  "Reviews requests, suggests necessary adjustments and schedules work in the unit.",
  "Prepares reports, correspondence and other documents as required.",
  "Maintains records and files in accordance with established procedures.",
  "Provides technical assistance to staff and the public, e.g. by telephone or in writing.",
  "Monitors compliance with state and federal regulations, including 28 C.F.R. 115.",
  "Trains new employees and assists with definition of training needs.",
  "Coordinates unit activity with other units and agencies of the U.S. government.",
  "Analyzes complex problems and takes corrective action or seeks assistance.",
  "Inspects facilities and equipment for safety hazards and reports findings.",
  "Develops and revises policies, procedures and standards for the program.",
  "Represents the agency at meetings, hearings and conferences.",
  "Operates a personal computer to enter, retrieve and report data.",
  "Evaluates program effectiveness and recommends improvements to management.",
];
const KY_CHARACTERISTICS = [
  "Coordinates the work of staff within a unit, or has responsibility for a component of a state level program.",
  "Performs professional work of considerable difficulty in the administration of agency programs.",
  "Responsible for interpretation and implementation of policies and procedures.",
  "Supervises, or acts as supervisor in absence of supervisor.",
  "Works under general supervision and exercises independent judgment.",
  "Performs other duties as required.",
];
const KY_CHARACTERISTICS_PREAMBLE =
  "Characteristics of a job are general statements indicating the level of responsibility and discretion of positions in that job classification.  These are not intended to be an exhaustive list.";
const KY_DUTIES_PREAMBLE =
  "Examples of duties or responsibilities are not to be construed as describing what the duties or responsibilities of any position shall be and are not to be construed as limiting the appointing authority’s ability to assign, or otherwise alter the duties and responsibilities of a position. This is not intended to be an exhaustive list.";
const KY_CONDITIONS_PREAMBLE =
  "Incumbents in the job will typically perform their job duties under these conditions.";
const KY_CLOSING =
  "THE COMMONWEALTH OF KENTUCKY DOES NOT DISCRIMINATE ON THE BASIS OF RACE, COLOR, RELIGION, SEX,  NATIONAL ORIGIN, SEXUAL ORIENTATION OR GENDER IDENTITY, ANCESTRY, AGE, DISABILITY, POLITICAL AFFILIATION, GENETIC INFORMATION OR VETERAN STATUS IN ACCORDANCE WITH STATE AND FEDERAL LAWS.";
const KY_PROBATION_URL = "http://www.lrc.ky.gov/kar/101/001/325.htm";
const KY_ADDITIONAL = [
  "Upon appointment, employees in this class may be required to maintain a valid driver's license and required to drive a licensed vehicle.",
  "Applicants and employees in this job title may be required to submit to a drug screening test and background check.",
];
const KY_PHYSICAL = [
  "Must be able to lift and carry up to fifty pounds.",
  "Must be able to stand for extended periods of time.",
];
const KY_CONDITIONS = [
  "Incumbents working in this job title typically perform duties in an office setting.",
  "Incumbents working in this job title typically perform duties outdoors in all weather conditions.",
];
const KY_SPECIAL = [
  "Must be licensed as a Registered Nurse by the Kentucky Board of Nursing.",
  "Must possess a valid Commercial Driver's License (CDL).",
];
/** Weeks per year and months per year: monthly = hourly x hours x 52 / 12 (the family's rule). */
const WEEKS_PER_YEAR = 52;
const MONTHS_PER_YEAR = 12;
const MONTHLY_HOURS = [37.5, 40];
/** Midpoint over minimum in the published pay plan, roughly. */
const MID_OVER_MIN = 1.3246;
/** Share of specs written without their CHARACTERISTICS section (made partial on purpose). */
const KY_PARTIAL_SHARE = 0.02;

export interface KentuckyOptions {
  /** Wrap width; drawn from KY_WIDTHS when undefined. */
  width?: number;
  /**
   * A later revision of the same spec: grade one higher, duties reordered
   * and the last one dropped. Draws nothing more from the PRNG, so a revised
   * corpus stays in step with the original.
   */
  revised?: boolean;
}

function revise(content: KentuckyContent): KentuckyContent {
  return { ...content, grade: content.grade + 1, duties: content.duties.slice(0, -1).reverse() };
}

function money(value: number, decimals: number): string {
  const [whole = "0", fraction = ""] = value.toFixed(decimals).split(".");
  return `$${whole.replace(/\B(?=(\d{3})+$)/g, ",")}${decimals > 0 ? `.${fraction}` : ""}`;
}

function monthly(hourly: number, hours: number): number {
  return Math.round(((hourly * hours * WEEKS_PER_YEAR) / MONTHS_PER_YEAR) * 100) / 100;
}

function usDate(rng: Rng, fromYear: number, toYear: number): { text: string; value: number } {
  const year = rng.int(fromYear, toYear);
  const month = rng.int(1, 12);
  const day = rng.int(1, 28);
  const text = `${String(month).padStart(2, "0")}/${String(day).padStart(2, "0")}/${year}`;
  return { text, value: year * 10_000 + month * 100 + day };
}

function yearsText(rng: Rng): string {
  const count = rng.int(1, KY_NUMBER_WORDS.length);
  return `${KY_NUMBER_WORDS[count - 1]} year${count === 1 ? "" : "s"}`;
}

interface KentuckyContent {
  title: string;
  grade: number;
  hourlyMin: number;
  entrance: boolean;
  jobCode: string;
  group: string;
  established: string;
  revised: string;
  jobNumber: number;
  initialMonths: number;
  promotionalMonths: number;
  characteristics: string | undefined;
  education: string;
  experience: string;
  educationForExperience: string | undefined;
  experienceForEducation: string | undefined;
  special: string;
  duties: string[];
  physical: string | undefined;
  conditions: string | undefined;
  additional: string[] | undefined;
}

function kentuckyContent(rng: Rng, jobNumber: number): KentuckyContent {
  const grade = rng.int(5, 22);
  const field = rng.pick(KY_FIELDS);
  const area = rng.pick(KY_EXPERIENCE_AREAS);
  const established = usDate(rng, 1985, 2009);
  const revised = usDate(rng, 2010, 2025);
  const initialMonths = rng.pick([6, 6, 6, 12]);
  const none = (probability: number, text: string): string =>
    rng.chance(probability) ? "NONE" : text;
  return {
    title: `${rng.pick(KY_SUBJECTS)} ${rng.pick(KY_LEVELS)}`,
    grade,
    // Three decimals, as printed; grows with the grade.
    hourlyMin: Math.round((9 + grade * 1.6 + rng.next() * 2) * 1000) / 1000,
    entrance: rng.chance(0.3),
    jobCode: `${rng.int(10000, 99999)}${rng.pick(["V", "M", "P"])}${String(rng.int(1, 999_999)).padStart(6, "0")}`,
    group: rng.pick(KY_GROUPS),
    established: established.text,
    revised: revised.text,
    jobNumber,
    initialMonths,
    promotionalMonths: 6,
    characteristics: rng.chance(KY_PARTIAL_SHARE)
      ? undefined
      : rng.sample(KY_CHARACTERISTICS, rng.int(2, 5)).join(" "),
    education: rng.pick([
      "Graduate of a college or university with a bachelor's degree.",
      `Graduate of a college or university with a bachelor's degree in ${field}.`,
      "Graduate of high school or GED equivalent.",
      `Graduate of a college or university with a master's degree in ${field}.`,
    ]),
    experience: `Must have ${yearsText(rng)} of ${area} experience.`,
    educationForExperience: rng.chance(0.2)
      ? undefined
      : none(
          0.3,
          `A master's degree in ${field} will substitute for one year of the required experience.`,
        ),
    experienceForEducation: rng.chance(0.2)
      ? undefined
      : none(
          0.3,
          `Experience in ${area} will substitute for the required education on a year-for-year basis.`,
        ),
    special: none(0.7, rng.pick(KY_SPECIAL)),
    duties: rng.sample(KY_DUTIES, rng.int(4, 12)),
    physical: rng.chance(0.5) ? undefined : rng.chance(0.5) ? "" : rng.pick(KY_PHYSICAL),
    conditions: rng.chance(0.15) ? undefined : rng.pick(KY_CONDITIONS),
    additional: rng.chance(0.2) ? undefined : rng.sample(KY_ADDITIONAL, rng.int(1, 2)),
  };
}

function probationText(content: KentuckyContent): string {
  const period =
    content.initialMonths === content.promotionalMonths
      ? `an initial and promotional probationary period of ${content.initialMonths} months`
      : `an initial probationary period of ${content.initialMonths} months and a promotional probationary period of ${content.promotionalMonths} months`;
  return `This job has ${period}. For additional information refer to: ${KY_PROBATION_URL}.`;
}

function salaryLines(content: KentuckyContent): { ranges: string[]; entrance: string[] } {
  const mid = Math.round(content.hourlyMin * MID_OVER_MIN * 1000) / 1000;
  const ranges = [
    `${money(content.hourlyMin, 3)}-${money(mid, 3)} - Hourly`,
    ...MONTHLY_HOURS.map(
      (hours) =>
        `${money(monthly(content.hourlyMin, hours), 2)}-${money(monthly(mid, hours), 2)} - ${hours} Hr. Monthly Salary`,
    ),
  ];
  if (!content.entrance) return { ranges, entrance: ["NONE", "NONE", "NONE"] };
  const rate = Math.round(content.hourlyMin * 1.05 * 1000) / 1000;
  return {
    ranges,
    entrance: [
      `${money(rate, 3)} - Hourly`,
      ...MONTHLY_HOURS.map(
        (hours) => `${money(monthly(rate, hours), 2)} - ${hours} Hr. Monthly Salary`,
      ),
    ],
  };
}

/** One Kentucky spec in the seed's text-export layout (value before label, grade on the salary line). */
export function kentuckySpec(
  rng: Rng,
  jobNumber: number,
  options: KentuckyOptions = {},
): GeneratedFile {
  const drawn = kentuckyContent(rng, jobNumber);
  const width = options.width ?? rng.pick(KY_WIDTHS);
  const content = options.revised ? revise(drawn) : drawn;
  const para = (text: string): string[] => wrap(text, width);
  const salary = salaryLines(content);
  const out: string[] = [
    " COMMONWEALTH OF KENTUCKY ",
    "JOB CLASS SPECIFICATION ",
    "",
    "Grade: ",
    "",
    content.title,
    "",
    `${content.grade} Salary (MIN - MID):`,
    "",
    ...salary.ranges.flatMap((line) => [line, ""]),
    `${content.jobCode}Job Code:`,
    "",
    `${content.group}Job Group:`,
    "",
    `${content.established}Job Established:`,
    "",
    `${content.revised}Job Revised:`,
    "",
    `${content.jobNumber}Job Number:`,
    "",
    "Special Entrance Rate:",
    "",
    ...salary.entrance,
    "",
    "PROBATIONARY PERIOD:  ",
    "",
    ...para(probationText(content)),
    "",
  ];
  if (content.characteristics !== undefined) {
    out.push(
      ...para(`CHARACTERISTICS OF THE JOB: ${KY_CHARACTERISTICS_PREAMBLE}`),
      "",
      ...para(content.characteristics),
      "",
    );
  }
  out.push(
    "MINIMUM REQUIREMENTS: ",
    "",
    "EDUCATION:  ",
    "",
    ...para(content.education),
    "",
    "EXPERIENCE:",
    "",
    ...para(content.experience),
    "",
  );
  if (content.educationForExperience !== undefined) {
    out.push(
      "Substitute EDUCATION for EXPERIENCE:   ",
      "",
      ...para(content.educationForExperience),
      "",
    );
  }
  if (content.experienceForEducation !== undefined) {
    out.push(
      "Substitute EXPERIENCE for EDUCATION:",
      "",
      ...para(content.experienceForEducation),
      "",
    );
  }
  out.push(
    "SPECIAL REQUIREMENTS (AGE, LICENSURE, REGULATION, ETC.): ",
    "",
    ...para(content.special),
    // The export prints this heading one space in, right under the previous section.
    ...para(
      `EXAMPLES OF DUTIES OR RESPONSIBILITIES OF THE JOB CLASSIFICATION: ${KY_DUTIES_PREAMBLE}`,
    ).map((line, position) => (position === 0 ? ` ${line}` : line)),
    "",
    ...para(content.duties.join(" ")),
    "",
  );
  if (content.physical !== undefined) {
    out.push("UNIQUE PHYSICAL REQUIREMENTS: ", "", ...para(content.physical));
    if (content.physical !== "") out.push("");
  }
  if (content.conditions !== undefined) {
    out.push(
      ...para(`TYPICAL WORKING CONDITIONS:  ${KY_CONDITIONS_PREAMBLE}`),
      "",
      ...para(content.conditions),
      "",
    );
  }
  if (content.additional !== undefined) {
    out.push("ADDITIONAL REQUIREMENTS:     ", "", ...para(content.additional.join(" ")), "");
  }
  out.push(...para(KY_CLOSING), "", "", "", "");
  const slug = content.title.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  return { name: `${slug}-${content.jobNumber}.txt`, text: out.join("\n") };
}

// ---------------------------------------------------------------------------
// Iowa

const IA_LEVEL_LABELS = ["Trainee", "Journey", "Intermediate", "Advanced", "Senior"];
const IA_FIRST_CODE = 10_000;
/** Areas with distinct head nouns, so a distinction naming one never names another. */
const IA_AREAS = [
  "Application Development and Database Management",
  "Business Analysis",
  "Systems and Network Administration",
  "Technical Training and Reporting",
  "Vendor and Purchasing Oversight",
  "Project Coordination",
  "Product Lifecycle Planning",
  "System Testing and Quality Assurance",
  "Field Inspection",
  "Laboratory Sampling",
  "Grant Accounting",
  "Public Outreach",
  "Records Retention",
  "Facility Maintenance",
];
const IA_DUTIES = [
  "Designing, developing, testing, and deploying solutions.",
  "Writing and maintaining documentation (e.g., manuals, guides).",
  "Ensuring data integrity, security, and availability.",
  "Collaborating with stakeholders to gather requirements.",
  "Monitoring performance and resolving issues.",
  "Preparing reports for management and the public.",
  "Coordinating work with other agencies of the U.S. government.",
  "Reviewing work products for compliance with standards.",
];
const IA_CELLS = [
  "Learns and applies basic concepts under close supervision.",
  "Assists with routine tasks and data entry.",
  "Performs assignments of moderate complexity following established procedures.",
  "Leads projects and reviews the work of others for quality.",
  "Provides expert guidance and sets standards for the agency.",
  "Escalates complex problems to senior staff.",
  "Works independently on complex assignments.",
];
const IA_SERIES_FIRST = [
  "Environmental",
  "Information",
  "Public Health",
  "Agricultural",
  "Transportation",
  "Revenue",
  "Workforce",
  "Corrections",
  "Natural Resources",
  "Human Services",
  "Financial",
  "Cultural Affairs",
  "Energy",
  "Education",
  "Housing",
  "Veterans",
  "Insurance",
  "Labor",
  "Emergency Management",
  "Commerce",
];
const IA_SERIES_SECOND = [
  "Program",
  "Technology",
  "Compliance",
  "Planning",
  "Services",
  "Operations",
  "Research",
  "Quality",
  "Licensing",
  "Safety",
];
const IA_SERIES_THIRD = [
  "Specialist",
  "Analyst",
  "Consultant",
  "Coordinator",
  "Officer",
  "Technician",
  "Administrator",
  "Examiner",
  "Investigator",
  "Advisor",
];

function seriesName(index: number): string {
  const first = IA_SERIES_FIRST[index % IA_SERIES_FIRST.length] as string;
  const rest = Math.floor(index / IA_SERIES_FIRST.length);
  const second = IA_SERIES_SECOND[rest % IA_SERIES_SECOND.length] as string;
  const third = IA_SERIES_THIRD[
    Math.floor(rest / IA_SERIES_SECOND.length) % IA_SERIES_THIRD.length
  ] as string;
  const round = Math.floor(
    index / (IA_SERIES_FIRST.length * IA_SERIES_SECOND.length * IA_SERIES_THIRD.length),
  );
  // Past every combination, a region word keeps titles (and so ids) unique.
  return `${first} ${second} ${third}${round > 0 ? ` Region ${round + 1}` : ""}`;
}

function abbreviation(name: string): string {
  return name
    .split(" ")
    .map((word) => word.charAt(0))
    .join("")
    .toUpperCase();
}

/** "a", "a and/or b", "a, b, and/or c". */
function listed(names: readonly string[]): string {
  const lower = names.map((name) => name.toLowerCase());
  if (lower.length <= 1) return lower.join("");
  return `${lower.slice(0, -1).join(", ")}${lower.length > 2 ? "," : ""} and/or ${lower[lower.length - 1]}`;
}

/**
 * One Iowa series guideline in the seed's markdown layout: plain headings,
 * a tab table of classes (`<u>` header cells), numbered areas, bulleted
 * duties, distinctions per level, and one chart per area (tab-separated
 * header row of level headings, one row of `<p>` cells or n/a).
 */
export function iowaSeries(rng: Rng, index: number): GeneratedFile {
  const name = seriesName(index);
  const levels = rng.int(2, IA_LEVEL_LABELS.length);
  const areas = rng.sample(IA_AREAS, rng.int(2, 8));
  const short = abbreviation(name);
  const codeBase = IA_FIRST_CODE + index * IA_LEVEL_LABELS.length;
  // filled[area][level]: the lowest level is filled for at least one area so level 1 has work.
  const filled = areas.map(() => {
    const from = rng.int(1, levels);
    return Array.from({ length: levels }, (_, level) => level + 1 >= from);
  });
  if (!filled.some((row) => row[0])) filled[0] = filled[0]?.map(() => true) ?? [];

  const out: string[] = ["", "", `${name} Series`, "", "Classes in the Series", ""];
  out.push("<u>Class Code</u>\t<u>Class Title</u>");
  for (let level = 1; level <= levels; level++) {
    const code = String(codeBase + level).padStart(5, "0");
    out.push(`${code}/9${code.slice(1)}\t${name} ${level}`);
  }
  out.push(
    "",
    "Series Concept",
    "",
    `Positions in this series provide professional level ${name.toLowerCase()} functions, which may fall within any one of the following areas of work:`,
    "",
    ...areas.map((area, position) => `${position + 1}. ${area}`),
    "",
    `Once the area(s) of work within this list is determined, the class distinctions and the charts that follow should determine the level of the classification within the ${name} series.`,
    "",
    "Exclusions",
    "",
    "The following are excluded from classification within this series:",
    "",
    "1. Positions that include full supervisory functions.",
    `2. Positions whose primary purpose is not in the ${name.toLowerCase()} area.`,
    "",
    "Definitions",
    "",
    "The following terminology and descriptions are applicable to the class distinctions:",
    "",
  );
  areas.forEach((area, position) => {
    out.push(
      `${position + 1}. ${area}`,
      "",
      `Work is focused on ${area.toLowerCase()} for the agency. Typical duties include:`,
      "",
      ...rng.sample(IA_DUTIES, rng.int(2, 6)).map((duty) => `- ${duty}`),
      "",
    );
  });
  out.push("Class Distinctions", "");
  for (let level = 1; level <= levels; level++) {
    const named = areas.filter((_, position) => filled[position]?.[level - 1]);
    const supervision = level <= 2 ? "close supervision" : "general supervision";
    out.push(
      `${name} ${level}`,
      "",
      `Employees at this level perform work under ${supervision} supporting ${listed(named)}.`,
      "",
    );
  }
  out.push("Guideline Charts", "");
  const headings = IA_LEVEL_LABELS.slice(0, levels).map(
    (label, position) => `${short} ${position + 1} – ${label}`,
  );
  areas.forEach((area, position) => {
    const cells = headings.map((_, level) =>
      filled[position]?.[level]
        ? `<p>${rng.sample(IA_CELLS, rng.int(1, 3)).join(" ")}</p>`
        : rng.pick(["n/a", "<p>n/a</p>"]),
    );
    out.push(`${position + 1}. ${area}`, "", headings.join("\t"), cells.join("\t"), "");
  });
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  return { name: `${slug}-series.txt`, text: out.join("\n") };
}

// ---------------------------------------------------------------------------
// Corpus

export interface CorpusOptions {
  kentucky: number;
  series: number;
  seed: number;
  /** Offset of the first job number, so two corpora (before/after) can share ids or not. */
  firstJobNumber?: number;
  /** Every Nth Kentucky spec is a revision (see `KentuckyOptions.revised`): a corpus to diff against. */
  reviseEvery?: number;
}

export interface CorpusFile extends GeneratedFile {
  /** Sub-folder of the corpus: "kentucky" or "iowa". */
  folder: "kentucky" | "iowa";
}

/**
 * The corpus, one file at a time (a generator, so 10,000 files are never
 * held at once). The same options always yield the same files.
 */
export function* corpus(options: CorpusOptions): Generator<CorpusFile> {
  if (options.kentucky > KY_MAX_SPECS) throw new Error(`at most ${KY_MAX_SPECS} Kentucky specs`);
  const rng = createRng(options.seed);
  const first = options.firstJobNumber ?? KY_FIRST_JOB_NUMBER;
  for (let index = 0; index < options.kentucky; index++) {
    const revised = options.reviseEvery !== undefined && index % options.reviseEvery === 0;
    yield { folder: "kentucky", ...kentuckySpec(rng, first + index, { revised }) };
  }
  for (let index = 0; index < options.series; index++) {
    yield { folder: "iowa", ...iowaSeries(rng, index) };
  }
}
