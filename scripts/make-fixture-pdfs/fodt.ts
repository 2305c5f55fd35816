/**
 * The second producer: a Kentucky spec as a flat ODF text document (.fodt),
 * converted to PDF by LibreOffice headless. The first page uses a page style
 * without a header; the next style, used by every later page, has the running
 * header. Both carry a "Page N of M" footer from LibreOffice's own fields.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Block, SpecModel } from "./model.js";

function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** Runs of spaces collapse in ODF; keep them as the export has them (they are noise either way). */
function span(text: string, style?: string): string {
  const body = escapeXml(text);
  return style ? `<text:span text:style-name="${style}">${body}</text:span>` : body;
}

function headerTable(model: SpecModel): string {
  const rows = model.fields
    .map(
      (field) =>
        `<table:table-row><table:table-cell office:value-type="string"><text:p text:style-name="Label">${escapeXml(field.label)}</text:p></table:table-cell>` +
        `<table:table-cell office:value-type="string"><text:p text:style-name="Value">${escapeXml(field.value)}</text:p></table:table-cell></table:table-row>`,
    )
    .join("\n");
  return `<table:table table:name="Header" table:style-name="HeaderTable">
<table:table-column table:style-name="LabelColumn"/><table:table-column table:style-name="ValueColumn"/>
${rows}
</table:table>`;
}

function paragraph(block: Block): string {
  const style = block.closing ? "Closing" : "Body";
  const heading = block.heading ? `${span(block.heading, "Bold")} ` : "";
  return `<text:p text:style-name="${style}">${heading}${span(block.text)}</text:p>`;
}

function runningHeader(model: SpecModel): string {
  const number = model.fields.find((field) => field.label === "Job Number:")?.value ?? "";
  return `${model.title} - Job Class Specification${number ? ` (${number})` : ""}`;
}

const FOOTER = `<style:footer><text:p text:style-name="Furniture">Page <text:page-number text:select-page="current">1</text:page-number> of <text:page-count>1</text:page-count></text:p></style:footer>`;

/** The model as a flat ODF document. `size` is the body font size in points. */
export function fodtOf(model: SpecModel, size = 10): string {
  const banner = model.banner
    .map((line) => `<text:p text:style-name="Banner">${escapeXml(line)}</text:p>`)
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
<style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss" style:font-pitch="variable"/>
</office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="${size}pt" fo:language="en" fo:country="US" fo:hyphenate="false"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph"/>
<style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:margin-top="0in" fo:margin-bottom="0.1in" fo:orphans="2" fo:widows="2"/></style:style>
<style:style style:name="Closing" style:family="paragraph" style:parent-style-name="Body"><style:text-properties fo:font-size="${size - 2}pt"/></style:style>
<style:style style:name="Banner" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="${size + 2}pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.15in" fo:margin-bottom="0.15in"/><style:text-properties fo:font-size="${size + 4}pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Label" style:family="paragraph"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Value" style:family="paragraph"/>
<style:style style:name="Furniture" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="8pt"/></style:style>
<style:style style:name="Bold" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
</office:styles>
<office:automatic-styles>
<style:style style:name="HeaderTable" style:family="table"><style:table-properties style:width="7in" fo:margin-bottom="0.15in" table:align="left"/></style:style>
<style:style style:name="LabelColumn" style:family="table-column"><style:table-column-properties style:column-width="2in"/></style:style>
<style:style style:name="ValueColumn" style:family="table-column"><style:table-column-properties style:column-width="5in"/></style:style>
<style:style style:name="FirstBanner" style:family="paragraph" style:parent-style-name="Banner" style:master-page-name="FirstPage"/>
<style:page-layout style:name="Letter"><style:page-layout-properties fo:page-width="8.5in" fo:page-height="11in" fo:margin-top="0.5in" fo:margin-bottom="0.5in" fo:margin-left="0.75in" fo:margin-right="0.75in"/>
<style:header-style><style:header-footer-properties fo:min-height="0in" fo:margin-bottom="0.3in"/></style:header-style>
<style:footer-style><style:header-footer-properties fo:min-height="0in" fo:margin-top="0.3in"/></style:footer-style>
</style:page-layout>
</office:automatic-styles>
<office:master-styles>
<style:master-page style:name="Standard" style:page-layout-name="Letter">
<style:header><text:p text:style-name="Furniture">${escapeXml(runningHeader(model))}</text:p></style:header>
${FOOTER}
</style:master-page>
<style:master-page style:name="FirstPage" style:page-layout-name="Letter" style:next-style-name="Standard">
${FOOTER}
</style:master-page>
</office:master-styles>
<office:body><office:text>
${banner.replace('text:style-name="Banner"', 'text:style-name="FirstBanner"')}
<text:p text:style-name="Title">${escapeXml(model.title)}</text:p>
${headerTable(model)}
${model.blocks.map(paragraph).join("\n")}
</office:text></office:body>
</office:document>
`;
}

/** Converts with `soffice --headless`; needs LibreOffice (Debian: libreoffice-writer-nogui). */
export function renderWithLibreOffice(model: SpecModel, size = 10): Uint8Array {
  const folder = mkdtempSync(join(tmpdir(), "classpec-fodt-"));
  try {
    const input = join(folder, "spec.fodt");
    writeFileSync(input, fodtOf(model, size));
    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=file://${folder}/profile`,
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        folder,
        input,
      ],
      { stdio: "ignore", timeout: 120_000 },
    );
    return new Uint8Array(readFileSync(join(folder, "spec.pdf")));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
