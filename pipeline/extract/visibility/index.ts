/**
 * Hidden markup is not spec text (README "Hidden text in HTML and markdown"):
 * what a browser would not display (hidden.ts) is kept out of the lines and
 * the tree and reported in a `markup-hidden-text` warning that quotes it and
 * says why, as `pdf-hidden-text` does for a PDF. HTML loses the hidden nodes
 * from its hast before it becomes mdast; markdown has its hidden raw-HTML
 * regions blanked (markdown.ts), every other line staying where it was.
 */
import type { Element, Root, Text } from "hast";
import type { DocFile } from "../../file.js";
import { findHidden, type HiddenPiece, MARKUP_REASONS, type MarkupHiddenReason } from "./hidden.js";

const SOURCE = "extract";
/** Longest hidden text quoted in one warning (the rest is counted). */
const MAX_QUOTED_CHARS = 500;

export interface HiddenRun {
  reason: MarkupHiddenReason;
  text: string;
  startLine: number;
  endLine: number;
}

/** A piece's text as a reader of the source would find it, whitespace collapsed. */
export function pieceText(node: Element | Text): string {
  const parts: string[] = [];
  const collect = (current: Element | Text): void => {
    if (current.type === "text") parts.push(current.value);
    else if (current.tagName !== "script" && current.tagName !== "style")
      for (const child of current.children)
        if (child.type === "text" || child.type === "element") collect(child);
  };
  collect(node);
  return parts.join(" ").replace(/\s+/g, " ").trim();
}

/** Pieces of one group joined into the run a warning names; runs with no text are dropped. */
export function hiddenRuns(
  pieces: readonly HiddenPiece[],
  linesOf: (piece: HiddenPiece) => { startLine: number; endLine: number },
): HiddenRun[] {
  const runs: HiddenRun[] = [];
  let group = -1;
  for (const piece of pieces) {
    const text = pieceText(piece.node);
    if (text === "") continue;
    const { startLine, endLine } = linesOf(piece);
    const last = runs[runs.length - 1];
    if (last && piece.group === group) {
      last.text = `${last.text} ${text}`;
      last.endLine = Math.max(last.endLine, endLine);
    } else runs.push({ reason: piece.reason, text, startLine, endLine });
    group = piece.group;
  }
  return runs;
}

export function warnHidden(runs: readonly HiddenRun[], file: DocFile): void {
  for (const { reason, text, startLine, endLine } of runs) {
    const lines = startLine === endLine ? `line ${startLine}` : `lines ${startLine}-${endLine}`;
    const quoted = text.length > MAX_QUOTED_CHARS ? `${text.slice(0, MAX_QUOTED_CHARS)}...` : text;
    file.warn(
      "markup-hidden-text",
      `Unexpected text on ${lines} that a browser does not display (${MARKUP_REASONS[reason]}), expected visible text; not read: "${quoted}"`,
      { place: { startLine, endLine }, source: SOURCE },
    );
  }
}

export function warnUnsupported(selectors: readonly string[], file: DocFile): void {
  for (const selector of selectors) {
    file.warn(
      "markup-style-unsupported",
      `Unexpected CSS selector '${selector.slice(0, 80)}' in a <style> rule that can hide text, expected type, class and id selectors; the rule is not applied, so the text it selects is read`,
      { source: SOURCE },
    );
  }
}

function lineOf(node: Element | Text): { startLine: number; endLine: number } {
  const startLine = node.position?.start.line ?? 1;
  return { startLine, endLine: node.position?.end.line ?? startLine };
}

/** Takes what a browser would not display out of an HTML document's hast, after warning about it. */
export function hideHtml(hast: Root, file: DocFile): void {
  const visibility = findHidden(hast);
  warnUnsupported(visibility.unsupported, file);
  warnHidden(
    hiddenRuns(visibility.hidden, (piece) => lineOf(piece.node)),
    file,
  );
  const byParent = new Map<Element | Root, Set<Element | Text>>();
  for (const { node, parent } of visibility.hidden) {
    const set = byParent.get(parent) ?? new Set();
    set.add(node);
    byParent.set(parent, set);
  }
  for (const [parent, nodes] of byParent) {
    (parent as Root).children = parent.children.filter(
      (child) => !nodes.has(child as Element | Text),
    );
  }
}
