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
 * Text over text and text partly covered are judged in overlaid.ts: the
 * same run drawn twice is read once, a run that adds no ink against the page
 * without only itself is hidden, and a run is cut to the glyphs that show.
 *
 * An OCR text layer (render mode 3 only) is read only where a scanned image
 * under it has ink; elsewhere it stays hidden as render mode 3.
 */
import type { PDFDocumentProxy, PDFPageProxy } from "pdfjs-dist/types/src/display/api.js";
import { type CreateCanvas, loadCanvas } from "./canvas.js";
import { type ItemGlyphs, matchGlyphs } from "./glyph-advances.js";
import type { HiddenItem } from "./hidden.js";
import { type Box, imageBoxes, type Ops } from "./image-boxes.js";
import { inkAgainst, inkIn, pixelBox, type Raster } from "./ink-boxes.js";
import type { PageItems } from "./items.js";
import {
  isLayerItem,
  overlapCandidates,
  roundsOf,
  splitByGlyphs,
  withoutRedrawn,
} from "./overlaid.js";
import { type Overlaps, overlapsAmong, overlapsOf } from "./overlaps.js";
import type { PlacedItem } from "./placed.js";
import { judgeUnrendered, onImage } from "./unrendered.js";

/** Pixels per point of the test rendering: 72 dpi, enough for any text of 1 pt or more to leave ink. */
const RENDER_SCALE = 1;
/** Largest test rendering, in pixels (a page larger than A0 at 72 dpi is rendered smaller). */
const MAX_RENDER_PIXELS = 4 * 1024 * 1024;
/** A channel below this (0-255) under an OCR layer is the scan's ink, not blank paper. */
const SCAN_INK = 224;

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

/** Operators left out of a rendering: by index in the page's operator list of `length` operators. */
interface LeftOut {
  ops: (index: number, fn: number) => boolean;
  length?: number;
}

/** Renders `page` (of the render document), leaving out the operators `leftOut` names. */
async function rasterize(
  page: PDFPageProxy,
  pdfjs: PdfjsRender,
  createCanvas: CreateCanvas,
  leftOut?: LeftOut,
): Promise<Raster | undefined> {
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
  let lined = true;
  const task = page.render({
    canvas,
    canvasContext: context,
    viewport,
    annotationMode: pdfjs.AnnotationMode.ENABLE,
    operationsFilter:
      leftOut === undefined
        ? undefined
        : (index: number, list: { fnArray: number[] }) => {
            if (leftOut.length !== undefined && list.fnArray.length !== leftOut.length)
              lined = false;
            return !leftOut.ops(index, list.fnArray[index] ?? -1);
          },
  } as unknown as Parameters<PDFPageProxy["render"]>[0]);
  await task.promise;
  // Indices from another operator list than the one rendered name other operators: no answer.
  if (!lined) return undefined;
  const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
  return { width: canvas.width, height: canvas.height, scale, data };
}

/** Whether the text's rendering differs from the rendering without text inside the item's box. */
export function addsInk(item: PlacedItem, withText: Raster, without: Raster): boolean {
  return inkIn(item, withText, without);
}

/** Whether a scanned image under the item has ink inside its box (an OCR layer's text over its scan). */
function overScan(item: PlacedItem, images: readonly Box[], without: Raster): boolean {
  if (!onImage(item, images)) return false;
  const [left, top, right, bottom] = pixelBox(item, without);
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

/**
 * Whether each run that overlaps another adds ink against the page without
 * only itself (false: it is under other text, or in the colour under it), at
 * a pixel that also differs from the page without any text (`paper`): a
 * white run drawn over other text only erases it to the paper, and shows nothing.
 */
async function ownInk(
  overlaps: Overlaps,
  glyphs: ReadonlyMap<PlacedItem, ItemGlyphs> | undefined,
  withText: Raster,
  paper: Raster,
  render: (leftOut: LeftOut) => Promise<Raster | undefined>,
): Promise<{ own: Map<PlacedItem, boolean>; stacked: Set<PlacedItem> }> {
  const own = new Map<PlacedItem, boolean>();
  if (glyphs === undefined || overlaps === "stacked" || overlaps.size === 0)
    return { own, stacked: new Set() };
  const { rounds, stacked } = roundsOf(overlaps, glyphs);
  for (const round of rounds) {
    const ops = new Set(round.flatMap((item) => glyphs.get(item)?.ops ?? []));
    const without = await render({ ops: (index) => ops.has(index) });
    if (!without) return { own: new Map(), stacked: new Set() };
    for (const item of round) own.set(item, inkAgainst(item, withText, without, paper));
  }
  return { own, stacked };
}

/**
 * Judges one page's text by what is painted. `page` is the page of the
 * document being read (its operator list decides whether to render);
 * `renderPage` opens the same page in the render document.
 */
export async function judgePainted(
  given: PageItems,
  page: PDFPageProxy,
  pdfjs: PdfjsRender,
  renderPage: () => Promise<PDFPageProxy>,
): Promise<PaintedPage> {
  if (given.items.length === 0) return { read: given };
  // The same run drawn twice in the same place is read once, on every page (overlaid.ts).
  const overlaps = overlapsOf(overlapCandidates(given));
  const read = withoutRedrawn(given, overlaps);
  // classpec's patch names what could hide text while pdfjs reads the text: nothing, and the page is plain.
  if (read.paint === undefined) return { read };
  const createCanvas = loadCanvas();
  const unit = page.getViewport({ scale: 1 });
  const list = await page.getOperatorList();
  const images = imageBoxes(list, pdfjs.OPS, unit.transform);
  if (!createCanvas) return { read: judgeUnrendered(read, images), unrendered: read.paint };
  const glyphs = matchGlyphs([...read.items, ...read.hidden], list, pdfjs.OPS.showText ?? -1);
  const shown = await renderPage();
  const text = new Set(TEXT_OPS.map((name) => pdfjs.OPS[name]));
  const render = (leftOut?: LeftOut) =>
    rasterize(shown, pdfjs, createCanvas, leftOut && { ...leftOut, length: list.fnArray.length });
  const withText = await render();
  const without = await rasterize(shown, pdfjs, createCanvas, {
    ops: (_index, fn) => text.has(fn),
  });
  const { own, stacked } =
    withText && without
      ? await ownInk(
          read === given ? overlaps : overlapsAmong(overlaps, overlapCandidates(read)),
          glyphs,
          withText,
          without,
          render,
        )
      : { own: new Map<PlacedItem, boolean>(), stacked: new Set<PlacedItem>() };
  shown.cleanup();
  if (!withText || !without) return { read, rendered: read.paint };
  const items: PlacedItem[] = [];
  const hidden: HiddenItem[] = [];
  const shows = (item: PlacedItem) =>
    addsInk(item, withText, without) && own.get(item) !== false && !stacked.has(item);
  const hide = (item: PlacedItem) =>
    hidden.push({ ...item, reason: stacked.has(item) ? "stacked" : "no-ink" });
  for (const item of read.hidden) {
    // White text shows on a dark box or image: the rendering, not the fill colour, decides.
    if (item.reason === "white-fill" && shows(item)) {
      const { reason: _white, ...shownItem } = item;
      items.push(shownItem);
    } else hidden.push(item);
  }
  for (const item of read.items) {
    if (isLayerItem(item)) {
      // An OCR layer's text is invisible by design: it is read where it lies over the scan's ink.
      if (overScan(item, images, without)) items.push(item);
      else hidden.push(item);
      continue;
    }
    if (item.text.trim() === "") {
      items.push(item);
      continue;
    }
    if (!shows(item)) {
      hide(item);
      continue;
    }
    // A run partly under a bar or an image: only the glyphs that show are read.
    const matched = glyphs?.get(item);
    const parts = matched && splitByGlyphs(item, matched, withText, without);
    if (!parts) {
      items.push(item);
      continue;
    }
    items.push(...parts.shown);
    for (const piece of parts.hidden) hidden.push({ ...piece, reason: "no-ink" });
  }
  const invisibleLayer = read.invisibleLayer && items.some(isLayerItem);
  return { read: { ...read, items, hidden, invisibleLayer }, rendered: read.paint };
}

/** The render document: the same bytes opened with pdfjs's standard font data, so glyphs have outlines. */
export type RenderDocument = () => Promise<PDFDocumentProxy>;
