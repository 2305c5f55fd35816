/**
 * Docs that cannot drift (issue 25): no relative link in any markdown file of
 * the repository leads to a missing file, every doc the README links is
 * shipped in the package, and every export of the main entry is documented.
 * (docs/cli.md, docs/output.md and api/classpec.api.md are generated and
 * checked fresh by `npm run check`, tests/golden.test.ts.)
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { API_REPORT, UNDOCUMENTED } from "../pipeline/check/api-report.js";
import { REPO } from "./helpers.js";

const SKIPPED = new Set(["node_modules", "dist", ".git"]);

function markdownFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name.startsWith(".") || SKIPPED.has(entry.name)) return [];
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return markdownFiles(path);
    return entry.name.endsWith(".md") ? [path] : [];
  });
}

/** Relative link targets of a markdown text (inline links and images), anchors dropped. */
function relativeLinks(text: string): string[] {
  const outsideCode = text.replace(/```[\s\S]*?```/g, "").replace(/`[^`\n]*`/g, "");
  return [...outsideCode.matchAll(/!?\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)]
    .map((match) => match[1] ?? "")
    .filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target) && !target.startsWith("#"))
    .map((target) => decodeURI(target.replace(/#.*$/, "")))
    .filter((target) => target !== "");
}

describe("markdown links", () => {
  it("every relative link in the repository's markdown leads to a file that exists", () => {
    const broken = markdownFiles(REPO).flatMap((file) =>
      relativeLinks(readFileSync(file, "utf8"))
        .filter((target) => !existsSync(join(dirname(file), target)))
        .map((target) => `${relative(REPO, file)} -> ${target}`),
    );
    expect(broken).toEqual([]);
  });

  it("finds a link that is broken (the check can fail)", () => {
    expect(relativeLinks("see [x](docs/missing.md#part) and `[y](code.md)`")).toEqual([
      "docs/missing.md",
    ]);
  });

  it("every doc the README links is shipped in the package", () => {
    const pkg = JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")) as {
      files: string[];
      repository?: unknown;
      homepage?: string;
    };
    expect(pkg.repository).toBeDefined();
    expect(pkg.homepage).toMatch(/^https:\/\//);
    const shipped = (path: string) =>
      pkg.files.some((entry) => path === entry || path.startsWith(`${entry}/`));
    const linked = relativeLinks(readFileSync(join(REPO, "README.md"), "utf8"));
    expect(linked.filter((path) => !shipped(path) && path !== "LICENSE")).toEqual([]);
  });
});

describe("the public API", () => {
  it("documents every export of the main entry (api/classpec.api.md)", () => {
    const report = readFileSync(join(REPO, API_REPORT), "utf8");
    const main = report.slice(0, report.indexOf("## `classpec/schemas`"));
    const undocumented = [...main.matchAll(/^### (\S+) .*\n\n(.*)$/gm)]
      .filter((match) => match[2] === UNDOCUMENTED)
      .map((match) => match[1]);
    expect(undocumented).toEqual([]);
    // None of the internals the library once exported.
    for (const internal of ["runBatch", "writeAtomic", "PROFILES", "defineCheck", "DocFile"])
      expect(main).not.toContain(`### ${internal} `);
  });
});

describe("the README's worked example", () => {
  const readme = readFileSync(join(REPO, "README.md"), "utf8");
  const excerpt = /```json\n(\{[\s\S]*?\n\})\n```/.exec(readme)?.[1];
  const output = JSON.parse(
    readFileSync(join(REPO, "output", "kentucky", "us-ky.class.20001499.json"), "utf8"),
  );

  it("shows what ingest writes for the spec it names", () => {
    expect(readme).toContain("fixtures/kentucky/seed-production-specialist-ii.txt");
    expect(excerpt).toBeDefined();
    // The excerpt elides with "…"; its plain fields and the first codes, grade and range are the output's.
    const shown = JSON.parse(excerpt ?? "{}");
    for (const key of ["schemaVersion", "kind", "id", "title", "status", "unmapped", "diagnostics"])
      expect({ [key]: shown[key] }).toEqual({ [key]: output[key] });
    expect(shown.body.codes).toEqual(output.body.codes);
    expect(shown.body.pay.grades).toEqual(output.body.pay.grades);
    expect(shown.body.pay.ranges[0]).toEqual(output.body.pay.ranges[0]);
    expect(shown.body.qualifications.minimum.education).toBe(
      output.body.qualifications.minimum.education,
    );
  });
});
