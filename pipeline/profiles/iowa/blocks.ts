/**
 * The blocks the Iowa parser reads: the document flattened by
 * `extract/flatten` (the same for every format), then the shapes Word gives
 * lists made into list items (`block-shapes`).
 */
import type { Root } from "mdast";
import { flattenTree } from "../../extract/flatten.js";
import { collapseWhitespace } from "../../shared/text.js";
import { type Block, normalizeBlocks } from "./block-shapes.js";

export type { Block } from "./block-shapes.js";

/** The shared whitespace collapse, under the name the Iowa readers use. */
export const collapse = collapseWhitespace;

/** `source`: the lines of the text the tree was parsed from, where list items' printed numbers are read. */
export function blocksOf(tree: Root, source: readonly string[] = []): Block[] {
  return normalizeBlocks(flattenTree(tree, source));
}
