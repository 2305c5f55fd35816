/**
 * The deadline of one PDF (pipeline/extract/pdf/deadline.ts): a step not done
 * in time stops as pdf-timeout, a step's own error passes through, and a
 * settled step's result is not kept alive by the document's one timer.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { type Before, deadlineOf } from "../pipeline/extract/pdf/deadline.js";

setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

const LATER = 60_000;
const STEPS = 16;

/** Runs `STEPS` steps, each resolving to a fresh 1 MiB object, and returns weak references to them. */
async function settledSteps(inTime: Before): Promise<Array<WeakRef<object>>> {
  const refs: Array<WeakRef<object>> = [];
  for (let step = 0; step < STEPS; step++) {
    const page = { bytes: new Uint8Array(1 << 20) };
    refs.push(new WeakRef(page));
    await inTime(Promise.resolve(page));
  }
  return refs;
}

describe("the deadline of one PDF", () => {
  it("stops a step not done by the deadline as pdf-timeout, and every step after it", async () => {
    const { before: inTime, clear } = deadlineOf(Date.now());
    await expect(inTime(new Promise(() => undefined))).rejects.toMatchObject({
      code: "pdf-timeout",
    });
    await expect(inTime(Promise.resolve(1))).rejects.toMatchObject({ code: "pdf-timeout" });
    // A step refused after the deadline that fails later is not an unhandled rejection.
    let failLater: (error: Error) => void = () => undefined;
    const late = new Promise<never>((_, reject) => {
      failLater = reject;
    });
    await expect(inTime(late)).rejects.toMatchObject({ code: "pdf-timeout" });
    failLater(new Error("the page failed after the deadline"));
    await new Promise((resolve) => setImmediate(resolve));
    clear();
  });

  it("passes a step's value and its own error through", async () => {
    const { before: inTime, clear } = deadlineOf(Date.now() + LATER);
    await expect(inTime(Promise.resolve("page"))).resolves.toBe("page");
    const own = new Error("broken stream");
    await expect(inTime(Promise.reject(own))).rejects.toBe(own);
    clear();
  });

  it("keeps no settled step's result alive until the document ends", async () => {
    const { before: inTime, clear } = deadlineOf(Date.now() + LATER);
    const refs = await settledSteps(inTime);
    await new Promise((resolve) => setImmediate(resolve));
    collectGarbage();
    const alive = refs.filter((ref) => ref.deref() !== undefined).length;
    clear();
    // Racing each step against one long-lived promise kept all of them.
    expect(alive).toBeLessThan(2);
  });
});
