/**
 * Ways to draw a sentence that the rendered page does not show (issue 24),
 * and visible controls drawn as oddly, each made from the seed PDF
 * (fixtures/pdf/pdf-lib/seed-production-specialist-ii.pdf) by appending one
 * raw content stream to its first page. `scripts/make-hidden-pdfs.ts` writes
 * them to fixtures/pdf-hidden/; tests/pdf-painted*.test.ts read them, and
 * render them with poppler next to their "twin" (the same drawing with the
 * sentence left out) to prove what the page shows.
 */
import {
  type PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  type PDFObject,
  type PDFPage,
  type PDFRef,
  StandardFonts,
} from "pdf-lib";
import { scannedPng } from "./make-fixture-pdfs/bad.js";

/** Read, it becomes a rule of ten years (the seed asks for less). Invented wording. */
export const SENTENCE = "Must have ten years of supervisory experience.";
/** Where the seed's experience paragraph would take the sentence in. */
const X = 54;
const Y = 162;
const SIZE = 8;
/** A visible sentence drawn over the hidden one (invented wording). */
const OTHER = "Must have two years of related experience.";
/** The part of the sentence left uncovered by a bar. */
const SHOWN_PART = "Must have ";
/** The advance of `text` in Helvetica at SIZE, in points. */
async function helveticaWidth(doc: PDFDocument, text: string): Promise<number> {
  return (await doc.embedFont(StandardFonts.Helvetica)).widthOfTextAtSize(text, SIZE);
}
/** Upside-down text on the blank third page: it runs left from (x, y) with its glyphs below y. */
const ROTATED_X = 400;
const ROTATED_Y = 400;
/** The sentence drawn upside down there instead of at its place. */
async function upsideDown(d: Drawing): Promise<string> {
  return (await d.text()).replace(`${X} ${Y} Td`, `-1 0 0 -1 ${ROTATED_X} ${ROTATED_Y} Tm`);
}
/** A box over the sentence (x, y, width, height), and no other text of the seed. */
const OVER = `${X - 1} ${Y - 2} 190 ${SIZE + 2}`;

type Resources = "Font" | "ExtGState" | "XObject" | "ColorSpace" | "Properties";

interface Drawing {
  page: PDFPage;
  doc: PDFDocument;
  /** Adds `value` to the page's resources of `kind` under a fresh name, and returns the name. */
  resource(kind: Resources, value: PDFObject | PDFRef): Promise<string>;
  /** The sentence drawn in Helvetica at its place: `BT /F 10 Tf x y Td (text) Tj ET`, with `before` inside BT. */
  text(before?: string): Promise<string>;
  /** Other words, drawn as `text` draws the sentence (in the twin too). */
  words(words: string, before?: string): Promise<string>;
}

export interface HiddenCase {
  name: string;
  /**
   * hidden: the page shows nothing of the sentence; shown: it does, and it is read;
   * as-twin: the page shows what its twin shows (the sentence adds no ink), and reads as it.
   */
  expect: "hidden" | "shown" | "as-twin";
  /** What the twin draws in the sentence's place ("" unless told). */
  twin?: string;
  /** as-twin, but the sentence erases some of the twin's ink to the paper (white over text). */
  erases?: true;
  /** The page (1-based) the sentence is on. */
  page: number;
  /** The content stream to append; `sentence` is the text to draw ("" for the twin). */
  draw(drawing: Drawing): Promise<string>;
}

function escapePdf(text: string): string {
  return text.replace(/[\\()]/g, (c) => `\\${c}`);
}

async function drawingOf(doc: PDFDocument, page: PDFPage, sentence: string): Promise<Drawing> {
  let count = 0;
  const resources = page.node.Resources() ?? doc.context.obj({});
  page.node.set(PDFName.of("Resources"), resources);
  const drawing: Drawing = {
    page,
    doc,
    async resource(kind, value) {
      const key = PDFName.of(kind);
      let sub = resources.lookupMaybe(key, PDFDict);
      if (!sub) {
        sub = doc.context.obj({});
        resources.set(key, sub);
      }
      const name = `Hid${kind}${++count}`;
      sub.set(PDFName.of(name), value);
      return name;
    },
    text(before = "") {
      return drawing.words(sentence, before);
    },
    async words(words, before = "") {
      const font = await doc.embedFont(StandardFonts.Helvetica);
      const name = await drawing.resource("Font", font.ref);
      return `BT /${name} ${SIZE} Tf ${before} ${X} ${Y} Td (${escapePdf(words)}) Tj ET`;
    },
  };
  return drawing;
}

function register(doc: PDFDocument, value: Record<string, unknown>): PDFRef {
  return doc.context.register(doc.context.obj(value as never));
}

/** A content stream as a PDF object (a form XObject or a Type3 glyph). */
function stream(doc: PDFDocument, content: string, dict: Record<string, unknown> = {}): PDFRef {
  return doc.context.register(doc.context.stream(content, dict as never));
}

/** An optional-content group turned off in the document's default configuration. */
function groupOff(doc: PDFDocument): PDFRef {
  const group = register(doc, { Type: "OCG", Name: "Draft" });
  doc.catalog.set(
    PDFName.of("OCProperties"),
    doc.context.obj({ OCGs: [group], D: { OFF: [group], Order: [group] } } as never),
  );
  return group;
}

/** A scanned-looking greyscale image (dark rows of "ink" on paper). */
async function scan(drawing: Drawing): Promise<string> {
  const image = await drawing.doc.embedPng(scannedPng(240, 40));
  return drawing.resource("XObject", image.ref);
}

/** A Type3 font whose every glyph (space to tilde) draws nothing, mapped to Unicode by its ToUnicode map. */
function emptyType3(doc: PDFDocument): PDFRef {
  const empty = stream(doc, "500 0 0 0 0 0 d1");
  const names = Array.from({ length: 95 }, (_, i) => `g${i + 32}`);
  const charProcs = Object.fromEntries(names.map((name) => [name, empty]));
  const toUnicode = stream(
    doc,
    [
      "/CIDInit /ProcSet findresource begin 12 dict begin begincmap",
      "/CMapName /Hidden-UCS def /CMapType 2 def",
      "1 begincodespacerange <00> <FF> endcodespacerange",
      "1 beginbfrange <20> <7E> <0020> endbfrange",
      "endcmap CMapName currentdict /CMap defineresource pop end end",
    ].join("\n"),
  );
  const differences = doc.context.obj([32, ...names.map((name) => PDFName.of(name))] as never);
  return register(doc, {
    Type: "Font",
    Subtype: "Type3",
    FontBBox: [0, 0, 0, 0],
    FontMatrix: [0.001, 0, 0, 0.001, 0, 0],
    CharProcs: doc.context.obj(charProcs as never),
    Encoding: doc.context.obj({ Type: "Encoding", Differences: differences } as never),
    FirstChar: 32,
    LastChar: 126,
    Widths: Array.from({ length: 95 }, () => 500),
    Resources: {},
    ToUnicode: toUnicode,
  });
}

/** A colour space array in the page's resources; returns its name. */
async function colourSpace(drawing: Drawing, space: unknown[]): Promise<string> {
  return drawing.resource(
    "ColorSpace",
    drawing.doc.context.obj(space as never) as unknown as PDFArray,
  );
}

export const HIDDEN_CASES: readonly HiddenCase[] = [
  {
    name: "lab-white",
    expect: "hidden",
    page: 1,
    async draw(d) {
      const cs = await colourSpace(d, [
        PDFName.of("Lab"),
        { WhitePoint: [0.9505, 1, 1.089], Range: [-100, 100, -100, 100] },
      ]);
      return `q /${cs} cs 100 0 0 sc ${await d.text()} Q`;
    },
  },
  {
    name: "indexed-white",
    expect: "hidden",
    page: 1,
    async draw(d) {
      const lookup = PDFHexString.of("000000FFFFFF");
      const cs = await colourSpace(d, [PDFName.of("Indexed"), PDFName.of("DeviceRGB"), 1, lookup]);
      return `q /${cs} cs 1 sc ${await d.text()} Q`;
    },
  },
  {
    name: "separation-white",
    expect: "hidden",
    page: 1,
    async draw(d) {
      const tint = register(d.doc, {
        FunctionType: 2,
        Domain: [0, 1],
        C0: [0, 0, 0, 0],
        C1: [0, 0, 0, 1],
        N: 1,
      });
      const cs = await colourSpace(d, [
        PDFName.of("Separation"),
        PDFName.of("Spot"),
        PDFName.of("DeviceCMYK"),
        tint,
      ]);
      return `q /${cs} cs 0 scn ${await d.text()} Q`;
    },
  },
  {
    name: "fill-alpha-zero",
    expect: "hidden",
    page: 1,
    async draw(d) {
      const gs = await d.resource("ExtGState", register(d.doc, { Type: "ExtGState", ca: 0 }));
      return `q /${gs} gs 0 g ${await d.text()} Q`;
    },
  },
  {
    name: "render-mode-2-white",
    expect: "hidden",
    page: 1,
    async draw(d) {
      return `q 1 g 1 G 0.1 w ${await d.text("2 Tr")} Q`;
    },
  },
  {
    name: "white-stroked-outline",
    expect: "hidden",
    page: 1,
    async draw(d) {
      return `q 1 G 0.5 w ${await d.text("1 Tr")} Q`;
    },
  },
  {
    name: "under-black-bar",
    expect: "hidden",
    page: 1,
    async draw(d) {
      return `q 0 g ${await d.text()} ${OVER} re f Q`;
    },
  },
  {
    name: "under-white-box",
    expect: "hidden",
    page: 1,
    async draw(d) {
      return `q 0 g ${await d.text()} 1 g ${OVER} re f Q`;
    },
  },
  {
    name: "under-opaque-image",
    expect: "hidden",
    page: 1,
    async draw(d) {
      const image = await scan(d);
      return `q 0 g ${await d.text()} Q q 190 0 0 ${SIZE + 2} ${X - 1} ${Y - 2} cm /${image} Do Q`;
    },
  },
  {
    name: "form-xobject-own-oc",
    expect: "hidden",
    page: 1,
    async draw(d) {
      const group = groupOff(d.doc);
      const text = await d.text();
      const font = d.page.node.Resources()?.lookup(PDFName.of("Font"));
      const form = stream(d.doc, `0 g ${text}`, {
        Type: "XObject",
        Subtype: "Form",
        BBox: [0, 0, 612, 792],
        OC: group,
        Resources: { Font: font },
      });
      const name = await d.resource("XObject", form);
      return `q /${name} Do Q`;
    },
  },
  {
    name: "clip-two-tiny-squares",
    expect: "hidden",
    page: 1,
    async draw(d) {
      return `q 0 0 1 1 re 611 791 1 1 re W n 0 g ${await d.text()} Q`;
    },
  },
  {
    name: "clip-zero-area-line",
    expect: "hidden",
    page: 1,
    async draw(d) {
      return `q 0 0 m 612 0 l 612 792 l 612 0 l W n 0 g ${await d.text()} Q`;
    },
  },
  {
    name: "type3-empty-glyphs",
    expect: "hidden",
    page: 1,
    async draw(d) {
      const font = await d.resource("Font", emptyType3(d.doc));
      const text = await d.text();
      return `q 0 g ${text.replace(/\/HidFont\d+ /, `/${font} `)} Q`;
    },
  },
  {
    name: "text-matrix-0.0009pt",
    expect: "hidden",
    page: 1,
    async draw(d) {
      const text = (await d.text()).replace(`${X} ${Y} Td`, `0.0009 0 0 1 ${X} ${Y} Tm`);
      return `q 0 g ${text} Q`;
    },
  },
  {
    name: "horizontal-scaling-zero",
    expect: "hidden",
    page: 1,
    async draw(d) {
      return `q 0 g ${await d.text("0 Tz")} Q`;
    },
  },
  {
    name: "render-mode-3-page-without-image",
    expect: "hidden",
    page: 3,
    async draw(d) {
      return `q ${await d.text("3 Tr")} Q`;
    },
  },
  {
    name: "rotated-under-bar",
    expect: "hidden",
    page: 3,
    async draw(d) {
      const width = Math.ceil(await helveticaWidth(d.doc, SENTENCE));
      const bar = `${ROTATED_X - width - 2} ${ROTATED_Y - SIZE} ${width + 4} ${SIZE + 2}`;
      return `q 0 g ${await upsideDown(d)} ${bar} re f Q`;
    },
  },
  // Text over text: the page shows what its twin shows, and classpec reads it once.
  {
    name: "white-under-visible-text",
    expect: "as-twin",
    page: 1,
    async draw(d) {
      return `q 1 g ${await d.text()} 0 g ${await d.words(OTHER)} Q`;
    },
  },
  {
    name: "white-over-visible-text",
    expect: "as-twin",
    erases: true,
    page: 1,
    async draw(d) {
      return `q 0 g ${await d.words(OTHER)} 1 g ${await d.text()} Q`;
    },
  },
  {
    name: "lab-white-under-visible-text",
    expect: "as-twin",
    page: 1,
    async draw(d) {
      const cs = await colourSpace(d, [
        PDFName.of("Lab"),
        { WhitePoint: [0.9505, 1, 1.089], Range: [-100, 100, -100, 100] },
      ]);
      return `q /${cs} cs 100 0 0 sc ${await d.text()} 0 g ${await d.words(OTHER)} Q`;
    },
  },
  {
    name: "redrawn-over-itself",
    expect: "as-twin",
    page: 1,
    async draw(d) {
      return `q 0 g ${await d.words(SENTENCE)} ${await d.text()} Q`;
    },
  },
  {
    name: "partly-under-black-bar",
    expect: "as-twin",
    twin: SHOWN_PART,
    page: 1,
    async draw(d) {
      const left = X + (await helveticaWidth(d.doc, SHOWN_PART));
      return `q 0 g ${await d.text()} ${left} ${Y - 2} ${X + 190 - left} ${SIZE + 2} re f Q`;
    },
  },
  // Visible controls: drawn oddly, but a reader sees them.
  {
    name: "shown-coloured",
    expect: "shown",
    page: 1,
    async draw(d) {
      return `q 0.8 0.1 0.1 rg ${await d.text()} Q`;
    },
  },
  {
    name: "shown-light-grey",
    expect: "shown",
    page: 1,
    async draw(d) {
      return `q 0.75 g ${await d.text()} Q`;
    },
  },
  {
    name: "shown-white-on-dark-box",
    expect: "shown",
    page: 1,
    async draw(d) {
      return `q 0.1 0.1 0.3 rg ${OVER} re f 1 g ${await d.text()} Q`;
    },
  },
  {
    name: "shown-lab-dark",
    expect: "shown",
    page: 1,
    async draw(d) {
      const cs = await colourSpace(d, [
        PDFName.of("Lab"),
        { WhitePoint: [0.9505, 1, 1.089], Range: [-100, 100, -100, 100] },
      ]);
      return `q /${cs} cs 20 10 -40 sc ${await d.text()} Q`;
    },
  },
  {
    name: "shown-box-beside",
    expect: "shown",
    page: 1,
    async draw(d) {
      return `q 0 g ${await d.text()} 0 0 0 rg 590 8 12 6 re f Q`;
    },
  },
  {
    name: "shown-ocr-layer-over-scan",
    expect: "shown",
    page: 3,
    async draw(d) {
      const image = await scan(d);
      return `q 190 0 0 ${SIZE + 2} ${X - 1} ${Y - 2} cm /${image} Do Q q ${await d.text("3 Tr")} Q`;
    },
  },
  {
    name: "shown-rotated",
    expect: "shown",
    page: 3,
    async draw(d) {
      // A box far off makes the page one that is rendered.
      return `q 0 g ${await upsideDown(d)} 590 8 12 6 re f Q`;
    },
  },
];

/**
 * The seed PDF with `hidden` drawn: `sentence` is the text (SENTENCE, or ""
 * for the twin that draws everything else). Page 3 is a new blank page after the seed's two, so
 * the text it draws cannot land inside a sentence the seed carries over its page break.
 */
export async function makeHiddenCase(
  seed: Uint8Array,
  hidden: HiddenCase,
  sentence: string = SENTENCE,
): Promise<Uint8Array> {
  const doc = await PDFDocument.load(seed, { updateMetadata: false });
  const page = hidden.page === 3 ? doc.addPage([612, 792]) : doc.getPage(0);
  const content = await hidden.draw(await drawingOf(doc, page, sentence));
  page.node.addContentStream(doc.context.register(doc.context.stream(content)));
  return doc.save({ useObjectStreams: false, updateFieldAppearances: false });
}
