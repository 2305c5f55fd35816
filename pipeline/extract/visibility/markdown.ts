/**
 * Hidden raw HTML in markdown (`<div hidden>`, `<span style="display:none">`,
 * a `<style>` block's class). A browser sees the page markdown renders: the
 * raw HTML as written, each paragraph, heading and table cell in an element
 * of its own. That page is rebuilt as a "shadow" of the source (raw HTML
 * kept, markdown text with its `<` neutralised, `<p>`/`</p>` around every
 * leaf block so an element left open closes where a browser closes it), read
 * by an HTML parser, and its hidden pieces (hidden.ts) mapped back to source
 * offsets, where they are blanked (line breaks kept, so every other line
 * stays where it was). A markdown file without raw HTML that can hide
 * anything is returned untouched, with no HTML parse.
 */
import type { Root as HastRoot } from "hast";
import type { Nodes, Root } from "mdast";
import rehypeParse from "rehype-parse";
import { unified } from "unified";
import type { DocFile } from "../../file.js";
import { htmlProblem } from "../markup-limits.js";
import { findHidden } from "./hidden.js";
import { hiddenRuns, warnHidden, warnUnsupported } from "./index.js";

const fragmentParser = unified().use(rehypeParse, { fragment: true });

/** Raw HTML that can hide text says one of these (an attribute, a style, a legacy colour). */
const CAN_HIDE = /hidden|style|color|\btext\s*=/i;
/** Leaf blocks a renderer gives an element of their own. */
const WRAPPED = new Set(["paragraph", "heading", "tableCell", "code"]);
/** Blanking keeps line and page breaks. */
const BLANKED = /[^\n\r\f]/g;

interface Span {
  start: number;
  end: number;
}

function spans(tree: Root): { html: Span[]; blocks: Span[] } {
  const html: Span[] = [];
  const blocks: Span[] = [];
  const visit = (node: Nodes): void => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start !== undefined && end !== undefined) {
      if (node.type === "html") html.push({ start, end });
      else if (WRAPPED.has(node.type)) blocks.push({ start, end });
    }
    if ("children" in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return { html, blocks };
}

/** The shadow page and a map from its offsets back to the source's. */
interface Shadow {
  html: string;
  toSource(offset: number): number;
}

function shadowOf(text: string, tree: Root): Shadow | undefined {
  const { html, blocks } = spans(tree);
  if (!html.some(({ start, end }) => CAN_HIDE.test(text.slice(start, end)))) return undefined;
  let neutral = "";
  let from = 0;
  for (const { start, end } of html) {
    neutral += text.slice(from, start).replaceAll("<", " ") + text.slice(start, end);
    from = end;
  }
  neutral += text.slice(from).replaceAll("<", " ");
  // Closes before opens at one offset: "</p><p>" between two adjacent blocks.
  const marks = [
    ...blocks.map(({ end }) => ({ at: end, mark: "</p>", order: 0 })),
    ...blocks.map(({ start }) => ({ at: start, mark: "<p>", order: 1 })),
  ].sort((a, b) => a.at - b.at || a.order - b.order);
  const shadowStarts: number[] = [];
  const sourceStarts: number[] = [];
  let shadow = "";
  let copied = 0;
  for (const { at, mark } of marks) {
    shadowStarts.push(shadow.length);
    sourceStarts.push(copied);
    shadow += neutral.slice(copied, at) + mark;
    copied = at;
  }
  shadowStarts.push(shadow.length);
  sourceStarts.push(copied);
  shadow += neutral.slice(copied);
  const toSource = (offset: number): number => {
    let low = 0;
    let high = shadowStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((shadowStarts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    const piece = sourceStarts[low] ?? 0;
    const next = sourceStarts[low + 1] ?? text.length;
    // Inside a copied run, or on a mark inserted after it (which maps to the run's end).
    return Math.min(piece + offset - (shadowStarts[low] ?? 0), next);
  };
  return { html: shadow, toSource };
}

/** The 1-based line of each offset, by binary search over line starts. */
function lineFinder(text: string): (offset: number) => number {
  const starts = [0];
  for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) starts.push(at + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
}

/** The hidden pieces of the shadow page, or undefined when it is too deep to walk. */
function hiddenIn(html: string): ReturnType<typeof findHidden> | undefined {
  try {
    return findHidden(fragmentParser.parse(html) as HastRoot);
  } catch (error) {
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}

/**
 * The markdown text with what a browser would not display blanked, after a
 * warning for each hidden run; undefined (the document failed) when the
 * page's raw HTML is past the HTML limits.
 */
export function withoutMarkdownHidden(text: string, tree: Root, file: DocFile): string | undefined {
  const shadow = shadowOf(text, tree);
  if (!shadow) return text;
  const problem = htmlProblem(shadow.html);
  if (problem) {
    file.fail(problem.code, problem.message);
    return undefined;
  }
  const visibility = hiddenIn(shadow.html);
  if (!visibility) {
    file.fail(
      "html-too-complex",
      "Unexpected HTML nested too deeply to parse, expected a class spec",
    );
    return undefined;
  }
  warnUnsupported(visibility.unsupported, file);
  if (visibility.hidden.length === 0) return text;
  const line = lineFinder(text);
  const regions = visibility.hidden
    .map(({ node }) => ({
      start: shadow.toSource(node.position?.start.offset ?? 0),
      end: shadow.toSource(node.position?.end.offset ?? 0),
    }))
    .sort((a, b) => a.start - b.start);
  warnHidden(
    hiddenRuns(visibility.hidden, ({ node }) => ({
      startLine: line(shadow.toSource(node.position?.start.offset ?? 0)),
      endLine: line(Math.max(0, shadow.toSource(node.position?.end.offset ?? 0) - 1)),
    })),
    file,
  );
  let out = "";
  let from = 0;
  for (const { start, end } of regions) {
    if (end <= from) continue;
    const at = Math.max(start, from);
    out += text.slice(from, at) + text.slice(at, end).replace(BLANKED, " ");
    from = end;
  }
  return out + text.slice(from);
}
