/**
 * pdfjs's own canvas in Node: @napi-rs/canvas, an optional dependency of
 * pdfjs-dist, which an install may lack (no prebuilt binary for the platform,
 * `--omit=optional`). Without it no page can be rendered, and a page that
 * needs rendering to judge what it shows is judged by the text state's stamps
 * alone (painted.ts), which the reader says in a `pdf-visibility-unrendered`
 * warning. In its own module so a test can stand in an install without it.
 */
import { createRequire } from "node:module";

export type CreateCanvas = (
  width: number,
  height: number,
) => {
  width: number;
  height: number;
  getContext(kind: "2d"): {
    getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray };
  };
};

let canvasModule: CreateCanvas | null | undefined;

/** The canvas factory pdfjs-dist would use, or null where it is not installed (looked up once). */
export function loadCanvas(): CreateCanvas | null {
  if (canvasModule !== undefined) return canvasModule;
  try {
    const pdfjsRequire = createRequire(createRequire(import.meta.url).resolve("pdfjs-dist"));
    canvasModule = (pdfjsRequire("@napi-rs/canvas") as { createCanvas: CreateCanvas }).createCanvas;
  } catch {
    canvasModule = null;
  }
  return canvasModule;
}

/** The warning for a page that needed rendering (`reason`: what could hide text) and got none. */
export function unrenderedMessage(page: number, reason: string): string {
  return `Unexpected page ${page} that needs rendering to judge which text shows (first cause: ${reason}), expected a renderer: @napi-rs/canvas (an optional dependency of pdfjs-dist) is not installed, so visibility was judged without rendering, by render mode, white fill, clip box and optional content alone; text covered, transparent or in the colour under it may have been read`;
}
