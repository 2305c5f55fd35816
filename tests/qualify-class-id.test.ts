/** `classpec qualify <file>#<id>`: one class of a page of several (docs/qualifications.md). */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { QualifyAnswer } from "../schemas/qualifications.js";
import { run } from "./helpers.js";

const PAGE = "fixtures/publishers/illinois/html/waterways-technician-series.html";
const IDS = ["us-il/class/49208", "us-il/class/49211", "us-il/class/49212"];
const candidate = join(mkdtempSync(join(tmpdir(), "classpec-qualify-id-")), "candidate.json");
writeFileSync(candidate, JSON.stringify({ education: [{ level: "high-school" }] }));

describe("classpec qualify on a page of several classes", () => {
  it.each(IDS)("<file>#%s answers for that class", async (id) => {
    const result = await run([
      "qualify",
      `${PAGE}#${id}`,
      "--candidate",
      candidate,
      "--format",
      "json",
    ]);
    expect(result.stderr).toBe("");
    const answer = QualifyAnswer.parse(JSON.parse(result.stdout));
    expect(answer.spec.id).toBe(id);
  });

  it("the page alone names each class to choose from", async () => {
    const result = await run(["qualify", PAGE, "--candidate", candidate]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(
      "not-one-spec: Expected one class spec, found 3; name one as <file>#<id>",
    );
    for (const id of IDS) expect(result.stderr).toContain(`${PAGE}#${id}`);
  });

  it("an id the page does not hold is refused, naming those it holds", async () => {
    const result = await run(["qualify", `${PAGE}#us-il/class/99999`, "--candidate", candidate]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Expected a class spec with id us-il/class/99999, found");
    expect(result.stderr).toContain(`${PAGE}#us-il/class/49211`);
  });
});
