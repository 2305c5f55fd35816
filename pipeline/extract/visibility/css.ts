/**
 * The part of CSS that decides whether text is displayed: declarations
 * (inline `style` and `<style>` blocks) and the selectors of `<style>` rules,
 * read far enough to apply them as a browser would (docs/markup-visibility.md).
 *
 * Supported selectors: a type (`p`), `*`, `.class`, `#id`, any compound of
 * these (`p.MsoNormal#x`), joined by descendant (` `) or child (`>`)
 * combinators, in comma-separated lists. A rule whose selector holds anything
 * else (pseudo-classes, attribute selectors, sibling combinators, escapes) is
 * not applied; when it declares something that can hide text it is returned
 * in `unsupported`, so the document says what was not applied.
 * `@media` blocks for screen (`all`, `screen`, no media) are read; other
 * at-rules (`@page`, `@font-face`, Word's `@list`, print media) are skipped.
 */

export interface Declaration {
  property: string;
  value: string;
  important: boolean;
}

export interface Compound {
  tag?: string;
  ids: string[];
  classes: string[];
}

/** Compounds left to right; `combinator` joins a compound to the one before it. */
export type Selector = Array<{ compound: Compound; combinator: " " | ">" }>;

export interface StyleRule {
  selector: Selector;
  /** ids, classes, types: compared as one number (ids * 10^6 + classes * 10^3 + types). */
  specificity: number;
  /** Source order across every `<style>` block of the document. */
  order: number;
  declarations: Declaration[];
}

export interface Stylesheet {
  rules: StyleRule[];
  /** Selectors of rules that can hide text but were not applied. */
  unsupported: string[];
}

/** The properties visibility reads; every other declaration is ignored. */
const VISIBILITY_PROPERTIES = new Set([
  "display",
  "visibility",
  "font-size",
  "font",
  "color",
  "background",
  "background-color",
  "background-image",
  "opacity",
  "mso-hide",
]);

/** Longest selector read (in compounds): real stylesheets use two or three. */
const MAX_COMPOUNDS = 16;

const COMMENT = /\/\*[\s\S]*?(?:\*\/|$)/g;

/** `a; b` split at the separators outside quotes and parentheses. */
function splitOutside(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | undefined;
  let from = 0;
  for (let index = 0; index < text.length; index++) {
    const character = text[index];
    if (quote) {
      if (character === quote) quote = undefined;
    } else if (character === '"' || character === "'") quote = character;
    else if (character === "(" || character === "[") depth++;
    else if ((character === ")" || character === "]") && depth > 0) depth--;
    else if (character === separator && depth === 0) {
      parts.push(text.slice(from, index));
      from = index + 1;
    }
  }
  parts.push(text.slice(from));
  return parts;
}

/** `value !important` -> the value and its importance (by string, not a regex tried from every space). */
function withImportance(raw: string): { value: string; important: boolean } {
  const value = raw.trim();
  if (!value.toLowerCase().endsWith("important")) return { value, important: false };
  const before = value.slice(0, -"important".length).trimEnd();
  return before.endsWith("!")
    ? { value: before.slice(0, -1).trim(), important: true }
    : { value, important: false };
}

/** `display:none; mso-hide:all` -> its declarations of the visibility properties. */
export function parseDeclarations(text: string): Declaration[] {
  const declarations: Declaration[] = [];
  for (const part of splitOutside(text.replace(COMMENT, " "), ";")) {
    const colon = part.indexOf(":");
    if (colon < 0) continue;
    const property = part.slice(0, colon).trim().toLowerCase();
    if (!VISIBILITY_PROPERTIES.has(property)) continue;
    const { value, important } = withImportance(part.slice(colon + 1));
    if (value !== "") declarations.push({ property, value, important });
  }
  return declarations;
}

const NAME = String.raw`-?[_a-zA-Z\u00a0-\uffff][-_a-zA-Z0-9\u00a0-\uffff]*`;
const COMPOUND = new RegExp(String.raw`^(\*|${NAME})?((?:[.#]${NAME})*)$`);
const SIMPLE = new RegExp(`[.#]${NAME}`, "g");

function parseCompound(text: string): Compound | undefined {
  const match = COMPOUND.exec(text);
  if (!match || text === "") return undefined;
  const compound: Compound = { ids: [], classes: [] };
  const tag = match[1];
  if (tag && tag !== "*") compound.tag = tag.toLowerCase();
  for (const simple of match[2]?.match(SIMPLE) ?? []) {
    if (simple.startsWith("#")) compound.ids.push(simple.slice(1));
    else compound.classes.push(simple.slice(1));
  }
  return compound;
}

/** One selector of a list, or undefined when it uses what is not supported. */
export function parseSelector(text: string): Selector | undefined {
  const tokens = text.trim().replaceAll(">", " > ").split(/\s+/);
  const selector: Selector = [];
  let combinator: " " | ">" = " ";
  for (const token of tokens) {
    if (token === ">") {
      if (selector.length === 0 || combinator === ">") return undefined;
      combinator = ">";
      continue;
    }
    const compound = parseCompound(token);
    if (!compound) return undefined;
    selector.push({ compound, combinator });
    combinator = " ";
  }
  if (selector.length === 0 || selector.length > MAX_COMPOUNDS || combinator === ">")
    return undefined;
  return selector;
}

function specificityOf(selector: Selector): number {
  let ids = 0;
  let classes = 0;
  let types = 0;
  for (const { compound } of selector) {
    ids += compound.ids.length;
    classes += compound.classes.length;
    if (compound.tag) types++;
  }
  return ids * 1_000_000 + classes * 1_000 + types;
}

/** A media query list a screen matches: none, `all`, `screen`, or a list holding one of them. */
function forScreen(prelude: string): boolean {
  const queries = prelude.toLowerCase().split(",");
  return queries.some((query) => {
    const words = query.trim().split(/\s+/);
    if (words[0] === "not") return false;
    const type = words[0] === "only" ? words[1] : words[0];
    return type === "" || type === "all" || type === "screen" || type?.startsWith("(") === true;
  });
}

/** Index just past the block opened at `open` (a `{`), counting nested braces. */
function blockEnd(text: string, open: number): number {
  let depth = 0;
  for (let index = open; index < text.length; index++) {
    if (text[index] === "{") depth++;
    else if (text[index] === "}" && --depth === 0) return index + 1;
  }
  return text.length;
}

/**
 * The rules of `<style>` blocks, in order. `canHide` says whether a rule's
 * declarations can hide text, so an unsupported selector is named only then.
 */
export function parseStylesheet(
  blocks: readonly string[],
  canHide: (declarations: readonly Declaration[]) => boolean,
): Stylesheet {
  const sheet: Stylesheet = { rules: [], unsupported: [] };
  const read = (text: string): void => {
    let at = 0;
    while (at < text.length) {
      const open = text.indexOf("{", at);
      const semicolon = text.indexOf(";", at);
      const prelude = text.slice(at, open < 0 ? text.length : open).trim();
      if (prelude.startsWith("@") && semicolon >= 0 && (open < 0 || semicolon < open)) {
        at = semicolon + 1; // `@import …;`, `@charset …;`
        continue;
      }
      if (open < 0) return;
      const end = blockEnd(text, open);
      const inner = text.slice(open + 1, end - 1);
      if (prelude.startsWith("@")) {
        if (/^@media\b/i.test(prelude) && forScreen(prelude.slice(6))) read(inner);
      } else addRules(sheet, prelude, parseDeclarations(inner), canHide);
      at = end;
    }
  };
  // Word wraps its style sheet in an HTML comment for old browsers.
  for (const block of blocks) read(block.replace(COMMENT, " ").replace(/<!--|-->/g, " "));
  return sheet;
}

function addRules(
  sheet: Stylesheet,
  prelude: string,
  declarations: Declaration[],
  canHide: (declarations: readonly Declaration[]) => boolean,
): void {
  if (declarations.length === 0) return;
  for (const text of splitOutside(prelude, ",")) {
    const selector = parseSelector(text);
    if (selector) {
      const specificity = specificityOf(selector);
      sheet.rules.push({ selector, specificity, order: sheet.rules.length, declarations });
    } else if (canHide(declarations)) {
      const shown = text.trim().replace(/\s+/g, " ");
      if (!sheet.unsupported.includes(shown)) sheet.unsupported.push(shown);
    }
  }
}
