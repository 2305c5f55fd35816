/** The per-document budgets read from the environment (pipeline/batch/budgets.ts). */
import { describe, expect, it } from "vitest";
import {
  budgetProblemLine,
  budgetsFrom,
  DEFAULT_MAX_MEMORY_MB,
  DEFAULT_TIMEOUT_MS,
} from "../pipeline/batch/budgets.js";
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
    expect(budgetsFrom({ CLASSPEC_TIMEOUT_MS: value })).toEqual({
      variable: "CLASSPEC_TIMEOUT_MS",
      value,
    });
  });

  it("a bad budget is a usage error of ingest and diff (exit 2, one line)", async () => {
    const env = { CLASSPEC_TIMEOUT_MS: "soon" };
    const line = budgetProblemLine({ variable: "CLASSPEC_TIMEOUT_MS", value: "soon" });
    expect(line).toBe(
      "classpec: Unexpected 'soon' for CLASSPEC_TIMEOUT_MS, expected a positive whole number\n",
    );
    const ingest = await run(["ingest", "fixtures/kentucky", "--dry-run"], { env });
    expect(ingest).toEqual({ code: 2, stdout: "", stderr: line });
    const diff = await run(["diff", "fixtures/kentucky", "fixtures/kentucky"], { env });
    expect(diff).toEqual({ code: 2, stdout: "", stderr: line });
  });
});
