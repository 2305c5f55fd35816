/**
 * Hidden markup (pipeline/extract/visibility/): what a browser would not
 * display is reported in `markup-hidden-text`, quoted with why, and never
 * read: body, rules and unmapped equal those of the clean document the case
 * was made from. Visible controls (coloured text, grey text, white on a dark
 * box, `display:block`) stay read exactly as the plain visible row is.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ingest } from "../pipeline/run.js";
import { fixture } from "./helpers.js";

const HTML = readFileSync(fixture("iowa/word-html/network-analyst.html"), "latin1");
const MARKDOWN = readFileSync(fixture("iowa/markdown/environmental-specialist.md"), "utf8");

/** The HTML case adds a third exclusion row after the two printed ones (Word writes CRLF). */
const LAST_ROW = "telephone equipment.</p></td></tr>\r\n";
const SECRET = "Positions held by applicants who live outside Iowa.";
/** The last exclusion of the markdown fixture. */
const LAST_EXCLUSION = "2. Positions whose primary purpose is laboratory analysis.";

async function read(text: string, name: string) {
  const bytes = name.endsWith(".html") ? Buffer.from(text, "latin1") : Buffer.from(text, "utf8");
  const result = await ingest(bytes, name);
  if (result.status === "failed") throw new Error(`${name} failed`);
  return result.document;
}

type Document = Awaited<ReturnType<typeof read>>;

const hiddenWarnings = (document: Document) =>
  document.diagnostics.filter((d) => d.code === "markup-hidden-text");

function expectSameReading(dirty: Document, clean: Document) {
  expect(dirty.body).toEqual(clean.body);
  expect(dirty.rules).toEqual(clean.rules);
  expect(dirty.unmapped).toEqual(clean.unmapped);
  expect(dirty.status).toBe(clean.status);
}

/** Nothing but the warning holds the hidden sentence. */
function expectNotRead(document: Document, secret: string) {
  const { diagnostics: _, ...read } = document;
  expect(JSON.stringify(read)).not.toContain(secret.slice(0, 30));
}

interface RowOptions {
  /** A `<style>` block added to the head. */
  style?: string;
  /** Markup around each cell's text. */
  wrap?: (text: string) => string;
}

function withRow(rowAttributes: string, options: RowOptions = {}) {
  const wrap = options.wrap ?? ((text: string) => text);
  const row = `<tr${rowAttributes}><td width=48 valign=top><p class=MsoNormal>${wrap("3.")}</p></td><td width=576 valign=top><p class=MsoNormal>${wrap(SECRET)}</p></td></tr>\n`;
  expect(HTML).toContain(LAST_ROW);
  const html = HTML.replace(LAST_ROW, `${LAST_ROW}${row}`);
  return options.style ? html.replace("</head>", `<style>${options.style}</style>\n</head>`) : html;
}

describe("hidden text in HTML", () => {
  it("the visible row the cases hide is read as a third exclusion (the cases test something)", async () => {
    const [clean, visible] = await Promise.all([
      read(HTML, "clean.html"),
      read(withRow(""), "visible.html"),
    ]);
    expect(visible.body).not.toEqual(clean.body);
    expect(JSON.stringify(visible.body)).toContain(SECRET);
    expect(hiddenWarnings(visible)).toEqual([]);
  });

  it.each([
    ["the hidden attribute", " hidden", {}, "the hidden attribute"],
    ["display:none", " style='display:none'", {}, "display: none"],
    [
      "Word's hidden text",
      "",
      { wrap: (text: string) => `<span style='display:none;mso-hide:all'>${text}</span>` },
      "display: none",
    ],
    ["mso-hide:all alone", " style='mso-hide:all'", {}, "mso-hide"],
    ["visibility:hidden", " style='visibility:hidden'", {}, "visibility: hidden"],
    ["font-size:0", " style='font-size:0'", {}, "under 1 pt"],
    ["a font shorthand of size 0", " style='font:0/0 a'", {}, "under 1 pt"],
    ["opacity:0", " style='opacity:0'", {}, "opacity: 0"],
    ["white text", " style='color:white'", {}, "matches its background"],
    ["#FFFFFF text", " style='color:#FFFFFF'", {}, "matches its background"],
    [
      "<font color=white>",
      "",
      { wrap: (text: string) => `<font color=white>${text}</font>` },
      "matches its background",
    ],
    [
      "text coloured like a light box",
      " style='color:#ffffe0;background-color:lightyellow'",
      {},
      "matches its background",
    ],
    [
      "a class set to display:none",
      " class=secret",
      { style: ".secret { display: none }" },
      "display: none",
    ],
    ["an id rule", " id=x3", { style: "#x3 { visibility: hidden }" }, "visibility: hidden"],
    [
      "a descendant rule",
      " class=row",
      { style: "table.MsoNormalTable tr.row p { color: #fff }" },
      "matches its background",
    ],
    ["a child rule", " class=row", { style: "tr.row > td { display: none }" }, "display: none"],
    [
      "a rule in @media screen",
      " class=s",
      { style: "@media screen { .s { display: none } }" },
      "display: none",
    ],
  ])("%s is named and not read", async (_, attributes, options, why) => {
    const [clean, dirty] = await Promise.all([
      read(HTML, "clean.html"),
      read(withRow(attributes, options), "dirty.html"),
    ]);
    expectSameReading(dirty, clean);
    expectNotRead(dirty, SECRET);
    const warnings = hiddenWarnings(dirty);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.message).toContain(`"3. ${SECRET}"`);
    expect(warnings[0]?.message).toContain(why);
    expect(warnings[0]?.severity).toBe("warning");
  });

  it.each([
    ["red text", " style='color:red'"],
    ["grey text", " style='color:#999999'"],
    ["light grey text", " style='color:lightgrey'"],
    ["white text on a black box", " style='color:white;background:black'"],
    ["display:block", " style='display:block'"],
    [
      "a visible child of a hidden-visibility row",
      " style='visibility:hidden'",
      { wrap: (text: string) => `<span style='visibility:visible'>${text}</span>` },
    ],
    ["white text on an image", " style='color:white;background-image:url(dark.png)'"],
    ["a class rule for print only", " class=p", { style: "@media print { .p { display: none } }" }],
    ["a colour this reader cannot read", " style='color:color-mix(in srgb, white, white)'"],
  ])("%s stays read", async (_, attributes, options: RowOptions = {}) => {
    const [visible, control] = await Promise.all([
      read(withRow(""), "visible.html"),
      read(withRow(attributes, options), "control.html"),
    ]);
    expect(control.body).toEqual(visible.body);
    expect(control.rules).toEqual(visible.rules);
    expect(hiddenWarnings(control)).toEqual([]);
  });

  it("a hiding rule whose selector is not supported is named, and its text read", async () => {
    const document = await read(
      withRow(" class=q", { style: "tr.q:last-child { display: none }" }),
      "q.html",
    );
    expect(JSON.stringify(document.body)).toContain(SECRET);
    const unsupported = document.diagnostics.filter((d) => d.code === "markup-style-unsupported");
    expect(unsupported.map((d) => d.message)).toEqual([
      expect.stringContaining("'tr.q:last-child'"),
    ]);
  });

  it("Word's own style sheet (pseudo-classes that only colour links) gives no warning", async () => {
    const style = "a:link, span.MsoHyperlink { color: blue } a:visited { color: purple }";
    const document = await read(withRow("", { style }), "links.html");
    expect(document.diagnostics.filter((d) => d.code.startsWith("markup-"))).toEqual([]);
  });
});

describe("hidden raw HTML in markdown", () => {
  it.each([
    [
      "<span style=display:none>",
      `<span style="display:none"> Positions held by residents of other states.</span>`,
      "display: none",
    ],
    [
      "a class from a <style> block",
      ` <span class="x">Positions held by residents of other states.</span>\n\n<style>.x { display: none }</style>`,
      "display: none",
    ],
    [
      "white text",
      ` <font color="#fff">Positions held by residents of other states.</font>`,
      "matches its background",
    ],
  ])("%s inside a line is named and not read", async (_, added, why) => {
    expect(MARKDOWN).toContain(LAST_EXCLUSION);
    const dirty = MARKDOWN.replace(LAST_EXCLUSION, `${LAST_EXCLUSION}${added}`);
    const [clean, read1] = await Promise.all([read(MARKDOWN, "clean.md"), read(dirty, "dirty.md")]);
    expectSameReading(read1, clean);
    expectNotRead(read1, "Positions held by residents");
    const warnings = hiddenWarnings(read1);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.message).toContain(why);
    expect(warnings[0]?.startLine).toBe(
      MARKDOWN.slice(0, MARKDOWN.indexOf(LAST_EXCLUSION)).split("\n").length,
    );
  });

  it("a <div hidden> around markdown blocks hides them to its end tag", async () => {
    const block = "\n\n3. Positions held by residents of other states.\n\n";
    const hidden = MARKDOWN.replace(
      LAST_EXCLUSION,
      `${LAST_EXCLUSION}\n\n<div hidden>${block}</div>`,
    );
    const shown = MARKDOWN.replace(LAST_EXCLUSION, `${LAST_EXCLUSION}\n\n<div>${block}</div>`);
    const [clean, dirty, control] = await Promise.all([
      read(MARKDOWN, "clean.md"),
      read(hidden, "hidden.md"),
      read(shown, "shown.md"),
    ]);
    expectSameReading(dirty, clean);
    expectNotRead(dirty, "Positions held by residents");
    expect(hiddenWarnings(dirty)[0]?.message).toContain("the hidden attribute");
    expect(JSON.stringify(control.body)).toContain("Positions held by residents of other states.");
    expect(hiddenWarnings(control)).toEqual([]);
  });

  it("a hidden paragraph element is closed by the next markdown paragraph, as a browser closes it", async () => {
    const added = `\n\n<p hidden>Positions held by residents of other states.\n\nNOTE: Review the whole position first.`;
    const document = await read(
      MARKDOWN.replace(LAST_EXCLUSION, `${LAST_EXCLUSION}${added}`),
      "p.md",
    );
    expect(JSON.stringify(document)).toContain("Review the whole position first.");
    expectNotRead(document, "Positions held by residents");
  });

  it("a code span or a code block showing hidden markup is text", async () => {
    const shown = `${LAST_EXCLUSION} Shown as \`<span hidden>kept</span>\` in the manual.`;
    const document = await read(MARKDOWN.replace(LAST_EXCLUSION, shown), "code.md");
    expect(hiddenWarnings(document)).toEqual([]);
    expect(JSON.stringify(document)).toContain("<span hidden>kept</span>");
  });
});
