/**
 * A line each hunk of patches/pdfjs-dist+*.patch puts into pdfjs's worker:
 * the build checks every one is there (vendor-pdfjs.ts), the packed-package
 * smoke test that the shipped worker has the first.
 */
export const PATCHED_LINES = [
  // TextState.clone copies onto the class's prototype instead of chaining a prototype per `q`.
  "Object.assign(Object.create(Object.getPrototypeOf(this)), this)",
  // getTextContent stamps text a reader cannot see (render mode 3, white fill, clip; pdf-hidden-text).
  "classpecHidden: textChunk.classpecHidden",
  // ... and names the first operator that could hide text otherwise, so the reader renders the page (painted.ts).
  'classpecPaint("XObject");',
  // Caps on decoded stream bytes and operators per page (pdf-too-large-stream, pdf-too-many-operators).
  'throw new ClasspecLimitError("stream-bytes", max);',
  'throw new ClasspecLimitError("operators", classpecMaxOperators);',
  // ... and a font program over the stream cap fails the document instead of becoming an ErrorFont.
  "if (!this.options.ignoreErrors || ex instanceof ClasspecLimitError) {",
  // Flate streams inflated by one zlib call in Node instead of a DecompressionStream.
  'const classpecInflated = name === "deflate" ? classpecInflate(bytes) : undefined;',
];
