/**
 * Visibility decided by what is painted (README "Reading PDFs"). The patched
 * text content stamps what the text state tells (render mode, white fill,
 * clip box, optional content: hidden.ts), but a page can hide text in many
 * more ways: a fill in a Lab, Indexed or Separation space that renders white,
 * fill alpha 0, a white stroke, a bar, image or white box painted over it, a
 * clip whose box covers the page but whose path does not, a form XObject's
 * own /OC, Type3 glyphs that draw nothing, a degenerate text matrix, `0 Tz`.
 * Rather than model each, the page is rendered by pdfjs itself at low
 * resolution twice, with and without its text, and a text item that adds no
 * ink inside its box is hidden ("no-ink"). Shown text always adds ink, however
 * light or coloured, and on whatever is under it.
 *
 * Rendering costs, so only a page that could hide text is rendered: while
 * pdfjs reads the text, classpec's patch names the first operator that could
 * (a path painted, an image or form XObject, a shading, alpha or a blend mode
 * in an ExtGState, a fill that is not dark in a device space, a colour space
 * that is not one, a render mode other than 0, a clip that is not one
 * rectangle, a Type3 font, glyphs scaled out of shape or `Tz` other than 100)
 * as the page's `paint`. A page with none (every fixture page of a real
 * producer) costs nothing more; the others get their operator list (for the
 * images' boxes, image-boxes.ts) and two renderings.
 *
 * An OCR text layer (render mode 3 only) is read only where a scanned image
 * under it has ink; elsewhere it stays hidden as render mode 3.
 */
import type { PDFDocumentProxy, PDFPageProxy } from "pdfjs-dist/types/src/display/api.js";
import { type CreateCanvas, loadCanvas } from "./canvas.js";
import type { HiddenItem } from "./hidden.js";
import { type Box, imageBoxes, type Ops } from "./image-boxes.js";
import type { PageItems } from "./items.js";
import type { PlacedItem } from "./placed.js";
import { judgeUnrendered } from "./unrendered.js";

/** Pixels per point of the test rendering: 72 dpi, enough for any text of 1 pt or more to leave ink. */
const RENDER_SCALE = 1;
/** Largest test rendering, in pixels (a page larger than A0 at 72 dpi is rendered smaller). */
const MAX_RENDER_PIXELS = 4 * 1024 * 1024;
/** A channel difference (0-255) that counts as ink: about 3%, fainter than any text a reader sees. */
const INK_DIFFERENCE = 8;
/** A channel below this (0-255) under an OCR layer is the scan's ink, not blank paper. */
const SCAN_INK = 224;

/** A text item's glyph box around its baseline, as fractions of its size. */
const ASCENT = 0.7;
const DESCENT = 0.05;

/** What the renderer needs from pdfjs. */
export interface PdfjsRender {
  OPS: Ops;
  AnnotationMode: { ENABLE: number };
}

/** How the page judges its text: rendered or not, and why not plain. */
export interface PaintedPage {
  read: PageItems;
  /** The operator list made the page not plain (the first reason); undefined when plain. */
  rendered?: string | undefined;
  /**
   * The page needed rendering for that reason but there is no canvas to render it (canvas.ts):
   * its text was judged by the stamps alone.
   */
  unrendered?: string | undefined;
}

const TEXT_OPS = ["showText", "showSpacedText", "nextLineShowText", "nextLineSetSpacingShowText"];

interface Raster {
  width: number;
  height: number;
  scale: number;
  data: Uint8ClampedArray;
}

/** Renders `page` (of the render document), with or without its text-showing operators. */
async function rasterize(
  page: PDFPageProxy,
  pdfjs: PdfjsRender,
  withText: boolean,
  createCanvas: CreateCanvas,
): Promise<Raster> {
  const unit = page.getViewport({ scale: 1 });
  const scale = Math.min(
    RENDER_SCALE,
    Math.sqrt(MAX_RENDER_PIXELS / Math.max(1, unit.width * unit.height)),
  );
  const viewport = page.getViewport({ scale });
  const canvas = createCanvas(
    Math.max(1, Math.ceil(viewport.width)),
    Math.max(1, Math.ceil(viewport.height)),
  );
  const context = canvas.getContext("2d");
  const text = new Set(TEXT_OPS.map((name) => pdfjs.OPS[name]));
  const task = page.render({
    canvas,
    canvasContext: context,
    viewport,
    annotationMode: pdfjs.AnnotationMode.ENABLE,
    operationsFilter: withText
      ? undefined
      : (index: number, list: { fnArray: number[] }) => !text.has(list.fnArray[index]),
  } as unknown as Parameters<PDFPageProxy["render"]>[0]);
  await task.promise;
  const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
  return { width: canvas.width, height: canvas.height, scale, data };
}

/** The pixel rectangle of an item's glyph box, clamped to the raster. */
function pixelsOf(item: PlacedItem, raster: Raster): [number, number, number, number] {
  const { scale } = raster;
  const left = Math.max(0, Math.floor(item.x * scale));
  const right = Math.min(raster.width, Math.ceil((item.x + Math.max(0, item.width)) * scale) + 1);
  const top = Math.max(0, Math.floor((item.y - ASCENT * item.size) * scale));
  const bottom = Math.min(raster.height, Math.ceil((item.y + DESCENT * item.size) * scale) + 1);
  return [left, top, right, bottom];
}

/** Whether the text's rendering differs from the rendering without text inside the item's box. */
export function addsInk(item: PlacedItem, withText: Raster, without: Raster): boolean {
  const [left, top, right, bottom] = pixelsOf(item, withText);
  for (let y = top; y < bottom; y++) {
    for (let x = left; x < right; x++) {
      const at = (y * withText.width + x) * 4;
      for (let channel = 0; channel < 3; channel++) {
        const a = withText.data[at + channel] ?? 0;
        const b = without.data[at + channel] ?? 0;
        if (Math.abs(a - b) >= INK_DIFFERENCE) return true;
      }
    }
  }
  return false;
}

/** Whether a scanned image under the item has ink inside its box (an OCR layer's text over its scan). */
function overScan(item: PlacedItem, images: readonly Box[], without: Raster): boolean {
  const middleX = item.x + Math.max(0, item.width) / 2;
  const middleY = item.y - item.size / 3;
  const onImage = images.some(
    ([left, top, right, bottom]) =>
      middleX >= left && middleX <= right && middleY >= top && middleY <= bottom,
  );
  if (!onImage) return false;
  const [left, top, right, bottom] = pixelsOf(item, without);
  for (let y = top; y < bottom; y++) {
    for (let x = left; x < right; x++) {
      const at = (y * without.width + x) * 4;
      if (
        Math.min(
          without.data[at] ?? 255,
          without.data[at + 1] ?? 255,
          without.data[at + 2] ?? 255,
        ) < SCAN_INK
      )
        return true;
    }
  }
  return false;
}

function isLayerItem(item: PlacedItem): item is HiddenItem {
  return "reason" in item;
}

/**
 * Judges one page's text by what is painted. `page` is the page of the
 * document being read (its operator list decides whether to render);
 * `renderPage` opens the same page in the render document.
 */
export async function judgePainted(
  read: PageItems,
  page: PDFPageProxy,
  pdfjs: PdfjsRender,
  renderPage: () => Promise<PDFPageProxy>,
): Promise<PaintedPage> {
  // classpec's patch names what could hide text while pdfjs reads the text: nothing, and the page is plain.
  if (read.items.length === 0 || read.paint === undefined) return { read };
  const createCanvas = loadCanvas();
  const unit = page.getViewport({ scale: 1 });
  const images = imageBoxes(await page.getOperatorList(), pdfjs.OPS, unit.transform);
  if (!createCanvas) return { read: judgeUnrendered(read, images), unrendered: read.paint };
  const shown = await renderPage();
  const withText = await rasterize(shown, pdfjs, true, createCanvas);
  const without = await rasterize(shown, pdfjs, false, createCanvas);
  shown.cleanup();
  const items: PlacedItem[] = [];
  const hidden: HiddenItem[] = [];
  for (const item of read.hidden) {
    // White text shows on a dark box or image: the rendering, not the fill colour, decides.
    if (item.reason === "white-fill" && addsInk(item, withText, without)) {
      const { reason: _white, ...shownItem } = item;
      items.push(shownItem);
    } else hidden.push(item);
  }
  for (const item of read.items) {
    if (isLayerItem(item)) {
      // An OCR layer's text is invisible by design: it is read where it lies over the scan's ink.
      if (overScan(item, images, without)) items.push(item);
      else hidden.push(item);
    } else if (item.text.trim() === "" || addsInk(item, withText, without)) items.push(item);
    else hidden.push({ ...item, reason: "no-ink" });
  }
  const invisibleLayer = read.invisibleLayer && items.some(isLayerItem);
  return { read: { ...read, items, hidden, invisibleLayer }, rendered: read.paint };
}

/** The render document: the same bytes opened with pdfjs's standard font data, so glyphs have outlines. */
export type RenderDocument = () => Promise<PDFDocumentProxy>;
