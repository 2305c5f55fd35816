/**
 * The caps the patched pdfjs worker enforces (pipeline/extract/pdf/limits.ts):
 * bytes one decoded stream may yield and operators read on one page. Each is
 * lowered through its environment variable, the same path that sets the real
 * cap, so the crafted PDFs stay a few KiB and inflate to a few MiB.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { OPERATORS_VARIABLE, STREAM_VARIABLE } from "../pipeline/extract/pdf/limits.js";
import { ingest } from "../pipeline/run.js";
import {
  flateBombPdf,
  fontBombPdf,
  formOperatorsPdf,
  hexBombPdf,
  operatorsPdf,
} from "../scripts/hostile-pdf.js";
import { BUILT, killChildren, runCli } from "./child.js";
import { fixture } from "./helpers.js";

const LOW_CAPS = { [STREAM_VARIABLE]: "1", [OPERATORS_VARIABLE]: "1000" };
const STREAM_MESSAGE =
  "Unexpected PDF stream inflating past 1 MiB, expected streams of a class spec's size (CLASSPEC_PDF_MAX_STREAM_MB)";
const OPERATORS_MESSAGE =
  "Unexpected PDF page with more than 1000 operators, expected a class spec's page (CLASSPEC_PDF_MAX_OPERATORS)";

/** Reads `bytes` as a PDF in this process, with `env` set meanwhile. */
async function ingestWith(bytes: Uint8Array, env: Record<string, string>) {
  const saved = Object.keys(env).map((name) => [name, process.env[name]] as const);
  Object.assign(process.env, env);
  try {
    return await ingest(bytes, "capped.pdf");
  } finally {
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}

/** The error that stopped reading `bytes`, if any. */
async function fatalOf(bytes: Uint8Array, env: Record<string, string>) {
  const result = await ingestWith(bytes, env);
  return result.status === "failed" ? result.error : undefined;
}

describe("PDF caps in the pdfjs worker", () => {
  it("a doubly deflated content stream inflating past the stream cap: pdf-too-large-stream", async () => {
    expect(await fatalOf(await flateBombPdf(4), LOW_CAPS)).toEqual({
      code: "pdf-too-large-stream",
      message: STREAM_MESSAGE,
    });
  });

  it("the same stream under the cap is read (a page of spaces: no text)", async () => {
    const fatal = await fatalOf(await flateBombPdf(4), { [STREAM_VARIABLE]: "8" });
    expect(fatal?.code).toBe("pdf-no-text");
  });

  it("a stream decoded synchronously (Flate then ASCIIHex) past the cap: pdf-too-large-stream", async () => {
    expect(await fatalOf(hexBombPdf(4), LOW_CAPS)).toEqual({
      code: "pdf-too-large-stream",
      message: STREAM_MESSAGE,
    });
  });

  it("an embedded font program inflating past the cap fails the document (pdfjs would drop just the font)", async () => {
    expect(await fatalOf(await fontBombPdf(4), LOW_CAPS)).toEqual({
      code: "pdf-too-large-stream",
      message: STREAM_MESSAGE,
    });
    // Under the cap the font is read (or dropped as broken) and the line of text reaches the profiles.
    expect((await fatalOf(await fontBombPdf(4), { [STREAM_VARIABLE]: "8" }))?.code).toBe(
      "unknown-family",
    );
  });

  it("a page with more operators than the cap: pdf-too-many-operators", async () => {
    // 2 × 498 `q Q` plus the five operators of the text line: 1,001.
    expect(await fatalOf(operatorsPdf(498), LOW_CAPS)).toEqual({
      code: "pdf-too-many-operators",
      message: OPERATORS_MESSAGE,
    });
  });

  it("a form XObject's operators count toward its page's", async () => {
    // 996 in the form and six on the page (Do and the text line), each under the cap, 1,002 together.
    expect(await fatalOf(formOperatorsPdf(498), LOW_CAPS)).toEqual({
      code: "pdf-too-many-operators",
      message: OPERATORS_MESSAGE,
    });
  });

  it("a page just under the operator cap is read", async () => {
    // 2 × 497 `q Q` plus the five operators of the text line: 999.
    const result = await ingestWith(operatorsPdf(497), LOW_CAPS);
    expect(result.messages.map((message) => message.code)).not.toContain("pdf-too-many-operators");
    // Its one line of text is read; it is no class spec of a known family.
    expect(result.status === "failed" && result.error.code).toBe("unknown-family");
  });
});

let root = "";
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "classpec-pdf-caps-"));
});
afterAll(() => {
  if (root !== "") rmSync(root, { recursive: true, force: true });
});
afterEach(killChildren);

describe.skipIf(!BUILT)("PDF caps through the CLI", () => {
  it("each capped PDF fails with its coded one-line error, the rest of the batch is written, exit 1", async () => {
    const input = join(root, "in");
    mkdirSync(input, { recursive: true });
    writeFileSync(join(input, "bomb.pdf"), await flateBombPdf(4));
    writeFileSync(join(input, "operators.pdf"), operatorsPdf(600));
    writeFileSync(join(input, "zz-good.txt"), readFileSync(fixture("kentucky/accountant-iii.txt")));
    const exit = await runCli(["ingest", "in", "--out", "out"], { cwd: root, env: LOW_CAPS });
    expect(exit.code).toBe(1);
    const errors = exit.stderr.split("\n").filter((line) => line.startsWith("classpec: in/"));
    expect(errors).toEqual([
      `classpec: in/bomb.pdf: pdf-too-large-stream: ${STREAM_MESSAGE}`,
      `classpec: in/operators.pdf: pdf-too-many-operators: ${OPERATORS_MESSAGE}`,
    ]);
    expect(readdirSync(join(root, "out"))).toEqual(["us-ky.class.20000618.json"]);
  });
});
