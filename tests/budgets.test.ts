/** The per-document budgets read from the environment (pipeline/batch/budgets.ts). */
import { describe, expect, it } from "vitest";
import {
  budgetProblemLine,
  budgetsFrom,
  DEFAULT_MAX_MEMORY_MB,
  DEFAULT_TIMEOUT_MS,
} from "../pipeline/batch/budgets.js";
import { threadsFrom } from "../pipeline/batch/threads.js";
import {
  MAX_OPERATORS_PER_PAGE,
  MAX_STREAM_MIB,
  pdfjsCaps,
} from "../pipeline/extract/pdf/limits.js";
import { run } from "./helpers.js";

describe("budgetsFrom", () => {
  it("defaults when unset or empty, the values given otherwise", () => {
    expect(budgetsFrom({})).toEqual({
      timeoutMs: DEFAULT_TIMEOUT_MS,
      maxMemoryMb: DEFAULT_MAX_MEMORY_MB,
    });
    expect(budgetsFrom({ CLASSPEC_TIMEOUT_MS: "", CLASSPEC_MAX_MEMORY_MB: "" })).toEqual({
      timeoutMs: DEFAULT_TIMEOUT_MS,
      maxMemoryMb: DEFAULT_MAX_MEMORY_MB,
    });
    expect(budgetsFrom({ CLASSPEC_TIMEOUT_MS: "2500", CLASSPEC_MAX_MEMORY_MB: "128" })).toEqual({
      timeoutMs: 2500,
      maxMemoryMb: 128,
    });
  });

  it.each(["0", "-5", "1.5", "ten", "1e3x"])("names the variable set to %j", (value) => {
    expect(budgetsFrom({ CLASSPEC_MAX_MEMORY_MB: value })).toEqual({
      variable: "CLASSPEC_MAX_MEMORY_MB",
      value,
    });
    for (const variable of ["CLASSPEC_PDF_MAX_STREAM_MB", "CLASSPEC_PDF_MAX_OPERATORS"])
      expect(budgetsFrom({ [variable]: value })).toEqual({ variable, value });
    expect(budgetsFrom({ CLASSPEC_TIMEOUT_MS: value })).toMatchObject({
      variable: "CLASSPEC_TIMEOUT_MS",
      value,
    });
  });

  it("a timeout Node's timers cannot hold (2^31 ms or more) is refused, the largest they can is kept", () => {
    expect(budgetsFrom({ CLASSPEC_TIMEOUT_MS: String(2 ** 31 - 1) })).toMatchObject({
      timeoutMs: 2 ** 31 - 1,
    });
    const problem = budgetsFrom({ CLASSPEC_TIMEOUT_MS: String(2 ** 31) });
    expect("variable" in problem && budgetProblemLine(problem)).toBe(
      "classpec: Unexpected '2147483648' for CLASSPEC_TIMEOUT_MS, expected a positive whole number up to 2147483647\n",
    );
  });

  it("a bad budget is a usage error of ingest and diff (exit 2, one line)", async () => {
    const env = { CLASSPEC_TIMEOUT_MS: "soon" };
    const problem = budgetsFrom(env);
    const line = "variable" in problem ? budgetProblemLine(problem) : "";
    expect(line).toBe(
      "classpec: Unexpected 'soon' for CLASSPEC_TIMEOUT_MS, expected a positive whole number up to 2147483647\n",
    );
    const ingest = await run(["ingest", "fixtures/kentucky", "--dry-run"], { env });
    expect(ingest).toEqual({ code: 2, stdout: "", stderr: line });
    const diff = await run(["diff", "fixtures/kentucky", "fixtures/kentucky"], { env });
    expect(diff).toEqual({ code: 2, stdout: "", stderr: line });
  });
});

describe("threadsFrom", () => {
  it("reads 1 to the cores, caps more at the cores with a note, and nothing when unset", () => {
    expect(threadsFrom({}, 4)).toEqual({});
    expect(threadsFrom({ CLASSPEC_THREADS: "3" }, 4)).toEqual({ threads: 3 });
    expect(threadsFrom({ CLASSPEC_THREADS: "200" }, 4)).toEqual({
      threads: 4,
      note: "classpec: CLASSPEC_THREADS=200 is more than the 4 cores; using 4\n",
    });
  });

  it.each(["0", "-1", "1.5", "two", "1e2", " "])("%j is a usage error", (value) => {
    expect(threadsFrom({ CLASSPEC_THREADS: value }, 4)).toEqual({
      problem: `classpec: Unexpected '${value}' for CLASSPEC_THREADS, expected a whole number from 1 to 4 (the cores)\n`,
    });
  });

  it("a bad thread count stops ingest before any work (exit 2, one line)", async () => {
    const result = await run(["ingest", "fixtures/kentucky", "--dry-run"], {
      env: { CLASSPEC_THREADS: "0" },
    });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(
      /^classpec: Unexpected '0' for CLASSPEC_THREADS, expected a whole number from 1 to \d+ \(the cores\)\n$/,
    );
  });
});

describe("ingest --max-cpu-seconds", () => {
  it("stops starting inputs once the batch's CPU is spent, says how far it got, exits 1", async () => {
    const result = await run([
      "ingest",
      "fixtures/kentucky",
      "--dry-run",
      "--max-cpu-seconds",
      "0.000001",
    ]);
    expect(result.code).toBe(1);
    const done = /batch-budget-spent.*with (\d+) of 12 inputs done/.exec(result.stderr)?.[1];
    expect(done).toBeDefined();
    expect(Number(done)).toBeLessThan(12);
  });

  it("a budget the batch stays within changes nothing", async () => {
    const result = await run([
      "ingest",
      "fixtures/kentucky",
      "--dry-run",
      "--max-cpu-seconds",
      "100000",
    ]);
    expect(result.code).toBe(0);
    expect(result.stderr).not.toContain("batch-budget-spent");
  });

  it.each(["0", "-1", "soon", "0x1", "1e1", " 5", "", ".5", "1."])(
    "%j is a usage error (a fraction in decimal digits is allowed)",
    async (value) => {
      const result = await run([
        "ingest",
        "fixtures/kentucky",
        "--dry-run",
        "--max-cpu-seconds",
        value,
      ]);
      expect(result).toEqual({
        code: 2,
        stdout: "",
        stderr: `classpec: Unexpected '${value}' for '--max-cpu-seconds', expected a positive number of seconds\n`,
      });
    },
  );
});

/** Spellings `Number()` reads that are not decimal digits, and ones it refuses: every number setting refuses all of them. */
const NOT_DIGITS = ["0x10", "1e1", "0b1", " 5000", "5000 ", "-1", "1.5", "+5"];

describe("every whole-number setting reads decimal digits only", () => {
  const budgetVariables = [
    "CLASSPEC_TIMEOUT_MS",
    "CLASSPEC_MAX_MEMORY_MB",
    "CLASSPEC_PDF_MAX_STREAM_MB",
    "CLASSPEC_PDF_MAX_OPERATORS",
  ];

  it.each(NOT_DIGITS)("%j is refused by every budget variable and CLASSPEC_THREADS", (value) => {
    for (const variable of budgetVariables)
      expect(budgetsFrom({ [variable]: value })).toMatchObject({ variable, value });
    expect(threadsFrom({ CLASSPEC_THREADS: value }, 4)).toHaveProperty("problem");
  });

  it("an empty variable is unset for every one of them; blanks are not", () => {
    const empty = Object.fromEntries(budgetVariables.map((variable) => [variable, ""]));
    expect(budgetsFrom(empty)).toEqual({
      timeoutMs: DEFAULT_TIMEOUT_MS,
      maxMemoryMb: DEFAULT_MAX_MEMORY_MB,
    });
    expect(threadsFrom({ CLASSPEC_THREADS: "" }, 4)).toEqual({});
    for (const variable of budgetVariables)
      expect(budgetsFrom({ [variable]: "  " })).toMatchObject({ variable, value: "  " });
  });

  it("the library's PDF caps fall back to the defaults for the same spellings", () => {
    for (const value of [...NOT_DIGITS, ""])
      expect(
        pdfjsCaps({ CLASSPEC_PDF_MAX_STREAM_MB: value, CLASSPEC_PDF_MAX_OPERATORS: value }),
      ).toEqual({
        maxStreamBytes: MAX_STREAM_MIB * 1024 * 1024,
        maxOperatorsPerPage: MAX_OPERATORS_PER_PAGE,
      });
    expect(
      pdfjsCaps({ CLASSPEC_PDF_MAX_STREAM_MB: "2", CLASSPEC_PDF_MAX_OPERATORS: "10" }),
    ).toEqual({ maxStreamBytes: 2 * 1024 * 1024, maxOperatorsPerPage: 10 });
  });

  it.each(["0x10", " 5000", "1e1"])(
    "CLASSPEC_TIMEOUT_MS=%j stops the CLI (exit 2, one line)",
    async (value) => {
      const result = await run(["ingest", "fixtures/kentucky", "--dry-run"], {
        env: { CLASSPEC_TIMEOUT_MS: value },
      });
      expect(result).toEqual({
        code: 2,
        stdout: "",
        stderr: `classpec: Unexpected '${value}' for CLASSPEC_TIMEOUT_MS, expected a positive whole number up to 2147483647\n`,
      });
    },
  );

  it.each([...NOT_DIGITS, ""])("--max-bytes %j is a usage error", async (value) => {
    const result = await run(["ingest", "fixtures/kentucky", "--dry-run", "--max-bytes", value]);
    expect(result).toEqual({
      code: 2,
      stdout: "",
      stderr: `classpec: Unexpected '${value}' for '--max-bytes', expected a positive whole number\nRun 'classpec ingest --help' for usage.\n`,
    });
  });

  it("--max-bytes in digits still caps the file", async () => {
    const result = await run(["ingest", "fixtures/kentucky", "--dry-run", "--max-bytes", "16"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("too-large");
  });
});
