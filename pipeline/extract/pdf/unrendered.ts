/**
 * A page that needs rendering when there is no canvas to render it
 * (canvas.ts): its text is judged by the text state's stamps, which the
 * reader names in a `pdf-visibility-unrendered` warning. One rule still holds
 * without pixels: an OCR text layer (render mode 3) is read only where it lies
 * on an image the page paints (the images' boxes come from the operator list,
 * image-boxes.ts); a blank page's render-mode-3 text is hidden, not taken for
 * a scan's text. Whether the image has ink under the text needs the rendering.
 */
import type { HiddenItem } from "./hidden.js";
import type { Box } from "./image-boxes.js";
import type { PageItems } from "./items.js";
import { isLayerItem } from "./overlaid.js";
import type { PlacedItem } from "./placed.js";

/** Whether the middle of the item's glyph box lies on one of `images`. */
export function onImage(item: PlacedItem, images: readonly Box[]): boolean {
  const middleX = item.x + Math.max(0, item.width) / 2;
  const middleY = item.y - item.size / 3;
  return images.some(
    ([left, top, right, bottom]) =>
      middleX >= left && middleX <= right && middleY >= top && middleY <= bottom,
  );
}

/** The page's text with its OCR layer kept only over an image, judged without rendering. */
export function judgeUnrendered(read: PageItems, images: readonly Box[]): PageItems {
  if (!read.invisibleLayer) return read;
  const items: PlacedItem[] = [];
  const hidden: HiddenItem[] = [...read.hidden];
  for (const item of read.items) {
    if (isLayerItem(item) && !onImage(item, images)) hidden.push(item);
    else items.push(item);
  }
  const invisibleLayer = items.some(isLayerItem);
  return { ...read, items, hidden, invisibleLayer };
}
