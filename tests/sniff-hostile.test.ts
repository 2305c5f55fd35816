/** Format sniffing that crafted text cannot steer (pipeline/load). */
import { describe, expect, it } from "vitest";
import { DocFile } from "../pipeline/file.js";
import { load } from "../pipeline/load/index.js";
import { isPdf } from "../pipeline/load/sniff.js";

const bytes = (text: string) => new Uint8Array(Buffer.from(text, "utf8"));

describe("PDF only when %PDF- starts the file", () => {
  it.each([
    ["at the start", "%PDF-1.7\n", true],
    ["after whitespace", "\n\r\t %PDF-1.4\n", true],
    ["after a UTF-8 BOM", "\uFEFF%PDF-1.4\n", true],
    [
      "quoted inside a text's first KiB",
      "Notes on the export: the file began %PDF-1.4 and\n",
      false,
    ],
    ["after another line", "title\n%PDF-1.4\n", false],
  ])("%s: %s", (_name, text, pdf) => {
    expect(isPdf(bytes(text))).toBe(pdf);
  });

  it("a text mentioning %PDF- loads as text, not as a corrupt PDF", () => {
    const file = new DocFile("notes.txt");
    const source = load(bytes("Production Specialist\nThe scan said %PDF-1.4 on top.\n"), file);
    expect(source?.format).toBe("text");
  });
});

describe("<meta charset> only for HTML", () => {
  // "Привет" in UTF-8; read as windows-1251 it would be mojibake.
  const utf8 = "Привет";
  const meta = '<meta charset="windows-1251">';

  it("ignored in a .txt or .md file: UTF-8 stays UTF-8", () => {
    for (const path of ["spec.txt", "spec.md"]) {
      const source = load(bytes(`${meta}\nTitle ${utf8}\n`), new DocFile(path));
      expect(source?.text).toContain(utf8);
      expect(source?.encoding).not.toBe("windows-1251");
    }
  });

  it("honoured in HTML", () => {
    const cyrillic = Buffer.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]); // Привет in windows-1251
    const html = Buffer.concat([
      Buffer.from(`<html><head>${meta}</head><body><p>`),
      cyrillic,
      Buffer.from("</p></body></html>"),
    ]);
    const source = load(new Uint8Array(html), new DocFile("page.html"));
    expect(source?.text).toContain(utf8);
  });
});
