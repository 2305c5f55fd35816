/**
 * pdfjs without its hidden costs: the patch to TextState.clone
 * (patches/pdfjs-dist+*.patch, applied by patch-package in `prepare`, and
 * shipped as dist/vendor/pdfjs by the build) is in the pdfjs that loads, and
 * reading a PDF leaves the process's built-ins native.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { BUILT } from "./child.js";
import { fixture, REPO } from "./helpers.js";

const require = createRequire(import.meta.url);

/** The source of `TextState.clone` in one of pdfjs-dist's worker builds. */
function textStateClone(build: string): string {
  const code = readFileSync(require.resolve(`pdfjs-dist/${build}/pdf.worker.mjs`), "utf8");
  const start = code.indexOf("\nclass TextState {");
  const end = code.indexOf("\nclass ", start + 1);
  const body = code.slice(start, end);
  const clone = body.slice(body.indexOf("  clone() {"));
  expect(start).toBeGreaterThan(0);
  expect(clone).toContain("clone() {");
  return clone.slice(0, clone.indexOf("\n  }\n"));
}

/** Runs an ES module script in a fresh Node (a clean set of built-ins); returns its stdout. */
function node(script: string): string {
  return execFileSync(process.execPath, ["--input-type=module", "-e", script], {
    cwd: REPO,
    encoding: "utf8",
  });
}

describe("pdfjs's TextState.clone (patched)", () => {
  it.each(["legacy/build", "build"])(
    "copies the state onto the class's prototype in %s, so each 'q' adds no prototype level",
    (build) => {
      const clone = textStateClone(build);
      expect(clone).toContain("Object.create(Object.getPrototypeOf(this))");
      expect(clone).not.toContain("Object.create(this)");
    },
  );
});

describe.skipIf(!BUILT)("built-ins after a PDF is read (built pipeline)", () => {
  const CHECK = `
    const natives = {
      "Array.prototype.push": Array.prototype.push,
      "JSON.stringify": JSON.stringify,
      "JSON.parse": JSON.parse,
      "Function.prototype.toString": Function.prototype.toString,
    };
    const now = () => ({
      "Array.prototype.push": Array.prototype.push,
      "JSON.stringify": JSON.stringify,
      "JSON.parse": JSON.parse,
      "Function.prototype.toString": Function.prototype.toString,
    });
    const replaced = () => Object.entries(now()).filter(([name, f]) => f !== natives[name]).map(([name]) => name).join(" ") || "none";
  `;

  it("keeps Array.prototype.push, JSON.stringify, JSON.parse and Function.prototype.toString native", () => {
    const output = node(`${CHECK}
      import { readFileSync } from "node:fs";
      const { ingest } = await import("./dist/pipeline/run.js");
      const bytes = new Uint8Array(readFileSync(${JSON.stringify(fixture("pdf/pdf-lib/seed-production-specialist-ii.pdf"))}));
      const result = await ingest(bytes, "spec.pdf");
      console.log(result.status, replaced(), typeof Promise.withResolvers);
    `);
    expect(output.trim()).toBe("complete none function");
  });

  // pdfjs 5's legacy build also replaced push and both JSON functions; 6.x leaves them on Node 22 and 24.
  it("would not without the guard: the legacy build replaces Function.prototype.toString on import", () => {
    const output = node(`${CHECK}
      await import("pdfjs-dist/legacy/build/pdf.mjs");
      console.log(replaced());
    `);
    expect(output.trim()).toBe("Function.prototype.toString");
  });
});
