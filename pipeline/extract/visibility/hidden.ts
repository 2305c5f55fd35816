/**
 * What a browser would not display, found in a hast (README "Hidden text in
 * HTML and markdown"; docs/markup-visibility.md). Two kinds of reasons:
 *
 * - an element that is not rendered at all, with everything inside it: the
 *   `hidden` attribute, `display: none`, Word's `mso-hide: all`, `opacity: 0`;
 * - text that is laid out but not seen, decided per text node from the
 *   inherited style, so a child can show its text again (a `visibility:
 *   visible` span inside a `visibility: hidden` one): `visibility: hidden`,
 *   a font size under 1 pt, a colour a reader cannot tell from the
 *   background painted under it (white on the default white page).
 *
 * Styles come from `style` attributes, `<style>` blocks (css.ts says which
 * selectors) and the legacy attributes (`<font color>`, `bgcolor`, `<body
 * text>`). A value this file cannot read leaves text visible.
 */
import type { Element, ElementContent, Root, Text } from "hast";
import { ownValue } from "../../shared/word-table.js";
import {
  BLACK,
  contrast,
  MIN_VISIBLE_CONTRAST,
  over,
  parseAttributeColor,
  parseColor,
  type Rgba,
  WHITE,
} from "./colors.js";
import { type Declaration, parseStylesheet } from "./css.js";
import { type Declared, declaredStyle, indexRules } from "./style.js";

/** Why a browser does not display a piece, in the words of the warning. */
export const MARKUP_REASONS = {
  "hidden-attribute": "the hidden attribute",
  "display-none": "display: none",
  "mso-hide": "mso-hide (Word's hidden text)",
  "opacity-0": "opacity: 0",
  "visibility-hidden": "visibility: hidden",
  "tiny-font": "a font size under 1 pt",
  "background-colour": "a colour that matches its background",
} as const;

export type MarkupHiddenReason = keyof typeof MARKUP_REASONS;

export interface HiddenPiece {
  node: Element | Text;
  parent: Element | Root;
  reason: MarkupHiddenReason;
  /** Pieces of one group are one run of hidden text (no visible text between them). */
  group: number;
}

export interface Visibility {
  hidden: HiddenPiece[];
  /** Selectors of `<style>` rules that could hide text but were not applied (css.ts). */
  unsupported: string[];
}

/** What a child inherits. */
interface Inherited {
  visible: boolean;
  /** Points. */
  fontSize: number;
  /** Undefined: a colour this file cannot read. */
  color: Rgba | undefined;
  /** The opaque colour painted under the text; undefined when unknown (an image). */
  background: Rgba | undefined;
  opacity: number;
}

/** A browser's default: 16 px text, black on white. */
const PAGE: Inherited = {
  visible: true,
  fontSize: 12,
  color: BLACK,
  background: WHITE,
  opacity: 1,
};
/** Text under this size, in points, is not read (as for PDF). */
const MIN_FONT_SIZE = 1;
/** Never rendered, never text: script, style and template contents are dealt with by scripts.ts. */
const NOT_RENDERED = new Set(["script", "style", "template"]);

const NUMBER = String.raw`[+-]?(?:\d+(?:\.\d*)?|\.\d+)`;
const LENGTH = new RegExp(`^(${NUMBER})(px|pt|pc|in|cm|mm|q|em|rem|ex|ch|%)?$`);
const POINTS_PER_UNIT: Record<string, number> = {
  pt: 1,
  px: 0.75,
  pc: 12,
  in: 72,
  cm: 72 / 2.54,
  mm: 72 / 25.4,
  q: 72 / 101.6,
};
const SIZE_KEYWORDS: Record<string, number> = {
  "xx-small": 7,
  "x-small": 7.5,
  small: 10,
  medium: 12,
  large: 13.5,
  "x-large": 18,
  "xx-large": 24,
  "xxx-large": 36,
};

/** A `font-size` value in points, or undefined when it cannot be read (the inherited size stays). */
export function fontSizePoints(value: string, parent: number): number | undefined {
  const text = value.trim().toLowerCase();
  if (text === "inherit") return parent;
  if (text === "smaller") return parent / 1.2;
  if (text === "larger") return parent * 1.2;
  const keyword = ownValue(SIZE_KEYWORDS, text);
  if (keyword !== undefined) return keyword;
  const match = LENGTH.exec(text);
  if (!match?.[1]) return undefined;
  const amount = Number(match[1]);
  const unit = match[2];
  if (amount < 0) return undefined;
  if (unit === undefined) return amount === 0 ? 0 : undefined;
  if (unit === "em") return amount * parent;
  if (unit === "rem") return amount * PAGE.fontSize;
  if (unit === "ex" || unit === "ch") return (amount * parent) / 2;
  if (unit === "%") return (amount * parent) / 100;
  return amount * (ownValue(POINTS_PER_UNIT, unit) ?? 1);
}

/** The size in a `font` shorthand (`bold 0/0 serif`): the first length, before any `/line-height`. */
function shorthandSize(value: string, parent: number): number | undefined {
  for (const token of value.split(/\s+/)) {
    const size = token.split("/")[0] ?? "";
    if (size === "0" || /[a-z%]$/i.test(size)) {
      const points = fontSizePoints(size, parent);
      if (points !== undefined) return points;
    }
  }
  return undefined;
}

const OPACITY = new RegExp(`^(${NUMBER})(%)?$`);

function opacityOf(value: string | undefined): number | undefined {
  const match = value === undefined ? null : OPACITY.exec(value.trim());
  if (!match?.[1]) return undefined;
  const amount = Number(match[1]) / (match[2] ? 100 : 1);
  return Math.min(1, Math.max(0, amount));
}

const MSO_HIDDEN = new Set(["all", "screen"]);

/** Why the whole element is not rendered, or undefined. */
function elementReason(element: Element, declared: Declared): MarkupHiddenReason | undefined {
  const hidden = element.properties.hidden;
  if (hidden !== undefined && hidden !== null && hidden !== false) return "hidden-attribute";
  if (declared.get("display")?.toLowerCase() === "none") return "display-none";
  if (MSO_HIDDEN.has(declared.get("mso-hide")?.toLowerCase() ?? "")) return "mso-hide";
  if (opacityOf(declared.get("opacity")) === 0) return "opacity-0";
  return undefined;
}

function attribute(element: Element, name: string): string | undefined {
  const value = element.properties[name];
  return typeof value === "string" ? value : undefined;
}

const PAINTED_BACKGROUND = /url\(|gradient\(/i;

/** The background colour an element declares (undefined: none; "unknown": an image or an unreadable colour). */
function ownBackground(
  element: Element,
  declared: Declared,
  color: Rgba | undefined,
): Rgba | "unknown" | undefined {
  const image = declared.get("background-image");
  const shorthand = declared.get("background");
  if (
    (image && image.toLowerCase() !== "none") ||
    (shorthand && PAINTED_BACKGROUND.test(shorthand))
  )
    return "unknown";
  const value = declared.get("background-color") ?? shorthand;
  if (value !== undefined) {
    if (/^(?:none|initial)$/i.test(value.trim())) return undefined;
    const whole = parseColor(value, color);
    if (whole) return whole;
    // A shorthand: its colour is one of its words (a colour function with spaces inside is not read).
    for (const word of value.split(/\s+/)) {
      const parsed = parseColor(word, color);
      if (parsed) return parsed;
    }
    return "unknown";
  }
  const legacy = attribute(element, "bgColor");
  if (legacy === undefined) return undefined;
  return parseAttributeColor(legacy) ?? "unknown";
}

function inherit(element: Element, declared: Declared, parent: Inherited): Inherited {
  const visibility = declared.get("visibility")?.toLowerCase();
  const visible =
    visibility === "hidden" || visibility === "collapse"
      ? false
      : visibility === "visible"
        ? true
        : parent.visible;
  const sizeValue = declared.get("font-size");
  const font = declared.get("font");
  const fontSize =
    (sizeValue !== undefined ? fontSizePoints(sizeValue, parent.fontSize) : undefined) ??
    (font !== undefined ? shorthandSize(font, parent.fontSize) : undefined) ??
    parent.fontSize;
  const colorValue =
    declared.get("color") ??
    (element.tagName === "font" ? attribute(element, "color") : undefined) ??
    (element.tagName === "body" ? attribute(element, "text") : undefined);
  const color =
    colorValue === undefined || colorValue.trim().toLowerCase() === "inherit"
      ? parent.color
      : (parseColor(colorValue, parent.color) ??
        (declared.has("color") ? undefined : parseAttributeColor(colorValue)));
  const own = ownBackground(element, declared, color);
  const background =
    own === "unknown"
      ? undefined
      : own === undefined || own.a === 0
        ? parent.background
        : parent.background
          ? over(own, parent.background)
          : own.a === 1
            ? own
            : undefined;
  const opacity = parent.opacity * (opacityOf(declared.get("opacity")) ?? 1);
  return { visible, fontSize, color, background, opacity };
}

/** Why a text node with this inherited style is not seen, or undefined. */
function textReason(style: Inherited): MarkupHiddenReason | undefined {
  if (!style.visible) return "visibility-hidden";
  if (style.fontSize < MIN_FONT_SIZE) return "tiny-font";
  const { color, background } = style;
  if (color && background) {
    const painted = over({ ...color, a: color.a * style.opacity }, background);
    if (contrast(painted, background) < MIN_VISIBLE_CONTRAST) return "background-colour";
  }
  return undefined;
}

/** Whether these declarations can hide text on a default page (an unsupported rule is named only then). */
function canHide(declarations: readonly Declaration[]): boolean {
  const element: Element = { type: "element", tagName: "span", properties: {}, children: [] };
  const declared: Declared = new Map(declarations.map(({ property, value }) => [property, value]));
  return (
    elementReason(element, declared) !== undefined ||
    textReason(inherit(element, declared, PAGE)) !== undefined
  );
}

/** The `<style>` blocks' text, in document order. */
function styleBlocks(node: Root | ElementContent, out: string[] = []): string[] {
  if (node.type === "element" && node.tagName === "style") {
    out.push(node.children.map((child) => (child.type === "text" ? child.value : "")).join(""));
  } else if (node.type === "root" || node.type === "element") {
    for (const child of node.children) styleBlocks(child as ElementContent, out);
  }
  return out;
}

export function findHidden(tree: Root): Visibility {
  const sheet = parseStylesheet(styleBlocks(tree), canHide);
  const index = indexRules(sheet);
  const hidden: HiddenPiece[] = [];
  const chain: Element[] = [];
  let group = 0;
  let lastReason: MarkupHiddenReason | undefined;
  const add = (node: Element | Text, parent: Element | Root, reason: MarkupHiddenReason) => {
    if (reason !== lastReason) group++;
    lastReason = reason;
    hidden.push({ node, parent, reason, group });
  };
  const visit = (parent: Element | Root, style: Inherited): void => {
    for (const child of parent.children) {
      if (child.type === "text") {
        if (child.value.trim() === "") continue;
        const reason = textReason(style);
        if (reason) add(child, parent, reason);
        else lastReason = undefined; // visible text ends a run
        continue;
      }
      if (child.type !== "element" || NOT_RENDERED.has(child.tagName)) continue;
      chain.push(child);
      const declared = declaredStyle(index, chain);
      const reason = elementReason(child, declared);
      if (reason) add(child, parent, reason);
      else visit(child, inherit(child, declared, style));
      chain.pop();
    }
  };
  visit(tree, PAGE);
  return { hidden, unsupported: sheet.unsupported };
}
