/** deliverInOrder (issue 6): a stop request never waits for a document still being parsed. */
import { describe, expect, it } from "vitest";
import { deliverInOrder, type Outcome, type Result } from "../pipeline/batch/index.js";
import type { Input } from "../pipeline/batch/inputs.js";

describe("deliverInOrder stops without waiting for a document being parsed", () => {
  it("an abort while the next result is pending returns at once; nothing more is written or reported", async () => {
    const inputs: Input[] = ["a.txt", "b.txt", "c.txt"].map((path) => ({
      path,
      absolute: `/nonexistent/${path}`,
      outputFolder: "",
    }));
    const controller = new AbortController();
    const outcomes: Outcome[] = [];
    // The first input never finishes (think of a worker stuck for a minute on one PDF).
    const produce = (input: Input): Promise<Result> =>
      input.path === "a.txt"
        ? new Promise<Result>(() => {})
        : Promise.resolve({ path: input.path, status: "failed", messages: [] });
    const delivered = deliverInOrder(
      inputs,
      produce,
      2,
      { signal: controller.signal },
      (outcome) => {
        outcomes.push(outcome);
      },
    );
    setTimeout(() => controller.abort(), 10);
    const settled = await Promise.race([
      delivered.then(() => "returned"),
      new Promise((resolve) => setTimeout(() => resolve("still waiting"), 5_000)),
    ]);
    expect(settled).toBe("returned");
    expect(outcomes).toEqual([]);
  });
});
