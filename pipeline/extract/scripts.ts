/**
 * Script and style elements are not spec text (README "Security"): a reader
 * of the rendered page never sees their bodies, so a `<script>` inside a duty
 * line must not become a duty, nor a `<style>` block a requirement. HTML's
 * converter drops them (hast-util-to-mdast); markdown passes raw HTML
 * through, so its script and style elements are blanked out of the text
 * before it is read (lines and tree alike, every line kept where it was).
 * Either way a `markup-script-dropped` warning names their lines, so what was
 * not read is never unseen.
 */
import type { Element, RootContent as HastContent, Root as HastRoot } from "hast";
import type { Nodes, Root } from "mdast";
import type { DocFile } from "../file.js";

export interface ScriptElement {
  tag: "script" | "style";
  startLine: number;
  endLine: number;
}

/** Where a markdown source holds a script or style element: offsets [start, end). */
interface Region extends ScriptElement {
  start: number;
  end: number;
}

const OPENER = /<(script|style)[\s/>]/gi;
/** A browser ends a script's (or style's) raw text at the first end tag of its name, whatever follows. */
const CLOSERS = { script: /<\/script/gi, style: /<\/style/gi } as const;
/** Blanking keeps line and page breaks, so every other line stays where it was. */
const BLANKED = /[^\n\r\f]/g;

const SOURCE = "extract";

/** The markdown text with its script and style elements blanked, after warning about each. */
export function withoutMarkdownScripts(text: string, tree: Root, file: DocFile): string {
  const regions = markdownScripts(text, tree);
  if (regions.length === 0) return text;
  warnScripts(regions, file);
  let out = "";
  let from = 0;
  for (const { start, end } of regions) {
    out += text.slice(from, start) + text.slice(start, end).replace(BLANKED, " ");
    from = end;
  }
  return out + text.slice(from);
}

/**
 * The script and style elements of a markdown source, in order. Only raw
 * HTML opens one (a code span showing `<script>` is text); it runs to its end
 * tag wherever that is, as in a browser showing the rendered page: an inline
 * `<script>` is three mdast nodes (tag, text, tag), a block one is one.
 */
function markdownScripts(text: string, tree: Root): Region[] {
  const regions: Region[] = [];
  const lines = lineCounter(text);
  let covered = 0;
  for (const node of htmlNodes(tree)) {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined || end <= covered) continue;
    // Searched in the node's own text: searching on in the whole text from every node is quadratic.
    const from = Math.max(start, covered);
    const html = text.slice(from, end);
    OPENER.lastIndex = 0;
    for (let open = OPENER.exec(html); open; open = OPENER.exec(html)) {
      const at = from + open.index;
      const tag = (open[1] ?? "").toLowerCase() === "style" ? "style" : "script";
      const closer = CLOSERS[tag];
      closer.lastIndex = at;
      const close = closer.exec(text);
      const closeEnd = close ? text.indexOf(">", close.index) : -1;
      covered = closeEnd < 0 ? text.length : closeEnd + 1;
      regions.push({
        tag,
        start: at,
        end: covered,
        startLine: lines(at),
        endLine: lines(covered - 1),
      });
      OPENER.lastIndex = covered - from;
    }
  }
  return regions;
}

function htmlNodes(node: Nodes): Array<Extract<Nodes, { type: "html" }>> {
  if (node.type === "html") return [node];
  return "children" in node ? node.children.flatMap((child) => htmlNodes(child)) : [];
}

/** The 1-based line of an offset; offsets asked in increasing order, so one pass in all. */
function lineCounter(text: string): (offset: number) => number {
  let at = 0;
  let line = 1;
  return (offset) => {
    for (; at < offset; at++) if (text[at] === "\n") line++;
    return line;
  };
}

/** The script and style elements of an HTML document's body (a `<style>` in `<head>` is styling, as Word writes it). */
export function htmlScripts(hast: HastRoot): ScriptElement[] {
  const found: ScriptElement[] = [];
  const visit = (node: HastRoot | HastContent, inHead: boolean): void => {
    if (node.type !== "root" && node.type !== "element") return;
    if (node.type === "element" && isScript(node) && !inHead) {
      const startLine = node.position?.start.line ?? 1;
      found.push({ tag: node.tagName, startLine, endLine: node.position?.end.line ?? startLine });
      return;
    }
    const head = inHead || (node.type === "element" && node.tagName === "head");
    for (const child of node.children) visit(child, head);
  };
  visit(hast, false);
  return found;
}

function isScript(node: Element): node is Element & { tagName: "script" | "style" } {
  return node.tagName === "script" || node.tagName === "style";
}

export function warnScripts(elements: readonly ScriptElement[], file: DocFile): void {
  for (const { tag, startLine, endLine } of elements) {
    const lines = startLine === endLine ? `line ${startLine}` : `lines ${startLine}-${endLine}`;
    file.warn(
      "markup-script-dropped",
      `Unexpected <${tag}> element on ${lines}, expected spec text: a reader never sees its content, so it is not read`,
      { place: { startLine, endLine }, source: SOURCE },
    );
  }
}
