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

/** A start tag's name right after its `<`: the tag itself, not text inside a comment or an attribute. */
const TAG_NAME = /^[a-z][a-z0-9-]*/i;
const SCRIPT_TAGS = new Set(["script", "style"]);
/** A browser ends a script's (or style's) raw text at the first end tag of its name, whatever follows. */
const CLOSERS = { script: /<\/script/gi, style: /<\/style/gi } as const;
/** Blanking keeps line and page breaks, so every other line stays where it was. */
const BLANKED = /[^\n\r\f]/g;

const SOURCE = "extract";

/**
 * The markdown text with its script and style elements and its HTML
 * comments blanked, after a warning about each element and one notice for
 * the comments (a reader never sees a comment: it is no spec text, and never
 * `text-dropped`).
 */
export function withoutMarkdownScripts(text: string, tree: Root, file: DocFile): string {
  const scripts = markdownScripts(text, tree);
  const comments = markdownComments(text, tree);
  if (scripts.length === 0 && comments.length === 0) return text;
  warnScripts(scripts, file);
  noteComments(comments, file);
  const regions = [...scripts, ...comments].sort((a, b) => a.start - b.start);
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

/** The HTML comments of a markdown source's raw HTML, each to its `-->` (or its node's end). */
function markdownComments(
  text: string,
  tree: Root,
): Array<{ start: number; end: number; line: number }> {
  const comments: Array<{ start: number; end: number; line: number }> = [];
  const lines = lineCounter(text);
  for (const node of htmlNodes(tree)) {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) continue;
    for (let open = text.indexOf("<!--", start); open >= 0 && open < end; ) {
      const close = text.indexOf("-->", open + 4);
      const stop = close < 0 || close + 3 > end ? end : close + 3;
      comments.push({ start: open, end: stop, line: lines(open) });
      open = text.indexOf("<!--", stop);
    }
  }
  return comments;
}

/** Comment lines listed in the notice; the rest are counted. */
const LISTED_COMMENTS = 10;

function noteComments(comments: ReadonlyArray<{ line: number }>, file: DocFile): void {
  const first = comments[0];
  if (!first) return;
  const lines = comments.slice(0, LISTED_COMMENTS).map(({ line }) => line);
  const more =
    comments.length > LISTED_COMMENTS ? ` and ${comments.length - LISTED_COMMENTS} more` : "";
  file.info(
    "markup-comment-dropped",
    `${comments.length === 1 ? "An HTML comment" : `${comments.length} HTML comments`} (line${lines.length === 1 ? "" : "s"} ${lines.join(", ")}${more}) not read: a reader of the page never sees ${comments.length === 1 ? "it" : "them"}`,
    { place: { startLine: first.line, endLine: first.line }, source: SOURCE },
  );
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
    let html = text.slice(from, end);
    let base = from;
    for (let open = firstScriptTag(html); open; open = firstScriptTag(html)) {
      const at = base + open.index;
      const closer = CLOSERS[open.tag];
      closer.lastIndex = at;
      const close = closer.exec(text);
      const closeEnd = close ? text.indexOf(">", close.index) : -1;
      covered = closeEnd < 0 ? text.length : closeEnd + 1;
      regions.push({
        tag: open.tag,
        start: at,
        end: covered,
        startLine: lines(at),
        endLine: lines(covered - 1),
      });
      if (covered >= end) break;
      html = text.slice(covered, end);
      base = covered;
    }
  }
  return regions;
}

/**
 * The first `<script` or `<style` start tag in a piece of raw HTML, read as
 * a browser tokenizes it: text inside a comment (`<!-- … <style> … -->`),
 * a declaration or an attribute value (`title="<script>"`) opens nothing.
 * One pass: each character is looked at once.
 */
function firstScriptTag(html: string): { index: number; tag: "script" | "style" } | undefined {
  let at = html.indexOf("<");
  while (at >= 0 && at < html.length) {
    if (html.startsWith("<!--", at)) at = skipComment(html, at);
    else if (html[at + 1] === "!" || html[at + 1] === "?") at = skipTag(html, at + 2);
    else {
      const name = TAG_NAME.exec(html.slice(at + 1, at + 1 + MAX_TAG_NAME))?.[0].toLowerCase();
      if (name && SCRIPT_TAGS.has(name) && isNameEnd(html[at + 1 + name.length])) {
        return { index: at, tag: name === "style" ? "style" : "script" };
      }
      at = name ? skipTag(html, at + 1 + name.length) : at + 1;
    }
    at = html.indexOf("<", at);
  }
  return undefined;
}

/** Longest tag name looked at: every HTML element's name is shorter. */
const MAX_TAG_NAME = 16;

function isNameEnd(character: string | undefined): boolean {
  return character === undefined || character === ">" || character === "/" || /\s/.test(character);
}

/** Past a comment's `-->` (or to the end of an unclosed one). */
function skipComment(html: string, at: number): number {
  const close = html.indexOf("-->", at + 4);
  return close < 0 ? html.length : close + 3;
}

/** Past a tag's closing `>`, over quoted attribute values (which may hold `>` and `<`). */
function skipTag(html: string, at: number): number {
  let quote: string | undefined;
  for (let index = at; index < html.length; index++) {
    const character = html[index];
    if (quote) {
      if (character === quote) quote = undefined;
    } else if (character === '"' || character === "'") quote = character;
    else if (character === ">") return index + 1;
  }
  return html.length;
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
