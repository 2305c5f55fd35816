/** Everything that leaves is escaped: GitHub workflow commands, terminal lines, file names. */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { errorLine } from "../pipeline/cli/command.js";
import { diffDocuments } from "../pipeline/diff/index.js";
import type { Message } from "../pipeline/file.js";
import { renderDiffHtml } from "../pipeline/report/diff-html.js";
import { renderDiffJson } from "../pipeline/report/diff-json.js";
import { renderDiffMarkdown } from "../pipeline/report/diff-markdown.js";
import { githubMessage, prettyGroup } from "../pipeline/report/ingest.js";
import { githubData, githubProperty, visible } from "../pipeline/report/visible.js";
import { specBody, specDoc } from "./diff-helpers.js";
import { fixture, run } from "./helpers.js";

const FORGED = "a\n::error file=x.txt,line=1::forged\r\n::stop-commands::token";

function message(reason: string): Message {
  return {
    severity: "warning",
    code: "unmapped-text",
    message: reason,
    fatal: false,
    place: { startLine: 3 },
  } as Message;
}

describe("visible", () => {
  it("shows control characters, separators and bidi overrides as escapes", () => {
    expect(visible("a\nb\rc\td\u001b[31me\u0000f\u2028g\u202eh\u0085i")).toBe(
      "a\\nb\\rc\\td\\x1b[31me\\x00f\\u2028g\\u202eh\\x85i",
    );
    expect(visible("Café – “quoted” 日本")).toBe("Café – “quoted” 日本");
  });
});

describe("GitHub workflow commands", () => {
  it("escape data (% CR LF) and properties (also : and ,)", () => {
    expect(githubData("100% a\r\nb")).toBe("100%25 a\\r\\nb");
    expect(githubProperty("dir:a,b/c%.txt")).toBe("dir%3Aa%2Cb/c%25.txt");
  });

  it("a file name or a message cannot start a second command or forge a property", () => {
    const line = githubMessage(`in/${FORGED}.txt`, message(FORGED));
    expect(line.split("\n")).toEqual([expect.any(String), ""]);
    expect(line).toMatch(/^::warning file=in\/a\\n%3A%3Aerror file=x\.txt%2Cline=1%3A%3Aforged/);
    // Exactly the properties we wrote: file, line, title.
    const properties = line.slice(line.indexOf(" ") + 1, line.indexOf("::", 2)).split(",");
    expect(properties.map((property) => property.split("=")[0])).toEqual(["file", "line", "title"]);
  });
});

describe("terminal lines", () => {
  it("errorLine stays one line, and prettyGroup a name line and one line per message, whatever the file name", () => {
    const error = errorLine(
      `in/${FORGED}.txt`,
      "unknown-family",
      `text \u001b]0;title\u0007 ${FORGED}`,
    );
    expect(error.split("\n")).toEqual([expect.stringMatching(/^classpec: in\/a\\n::error/), ""]);
    expect(error).not.toContain("\u001b");
    const pretty = prettyGroup(`in/${FORGED}.txt`, [message(`\u001b[2J${FORGED}`)]);
    expect(pretty.split("\n")).toEqual([expect.any(String), expect.any(String), "", ""]);
    expect(pretty).not.toContain("\u001b");
    expect(pretty).not.toContain("\r");
  });

  it("ingest of a file whose name holds a newline: one error line per file, with github reporter no forged command", async () => {
    const folder = mkdtempSync(join(tmpdir(), "classpec-names-"));
    writeFileSync(join(folder, `${FORGED}.txt`), "not a spec at all, just words");
    writeFileSync(join(folder, "good.txt"), readFileSync(fixture("kentucky/accountant-iii.txt")));
    const result = await run(["ingest", folder, "--dry-run", "--reporter", "github"]);
    expect(result.code).toBe(1);
    const lines = result.stderr.split("\n").filter((line) => line !== "");
    expect(lines.every((line) => /^(?:classpec: |::warning |::error )/.test(line))).toBe(true);
    // The failure once, as an annotation of one line.
    expect(lines.filter((line) => line.includes("unknown-family"))).toEqual([
      expect.stringMatching(/^::error file=[^\n]*title=unknown-family::/),
    ]);
  });
});

describe("diff reports", () => {
  const RAW = ["\u001b", "\u009b", "\u202e"];
  const hostile = "Operates \u001b[2Jequipment\u202e and \u009b31m logs\ttimes.";
  const report = () => {
    const before = specDoc(specBody({ duties: ["Operates equipment."] }));
    const after = specDoc(specBody({ duties: [hostile] }));
    return diffDocuments(before, after);
  };

  it("markdown shows document text's control characters as escapes, line breaks kept", () => {
    const markdown = renderDiffMarkdown(report());
    for (const raw of RAW) expect(markdown).not.toContain(raw);
    expect(markdown).toContain("\\x1b");
    expect(markdown).toContain("\\u202e");
    expect(markdown.split("\n").length).toBeGreaterThan(3);
  });

  it("HTML shows them as the markdown does (no raw ESC or override reaches the page)", () => {
    const html = renderDiffHtml(report());
    for (const raw of RAW) expect(html).not.toContain(raw);
    expect(html).toContain("\\x1b[2Jequipment\\u202e");
  });

  it("markdown leaves no bare URL, www. name or e-mail address for GitHub to link", () => {
    const before = specDoc(specBody({ duties: ["Operates equipment."] }));
    const after = specDoc(
      specBody({
        duties: ["Reports to https://evil.example/x, www.evil.example or help@evil.example."],
      }),
    );
    const markdown = renderDiffMarkdown(diffDocuments(before, after));
    expect(markdown).not.toMatch(/https:\/\/|www\.|\w@\w/);
    expect(markdown).toContain(
      "https\\://evil.example/x, www\\.evil.example or help\\@evil.example.",
    );
  });

  it("JSON escapes what JSON.stringify leaves raw, and parses back to the same text", () => {
    const json = renderDiffJson(report());
    for (const raw of RAW) expect(json).not.toContain(raw);
    expect(JSON.stringify(JSON.parse(json))).toContain("\\u001b[2J");
    const changes = JSON.parse(json).documents[0].changes as Array<{ after?: string }>;
    expect(changes.some((change) => change.after?.includes("\u001b[2Jequipment\u202e"))).toBe(true);
  });
});
