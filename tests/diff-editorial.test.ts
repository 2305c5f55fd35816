/**
 * Editorial means editorial (issue 23, item 3; docs/diff.md): a table of
 * edits, each with the severity a prose field of weight `minor` (a duty) and
 * `major` (a requirement) gives it.
 */
import { describe, expect, it } from "vitest";
import { editDistance, editorialEdit } from "../pipeline/diff/editorial.js";
import { proseSeverity } from "../pipeline/diff/severity.js";

const DUTY =
  "Checks completed work for accuracy and reviews job requests that include tape mounts.";

/** [what, before, after, editorial?] */
const EDITS: ReadonlyArray<readonly [string, string, string, boolean]> = [
  ["spelling fix", "Checks work for acuracy.", "Checks work for accuracy.", true],
  [
    "spelling fix, two letters in a long word",
    "Maintains recieveable logs.",
    "Maintains receivable logs.",
    true,
  ],
  ["letters swapped", "Reviews job reqeusts.", "Reviews job requests.", true],
  ["punctuation", "Assigns work, and checks it.", "Assigns work and checks it", true],
  ["whitespace and case", "checks  WORK", "Checks work", true],
  ["word joined", "Balances the work load.", "Balances the workload.", true],
  [
    "that -> which",
    "Positions that include supervision.",
    "Positions which include supervision.",
    true,
  ],
  ["which -> that", DUTY.replace("that", "which"), DUTY, true],
  ["toward -> towards", "Works toward goals.", "Works towards goals.", true],
  ["a number", "Requires 1 year of experience.", "Requires 2 years of experience.", false],
  [
    "a number in words",
    "Requires one year of experience.",
    "Requires two years of experience.",
    false,
  ],
  [
    "a negation added",
    "Positions that include supervision.",
    "Positions that do not include supervision.",
    false,
  ],
  ["no -> now (one letter, a negation)", "There is no travel.", "There is now travel.", false],
  ["may -> must", "Employees may travel.", "Employees must travel.", false],
  ["must -> most (one letter, a modal)", "Staff must attend.", "Staff most attend.", false],
  ["will -> shall", "The employee will drive.", "The employee shall drive.", false],
  ["a named thing", "Work in an IBM environment.", "Work in an HP environment.", false],
  ["a named thing, one letter", "Uses the Oracle database.", "Uses the Oracles database.", false],
  ["a code, one letter", "Runs z/OS jobs.", "Runs z/VS jobs.", false],
  ["a different word, one letter", "Reviews the cost.", "Reviews the post.", false],
  ["another word, one letter for another", "Keeps the order.", "Keeps the older.", false],
  ["a word added", "Checks work.", "Checks all work.", false],
  ["a word removed", "Checks all work.", "Checks work.", false],
  ["a reworded clause", "Checks work for accuracy.", "Verifies output for completeness.", false],
  [
    "a spelling fix beside a real change",
    "Checks acuracy daily.",
    "Checks accuracy weekly.",
    false,
  ],
];

describe("editorial edits", () => {
  it.each(EDITS)("%s", (_what, before, after, editorial) => {
    expect(editorialEdit(before, after)).toBe(editorial);
    expect(proseSeverity(before, after, "minor")).toBe(editorial ? "editorial" : "minor");
    expect(proseSeverity(before, after, "major")).toBe(editorial ? "editorial" : "major");
  });

  it("the table covers each kind the rule names, both ways", () => {
    expect(EDITS.filter((edit) => edit[3]).length).toBeGreaterThanOrEqual(8);
    expect(EDITS.filter((edit) => !edit[3]).length).toBeGreaterThanOrEqual(12);
  });

  it("edit distance counts a swap of adjacent letters as one edit", () => {
    expect(editDistance("acuracy", "accuracy")).toBe(1);
    expect(editDistance("reqeusts", "requests")).toBe(1);
    expect(editDistance("cost", "post")).toBe(1);
    expect(editDistance("", "abc")).toBe(3);
  });
});
