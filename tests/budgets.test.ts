/** The per-document budgets read from the environment (pipeline/batch/budgets.ts). */
import { describe, expect, it } from "vitest";
import {
  budgetProblemLine,
  budgetsFrom,
  DEFAULT_MAX_MEMORY_MB,
  DEFAULT_TIMEOUT_MS,
} from "../pipeline/batch/budgets.js";
import { threadsFrom } from "../pipeline/batch/threads.js";
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

  it.each(["0", "-1", "soon"])("%j is a usage error", async (value) => {
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
  });
});
