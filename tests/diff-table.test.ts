/**
 * The "done when" table of issue 23: revision pairs, each with every change
 * the diff must report (id and severity), nothing more. The pairs under
 * fixtures/revisions/ and small invented edits of our publishers' fixtures
 * (applied here, ingested in-process). A change missing, of another
 * severity, or not in the table fails.
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, extname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSide } from "../pipeline/batch/sides.js";
import { diffPair, revisionPairs } from "../pipeline/check/revisions.js";
import { type DiffReport, diffSides } from "../pipeline/diff/index.js";

/** "ruleId severity", one per change, in any order. */
type Expected = readonly string[];

/** The pairs of fixtures/revisions/, each with what a maintainer should be told. */
const FIXTURE_PAIRS: Readonly<Record<string, Expected>> = {
  "generic/county-decades-apart": [
    "grade-added major",
    "date-added minor",
    "characteristics-changed minor",
    "experience-requirement-changed major",
    "duty-changed minor",
    "duty-added minor",
    "duty-removed minor",
    "ksa-item-changed minor",
    "unmapped-changed minor",
  ],
  "iowa/area-added": ["area-added major", "chart-added major"],
  "iowa/chart-cell-na": ["level-scope-removed major"],
  // The new level's distinction carries its supervision rule: major.
  "iowa/class-added": ["class-added major", "distinction-added major"],
  "iowa/exclusion-reworded": ["exclusion-changed major"],
  // Read as an exclusion on one side and left unplaced on the other: a parse difference, no change.
  "iowa/exclusion-unplaced": [],
  // A page of several classes, compared class by class: each change in its own class.
  "illinois/series-class-by-class": [
    "duty-added minor",
    "date-changed minor",
    // A desirable qualification's rule changed: the catalogue weighs preferences major.
    "preference-changed major",
  ],
  "iowa/series-retitled": ["id-changed major", "title-changed major", "concept-changed minor"],
  "iowa/supervision-alternative-reworded": ["distinction-changed minor"],
  "kentucky/duty-added-top": ["duty-added minor"],
  "kentucky/duty-moved": ["duty-moved editorial"],
  "kentucky/duty-reworded": ["duty-changed minor"],
  "kentucky/experience-changed": ["experience-requirement-changed major"],
  "kentucky/folder-recoded": [
    "id-changed major",
    "job-number-changed major",
    "duty-changed minor",
    "spec-removed major",
    "spec-added major",
  ],
  "kentucky/folder": ["salary-changed major", "spec-removed major", "spec-added major"],
  "kentucky/grade-change": ["grade-changed major"],
  "kentucky/job-number-changed": [
    "id-changed major",
    "job-number-changed major",
    "duty-changed minor",
  ],
  "kentucky/partial-side-raw": ["characteristics-removed minor", "notice-removed minor"],
  "kentucky/partial-side": ["working-conditions-removed minor"],
  "kentucky/punctuation-only": [
    "characteristics-changed editorial",
    "duty-changed editorial",
    "duty-changed editorial",
  ],
  "kentucky/rewrap-crlf": [],
  "kentucky/salary-raise": ["salary-changed major"],
  "kentucky/seed-revision": [
    "grade-changed major",
    "salary-changed major",
    "duty-added minor",
    "duty-changed minor",
  ],
  "kentucky/unknown-section-reworded": ["unmapped-changed minor"],
  "kentucky/unmapped-reworded": ["unmapped-changed minor"],
};

interface Edit {
  /** A fixture of ours: the before side. */
  base: string;
  /** Each `[find, replace]` applied once; `find` must occur. */
  edits: ReadonlyArray<readonly [string, string]>;
  expected: Expected;
}

const KY = "fixtures/revisions/kentucky/experience-changed/after.txt";
const IA = "fixtures/revisions/iowa/area-added/before.md";
const TX = "fixtures/publishers/texas/fleet-maintenance-coordinator.txt";
const WA = "fixtures/publishers/washington/seed-bank-technician-2.txt";
const CA = "fixtures/publishers/california/fire-lookout-observer.txt";
const GEN = "fixtures/publishers/generic/harlow-county-road-maintenance-worker.txt";
const NEOGOV = "fixtures/publishers/neogov/text/millbrook-parks-maintenance-worker-i.txt";

/** Iowa's definitions of areas 2 and 3 printed in the other order, their numbers kept. */
function swapIowaDefinitions(text: string): string {
  const two = text.indexOf("\n2. Business Analysis\n\nWork");
  const three = text.indexOf("\n3. Systems and Network Administration\n\nWork");
  const four = text.indexOf("\n4. Technical Training and Reporting\n\nWork");
  if (two < 0 || three < 0 || four < 0) throw new Error("the Iowa fixture changed");
  return text.slice(0, two) + text.slice(three, four) + text.slice(two, three) + text.slice(four);
}

/** Area 9 taken out everywhere (concept, definition, chart) and area 10 renumbered 9. */
function removeIowaArea9(text: string): string {
  const lines = text.split("\n");
  const out: string[] = [];
  let skipping = false;
  for (const line of lines) {
    if (line === "9. Mainframe and Platform Administration") {
      // The concept's list line stands alone; a definition or a chart runs to the next area.
      if (!out.at(-1)?.startsWith("8. ")) skipping = true;
      continue;
    }
    if (line === "10. Enterprise IT Security") {
      skipping = false;
      out.push("9. Enterprise IT Security");
      continue;
    }
    if (!skipping) out.push(line);
  }
  return out.join("\n");
}

const EDITS: Readonly<
  Record<string, Edit | (Omit<Edit, "edits"> & { apply: (text: string) => string })>
> = {
  "kentucky: spelling fix in a duty": {
    base: KY,
    edits: [["checks completed work for accuracy", "checks completed work for acuracy"]],
    expected: ["duty-changed editorial"],
  },
  "kentucky: job number re-coded, files named as a pair": {
    base: KY,
    edits: [["20001499Job Number:", "20001599Job Number:"]],
    expected: ["id-changed major", "job-number-changed major"],
  },
  "kentucky: grade raised": {
    base: KY,
    edits: [["11 Salary (MIN - MID):", "12 Salary (MIN - MID):"]],
    expected: ["grade-changed major"],
  },
  "kentucky: probation lengthened": {
    base: KY,
    edits: [["probationary period of 6 months", "probationary period of 12 months"]],
    // Initial and promotional: two periods, each its own fact.
    expected: ["probation-changed major", "probation-changed major"],
  },
  "kentucky: experience years": {
    base: KY,
    edits: [["Must have two years of", "Must have three years of"]],
    expected: ["experience-requirement-changed major"],
  },
  "kentucky: a narrowing note under the experience": {
    base: KY,
    edits: [
      [
        "Must have two years of production support experience.\n",
        "Must have two years of production support experience.\n\nNOTE: Experience must have been gained in an IBM z/OS mainframe environment.\n",
      ],
    ],
    expected: ["notice-added major"],
  },
  "kentucky: a negation in a duty is never editorial": {
    base: KY,
    edits: [["Supervises routine preventive", "Never supervises routine preventive"]],
    expected: ["duty-changed minor"],
  },
  "kentucky: 'which' for 'that' in an additional requirement": {
    base: KY,
    edits: [["in positions which perform", "in positions that perform"]],
    expected: ["additional-requirement-changed editorial"],
  },
  "kentucky: 'may' to 'must' in an additional requirement": {
    base: KY,
    edits: [["class may be required to maintain", "class must be required to maintain"]],
    // The driver's licence turns required: a rule fact, so major.
    expected: ["additional-requirement-changed major"],
  },
  "kentucky: working conditions reworded": {
    base: KY,
    edits: [["duties in an office setting.", "duties in an office and warehouse setting."]],
    expected: ["working-conditions-changed minor"],
  },
  "kentucky: one salary amount": {
    base: KY,
    edits: [["$2,206.92-$2,923.38 - 37.5", "$2,250.00-$2,923.38 - 37.5"]],
    expected: ["salary-changed major"],
  },
  "kentucky: re-wrapped characteristics": {
    base: KY,
    edits: [["within a unit, or has responsibility", "within a unit,\nor has responsibility"]],
    expected: [],
  },
  "iowa: definitions of two areas printed in the other order": {
    base: IA,
    apply: swapIowaDefinitions,
    expected: ["area-moved editorial"],
  },
  "iowa: an area removed and the next renumbered": {
    base: IA,
    apply: removeIowaArea9,
    // The removal, and the new number once: no level scope withdrawn from the renumbered area.
    expected: ["area-removed major", "chart-removed major", "area-number-changed minor"],
  },
  "iowa: two areas' numbers swapped": {
    base: IA,
    apply: (text) =>
      text
        .replaceAll("7. Product Management", "@PM@")
        .replaceAll(
          "8. System Testing and Quality Assurance",
          "7. System Testing and Quality Assurance",
        )
        .replaceAll("@PM@", "8. Product Management"),
    // Each area keeps its name, scope and chart: only the numbers, once each.
    expected: ["area-number-changed minor", "area-number-changed minor"],
  },
  "iowa: 'which include' for 'that include' in an exclusion": {
    base: IA,
    edits: [["1. Positions that include full", "1. Positions which include full"]],
    expected: ["exclusion-changed editorial"],
  },
  "iowa: a typical duty reworded": {
    base: IA,
    edits: [
      [
        "- Gathering and documenting business requirements.",
        "- Gathering, prioritizing and documenting business requirements.",
      ],
    ],
    expected: ["typical-duty-changed minor"],
  },
  "iowa: an exclusion added": {
    base: IA,
    edits: [
      [
        "2. Positions whose primary purpose is not in the information technology area.\n",
        "2. Positions whose primary purpose is not in the information technology area.\n3. Positions funded by federal research grants.\n",
      ],
    ],
    expected: ["exclusion-added major"],
  },
  "iowa: an area's focus reworded": {
    base: IA,
    edits: [
      [
        "Work is focused on building and maintaining software",
        "Work is focused on designing and maintaining software",
      ],
    ],
    expected: ["area-focus-changed minor"],
  },
  "texas: a duty reworded": {
    base: TX,
    edits: [["approves work within set limits.", "approves work within agency limits."]],
    expected: ["duty-changed minor"],
  },
  "texas: a duty added": {
    base: TX,
    edits: [
      [
        "Performs related work as assigned.",
        "Arranges towing for disabled vehicles.\n\nPerforms related work as assigned.",
      ],
    ],
    expected: ["duty-added minor"],
  },
  "texas: salary group": {
    base: TX,
    edits: [["Salary Group: B16", "Salary Group: B17"]],
    expected: ["grade-changed major"],
  },
  "washington: a duty removed": {
    base: WA,
    edits: [["Runs germination tests and records the results;\n\n", ""]],
    expected: ["duty-removed minor"],
  },
  "washington: salary range": {
    base: WA,
    edits: [["Salary Range: 39", "Salary Range: 41"]],
    expected: ["grade-changed major"],
  },
  "california: definition reworded": {
    base: CA,
    edits: [["reports smoke and weather,", "reports smoke, lightning and weather,"]],
    expected: ["characteristics-changed minor"],
  },
  "california: experience months": {
    base: CA,
    edits: [["Either 1. Three months of experience", "Either 1. Six months of experience"]],
    // Printed whole and read into alternatives: one change, at the alternative, with the fact.
    expected: ["requirement-alternative-changed major"],
  },
  "generic: a duty added": {
    base: GEN,
    edits: [
      [
        "- Sets out cones and signs to protect crews working in traffic.\n",
        "- Sets out cones and signs to protect crews working in traffic.\n- Cleans ditches and culvert inlets after storms.\n",
      ],
    ],
    expected: ["duty-added minor"],
  },
  "neogov: a salary range raised": {
    base: NEOGOV,
    edits: [["$4,612.00 - $6,181.00 Monthly", "$4,750.00 - $6,366.00 Monthly"]],
    expected: ["salary-changed major"],
  },
  "neogov: experience months": {
    base: NEOGOV,
    edits: [["GED, and six\nmonths of experience", "GED, and twelve\nmonths of experience"]],
    // NEOGOV prints "Education and Experience:" as one field, read as the education.
    expected: ["education-requirement-changed major"],
  },
  "neogov: a numbered duty reworded": {
    base: NEOGOV,
    edits: [["Plants, waters and mulches trees,", "Plants, waters, prunes and mulches trees,"]],
    expected: ["duty-changed minor"],
  },
  "neogov: FLSA status": {
    base: NEOGOV,
    edits: [["FLSA:\tNon-Exempt", "FLSA:\tExempt"]],
    expected: ["classification-changed major"],
  },
  "generic: pay grade": {
    base: GEN,
    edits: [["Pay Grade: R-12", "Pay Grade: R-13"]],
    expected: ["grade-changed major"],
  },
};

const cwd = process.cwd();
let temp = "";
beforeAll(async () => {
  temp = await mkdtemp(join(tmpdir(), "classpec-table-"));
});
afterAll(async () => {
  await rm(temp, { recursive: true, force: true });
});

function reported(report: DiffReport): string[] {
  return report.documents
    .flatMap((document) => document.changes)
    .map((change) => `${change.ruleId} ${change.severity}`)
    .sort();
}

async function diffEdit(name: string, edit: (typeof EDITS)[string]): Promise<DiffReport> {
  const text = await readFile(join(cwd, edit.base), "utf8");
  const changed =
    "apply" in edit
      ? edit.apply(text)
      : edit.edits.reduce((current, [find, replace]) => {
          if (!current.includes(find)) throw new Error(`${name}: '${find}' is not in ${edit.base}`);
          return current.replace(find, replace);
        }, text);
  expect(changed, `${name}: the edit changes the text`).not.toBe(text);
  const folder = join(temp, name.replace(/[^a-z0-9]+/gi, "-"));
  await rm(folder, { recursive: true, force: true });
  const { mkdir } = await import("node:fs/promises");
  await mkdir(folder, { recursive: true });
  const file = (side: string) => `${side}${extname(edit.base)}`;
  await writeFile(join(folder, file("before")), text);
  await writeFile(join(folder, file("after")), changed);
  const [before, after] = await Promise.all([
    loadSide(file("before"), folder),
    loadSide(file("after"), folder),
  ]);
  expect([...before.problems, ...after.problems], `${name}: ${basename(edit.base)} loads`).toEqual(
    [],
  );
  return diffSides(
    before.documents.map((loaded) => loaded.document),
    after.documents.map((loaded) => loaded.document),
    { filesNamed: true },
  );
}

describe("the done-when table: every expected change at its severity, nothing else", () => {
  it("holds at least 40 revision pairs", async () => {
    const pairs = await revisionPairs(cwd);
    // Every fixture pair is in the table: a pair added without its expected list fails here.
    expect(pairs.map((pair) => pair.name).sort()).toEqual(Object.keys(FIXTURE_PAIRS).sort());
    expect(pairs.length + Object.keys(EDITS).length).toBeGreaterThanOrEqual(40);
  });

  it.each(Object.entries(FIXTURE_PAIRS))("%s", async (name, expected) => {
    const pair = (await revisionPairs(cwd)).find((candidate) => candidate.name === name);
    if (!pair) throw new Error(`no revision pair ${name}`);
    const outcome = await diffPair(pair, cwd);
    if ("failure" in outcome) throw new Error(outcome.failure);
    expect(reported(outcome.report)).toEqual([...expected].sort());
  });

  it.each(Object.entries(EDITS))("%s", async (name, edit) => {
    expect(reported(await diffEdit(name, edit))).toEqual([...edit.expected].sort());
  });
});
