/**
 * The worker pool (pipeline/batch/pool.ts) on the fixture PDFs. Workers load
 * compiled JavaScript, so this reads dist/ (`npm test` builds first).
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Outcome } from "../pipeline/batch/index.js";
import type { Input } from "../pipeline/batch/inputs.js";
import { REPO } from "./helpers.js";

const POOL = join(REPO, "dist/pipeline/batch/pool.js");
const INPUTS = join(REPO, "dist/pipeline/batch/inputs.js");

describe.skipIf(!existsSync(POOL))("runBatchPooled", () => {
  it("reports every PDF in input order, bad ones with their codes", async () => {
    const { runBatchPooled } = (await import(POOL)) as typeof import("../pipeline/batch/pool.js");
    const { collectInputs } = (await import(
      INPUTS
    )) as typeof import("../pipeline/batch/inputs.js");
    const { inputs } = await collectInputs(["fixtures/pdf", "fixtures/bad/pdf"], REPO, []);
    const outcomes: Outcome[] = [];
    await runBatchPooled(inputs, {}, (outcome) => outcomes.push(outcome), { threads: 2 });
    expect(outcomes.map((outcome) => outcome.path)).toEqual(
      inputs.map((input: Input) => input.path),
    );
    const codes = Object.fromEntries(
      outcomes.map((outcome) => [outcome.path, outcome.error?.code ?? outcome.status]),
    );
    expect(codes).toMatchObject({
      "fixtures/bad/pdf/encrypted.pdf": "pdf-encrypted",
      "fixtures/bad/pdf/image-only.pdf": "pdf-no-text",
      "fixtures/bad/pdf/truncated.pdf": "pdf-corrupt",
      "fixtures/pdf/pdf-lib/seed-production-specialist-ii.pdf": "complete",
      "fixtures/pdf/libreoffice/accountant-iii.pdf": "complete",
    });
  });
});
