/** `classpec qualify`: answers, exit codes, formats, and bad input as one coded line. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { QualifyAnswer } from "../schemas/qualifications.js";
import { run } from "./helpers.js";

const dir = mkdtempSync(join(tmpdir(), "classpec-qualify-"));
function candidateFile(name: string, candidate: unknown): string {
  const path = join(dir, `${name}.json`);
  writeFileSync(path, typeof candidate === "string" ? candidate : JSON.stringify(candidate));
  return path;
}

const SEED = "fixtures/kentucky/seed-production-specialist-ii.txt";
const SEED_JSON = "output/kentucky/us-ky.class.20001499.json";
const QUALIFIED = candidateFile("qualified", {
  education: [{ level: "bachelor", field: "business" }],
  experience: [{ years: 1, area: "production support" }],
});
const SHORT = candidateFile("short", {
  education: [{ level: "bachelor" }],
  experience: [{ years: 0.5, area: "production support" }],
});
const TRAINING = candidateFile("training", {
  training: [{ years: 4, area: "vocational computer operations" }],
  experience: [{ years: 1, area: "production support" }],
});

describe("classpec qualify", () => {
  it("exits 0 for a candidate who qualifies, from a spec source or its JSON output alike", async () => {
    const fromSource = await run(["qualify", SEED, "--candidate", QUALIFIED, "--format", "json"]);
    const fromJson = await run([
      "qualify",
      SEED_JSON,
      "--candidate",
      QUALIFIED,
      "--format",
      "json",
    ]);
    expect(fromSource.code).toBe(0);
    expect(fromJson.stdout).toBe(fromSource.stdout);
    const answer = QualifyAnswer.parse(JSON.parse(fromSource.stdout));
    expect(answer.answer).toBe("qualifies");
    expect(answer.deciding.map((step) => step.pointer)).toContain("/rules/5/expression/items/1");
  });

  it("exits 1 and says what is missing, pointing to the printed sentence", async () => {
    const result = await run(["qualify", SEED_JSON, "--candidate", SHORT, "--format", "text"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      "PRODUCTION SPECIALIST II (us-ky/class/20001499): does-not-qualify",
    );
    expect(result.stdout).toContain("needs 0.5 more years of experience in production support");
    expect(result.stdout).toContain('"Must have one year of production support experience."');
    expect(result.stdout).toMatch(/\(line \d+\) \/rules\/5\/expression\/items\/1/);
  });

  it("exits 3 when a clause it does not model decides", async () => {
    const result = await run(["qualify", SEED_JSON, "--candidate", TRAINING, "--format", "json"]);
    expect(result.code).toBe(3);
    expect(JSON.parse(result.stdout).answer).toBe("cannot-tell");
  });

  it("answers text on a terminal and JSON in a pipe", async () => {
    const tty = await run(["qualify", SEED_JSON, "--candidate", QUALIFIED], { isTTY: true });
    const pipe = await run(["qualify", SEED_JSON, "--candidate", QUALIFIED]);
    expect(tty.stdout).toMatch(/^PRODUCTION SPECIALIST II/);
    expect(JSON.parse(pipe.stdout).answer).toBe("qualifies");
  });

  it("a missing --candidate is a usage error (2)", async () => {
    const result = await run(["qualify", SEED_JSON]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Missing --candidate FILE");
  });

  it("a bad candidate or spec is one coded line, exit 1, no answer", async () => {
    const invalid = candidateFile("invalid", { experience: [{ years: "two", area: "x" }] });
    const broken = candidateFile("broken", "{ not json");
    for (const [spec, candidate, code] of [
      [SEED_JSON, invalid, "candidate-invalid"],
      [SEED_JSON, broken, "invalid-json"],
      [SEED_JSON, join(dir, "absent.json"), "unreadable"],
      ["fixtures/bad/empty.txt", QUALIFIED, "empty-input"],
    ] as const) {
      const result = await run(["qualify", spec, "--candidate", candidate]);
      expect(result.code, code).toBe(1);
      expect(result.stdout).toBe("");
      expect(result.stderr.trim().split("\n")).toHaveLength(1);
      expect(result.stderr).toContain(`: ${code}: `);
    }
  });

  it("a folder of several specs is refused, not guessed", async () => {
    const result = await run(["qualify", "output/kentucky", "--candidate", QUALIFIED]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("not-one-spec");
  });
});
