/**
 * The HTML report in a real browser: Debian Chromium driven by
 * playwright-core (installed by scripts/install-browser.sh). Missing browser:
 * a failure in CI, a skip (with the reason) on a developer machine.
 */
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HTML_GOLDEN_PAIRS, REVISIONS_OUTPUT_DIR } from "../pipeline/check/revisions.js";
import { type DiffReport, diffCollections, diffDocuments } from "../pipeline/diff/index.js";
import { renderDiffHtml } from "../pipeline/report/diff-html.js";
import { renderDiffJson } from "../pipeline/report/diff-json.js";
import {
  seriesBody,
  seriesDoc,
  specBody,
  specDoc,
  withGrade,
  withJobNumber,
} from "./diff-helpers.js";

const CHROMIUM = "/usr/bin/chromium";
const RESULTS = "test-results";
const LAUNCH_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const HOSTILE = [
  "Reviews <script>alert(1)</script> job requests.",
  'Checks <img src=x onerror=alert(1)> storage "space" & logs.',
];

const haveBrowser = existsSync(CHROMIUM);
if (!haveBrowser && process.env.CI) {
  throw new Error(
    `${CHROMIUM} is missing; CI must run scripts/install-browser.sh before the tests`,
  );
}
if (!haveBrowser) {
  console.warn(`diff-html: skipped, ${CHROMIUM} not found (run scripts/install-browser.sh)`);
}

describe.skipIf(!haveBrowser)("HTML diff report in Chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("loads without console errors, shows the JSON's counts, and renders hostile text as text", async () => {
    const before = specBody();
    const after = withGrade(
      specBody({
        duties: [...HOSTILE, ...before.duties.slice(1)],
        definition: "Coordinates the work of lead production-support staff",
      }),
      "12",
    );
    const report = diffDocuments(specDoc(before), specDoc(after));
    const summary = JSON.parse(renderDiffJson(report)).summary as Record<string, number>;
    expect(summary.total).toBeGreaterThan(0);

    await mkdir(RESULTS, { recursive: true });
    const file = join(process.cwd(), RESULTS, "diff-report.html");
    await writeFile(file, renderDiffHtml(report));

    const page = await browser.newPage();
    const problems: string[] = [];
    const dialogs: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(message.text());
    });
    page.on("pageerror", (error) => problems.push(error.message));
    page.on("dialog", async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await page.goto(pathToFileURL(file).href, { waitUntil: "load" });

    for (const key of ["major", "minor", "editorial", "total"]) {
      expect(await page.locator(`[data-count="${key}"]`).innerText(), key).toBe(
        String(summary[key]),
      );
    }
    expect(await page.locator("article.change").count()).toBe(summary.total);
    expect(await page.locator("img").count()).toBe(0);
    expect(await page.locator("script").count()).toBe(0);
    const text = await page.locator("body").innerText();
    expect(text).toContain("<script>alert(1)</script>");
    expect(text).toContain("<img src=x onerror=alert(1)>");
    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]);
    await page.screenshot({ path: join(RESULTS, "diff-report.png"), fullPage: true });
    await page.close();
  });

  it("a folder report: index links reach their documents; banner, parse differences and unplaced text stay text", async () => {
    const exclusions = ["Positions that include <b>full</b> supervisory functions."];
    const partial = specDoc(withGrade(specBody(), "12"), [], {
      status: "partial",
      unmapped: [{ text: HOSTILE[0] ?? "", startLine: 3, endLine: 3 }],
      diagnostics: [{ severity: "error", code: "<img src=x onerror=alert(2)>", message: "x" }],
    });
    const unplaced = {
      ...seriesDoc(seriesBody({ exclusions: [] })),
      unmapped: [{ text: exclusions[0] ?? "", startLine: 9, endLine: 9 }],
    };
    const report = diffCollections(
      [specDoc(), unplaced, specDoc(withJobNumber(specBody(), "20000001"))],
      [
        partial,
        seriesDoc(seriesBody({ exclusions })),
        specDoc(withJobNumber(specBody(), "20000001")),
      ],
    );
    expect(report.summary).toMatchObject({ incomplete: 1, parseDifferences: 1 });
    await mkdir(RESULTS, { recursive: true });
    const file = join(process.cwd(), RESULTS, "diff-folder-report.html");
    await writeFile(file, renderDiffHtml(report));
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on("dialog", async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
    const links = page.locator("nav.index a");
    expect(await links.count()).toBe(2);
    for (const href of await links.evaluateAll((anchors) =>
      anchors.map((anchor) => anchor.getAttribute("href")),
    ))
      expect(await page.locator(`h2${href}`).count(), String(href)).toBe(1);
    expect(await page.locator("p.unchanged").innerText()).toContain("us-ky/class/20000001");
    expect(await page.locator("p.banner").innerText()).toContain("<img src=x onerror=alert(2)>");
    expect(await page.locator("article.parse-difference").innerText()).toContain("<b>full</b>");
    expect(await page.locator("img, script, section.document b").count()).toBe(0);
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it("a one-word change in a long paragraph: shown once, the word struck and inserted in place", async () => {
    const long =
      "Coordinates the work of lead production support staff within a unit, or has responsibility for production control of a departmental information system, and checks completed work for accuracy before release.";
    const report = diffDocuments(
      specDoc(specBody({ duties: [long] })),
      specDoc(specBody({ duties: [long.replace("accuracy", "completeness")] })),
    );
    await mkdir(RESULTS, { recursive: true });
    const file = join(process.cwd(), RESULTS, "diff-long-paragraph.html");
    await writeFile(file, renderDiffHtml(report));
    const page = await browser.newPage();
    await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
    const change = page.locator("article.change");
    expect(await change.count()).toBe(1);
    expect(await change.locator(".sides").count()).toBe(0);
    const text = await change.locator(".inline-words").innerText();
    expect(text.split("before release").length - 1).toBe(1);
    expect(await change.locator("del").allInnerTexts()).toEqual(["accuracy"]);
    expect(await change.locator("ins").allInnerTexts()).toEqual(["completeness"]);
    // The struck word stands right before the inserted one, both visible.
    const [del, ins] = await Promise.all([
      change.locator("del").boundingBox(),
      change.locator("ins").boundingBox(),
    ]);
    expect(del && ins && del.width > 0 && ins.width > 0 && del.x < ins.x).toBe(true);
    await page.close();
  });

  it.each(HTML_GOLDEN_PAIRS)(
    "the golden HTML report of %s: what its JSON golden says, nothing broken",
    async (name) => {
      const folder = join(process.cwd(), REVISIONS_OUTPUT_DIR, name);
      const report = JSON.parse(await readFile(join(folder, "diff.json"), "utf8")) as DiffReport;
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error") problems.push(message.text());
      });
      page.on("pageerror", (error) => problems.push(error.message));
      page.on("requestfailed", (request) => problems.push(`request ${request.url()}`));
      await page.goto(pathToFileURL(join(folder, "diff.html")).href, { waitUntil: "load" });

      const { summary } = report;
      const counts = { ...summary, "parse-differences": summary.parseDifferences };
      for (const key of [
        "major",
        "minor",
        "editorial",
        "total",
        "incomplete",
        "doubts",
        "parse-differences",
      ]) {
        expect(await page.locator(`[data-count="${key}"]`).innerText(), key).toBe(
          String(counts[key as keyof typeof counts]),
        );
      }
      // One article per change, each showing its fingerprint and severity as the JSON has them.
      const changes = report.documents.flatMap((document) => document.changes);
      const shown = await page
        .locator("article.change")
        .evaluateAll((articles) =>
          articles.map(
            (article) =>
              `${article.getAttribute("data-fingerprint")} ${article.getAttribute("data-severity")}`,
          ),
        );
      expect(shown.sort()).toEqual(
        changes.map((change) => `${change.fingerprint} ${change.severity}`).sort(),
      );
      expect(await page.locator("p.banner").count()).toBe(summary.incomplete);
      for (const href of await page
        .locator("nav.index a")
        .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute("href"))))
        expect(await page.locator(`h2${href}`).count(), String(href)).toBe(1);
      // Before and after sit side by side: the two columns of a change share a row.
      const boxes = await page.locator("article.change .sides").first().locator(".side").all();
      const [left, right] = await Promise.all(boxes.map((box) => box.boundingBox()));
      expect(left && right && Math.abs(left.y - right.y) < 1 && right.x > left.x).toBe(true);
      expect(problems).toEqual([]);
      await mkdir(RESULTS, { recursive: true });
      await page.screenshot({
        path: join(RESULTS, `diff-golden-${name.replace(/\//g, "-")}.png`),
        fullPage: true,
      });
      await page.close();
    },
  );
});
