/**
 * CSS colours as a browser paints them, for the one question visibility asks
 * of them: can a reader tell this text from what lies under it? A colour this
 * file cannot read is `undefined`, and text of an unknown colour is visible:
 * only a colour known to match its background hides text.
 */

import { ownValue } from "../../shared/word-table.js";

export interface Rgba {
  r: number;
  g: number;
  b: number;
  /** 0 (transparent) .. 1 (opaque). */
  a: number;
}

export const WHITE: Rgba = { r: 255, g: 255, b: 255, a: 1 };
export const BLACK: Rgba = { r: 0, g: 0, b: 0, a: 1 };
const TRANSPARENT: Rgba = { r: 0, g: 0, b: 0, a: 0 };

/**
 * Text whose contrast ratio against its background (WCAG 2's formula) is
 * below this is not seen: #f5f5f5 on white is 1.09; light grey (#d3d3d3) is
 * 1.5 and stays read.
 */
export const MIN_VISIBLE_CONTRAST = 1.1;

/** The CSS named colours (CSS Color 4), name:rrggbb. */
const NAMED = new Map(
  `
  aliceblue:f0f8ff antiquewhite:faebd7 aqua:00ffff aquamarine:7fffd4 azure:f0ffff beige:f5f5dc
  bisque:ffe4c4 black:000000 blanchedalmond:ffebcd blue:0000ff blueviolet:8a2be2 brown:a52a2a
  burlywood:deb887 cadetblue:5f9ea0 chartreuse:7fff00 chocolate:d2691e coral:ff7f50
  cornflowerblue:6495ed cornsilk:fff8dc crimson:dc143c cyan:00ffff darkblue:00008b
  darkcyan:008b8b darkgoldenrod:b8860b darkgray:a9a9a9 darkgreen:006400 darkgrey:a9a9a9
  darkkhaki:bdb76b darkmagenta:8b008b darkolivegreen:556b2f darkorange:ff8c00 darkorchid:9932cc
  darkred:8b0000 darksalmon:e9967a darkseagreen:8fbc8f darkslateblue:483d8b darkslategray:2f4f4f
  darkslategrey:2f4f4f darkturquoise:00ced1 darkviolet:9400d3 deeppink:ff1493 deepskyblue:00bfff
  dimgray:696969 dimgrey:696969 dodgerblue:1e90ff firebrick:b22222 floralwhite:fffaf0
  forestgreen:228b22 fuchsia:ff00ff gainsboro:dcdcdc ghostwhite:f8f8ff gold:ffd700
  goldenrod:daa520 gray:808080 green:008000 greenyellow:adff2f grey:808080 honeydew:f0fff0
  hotpink:ff69b4 indianred:cd5c5c indigo:4b0082 ivory:fffff0 khaki:f0e68c lavender:e6e6fa
  lavenderblush:fff0f5 lawngreen:7cfc00 lemonchiffon:fffacd lightblue:add8e6 lightcoral:f08080
  lightcyan:e0ffff lightgoldenrodyellow:fafad2 lightgray:d3d3d3 lightgreen:90ee90
  lightgrey:d3d3d3 lightpink:ffb6c1 lightsalmon:ffa07a lightseagreen:20b2aa lightskyblue:87cefa
  lightslategray:778899 lightslategrey:778899 lightsteelblue:b0c4de lightyellow:ffffe0
  lime:00ff00 limegreen:32cd32 linen:faf0e6 magenta:ff00ff maroon:800000 mediumaquamarine:66cdaa
  mediumblue:0000cd mediumorchid:ba55d3 mediumpurple:9370db mediumseagreen:3cb371
  mediumslateblue:7b68ee mediumspringgreen:00fa9a mediumturquoise:48d1cc mediumvioletred:c71585
  midnightblue:191970 mintcream:f5fffa mistyrose:ffe4e1 moccasin:ffe4b5 navajowhite:ffdead
  navy:000080 oldlace:fdf5e6 olive:808000 olivedrab:6b8e23 orange:ffa500 orangered:ff4500
  orchid:da70d6 palegoldenrod:eee8aa palegreen:98fb98 paleturquoise:afeeee palevioletred:db7093
  papayawhip:ffefd5 peachpuff:ffdab9 peru:cd853f pink:ffc0cb plum:dda0dd powderblue:b0e0e6
  purple:800080 rebeccapurple:663399 red:ff0000 rosybrown:bc8f8f royalblue:4169e1
  saddlebrown:8b4513 salmon:fa8072 sandybrown:f4a460 seagreen:2e8b57 seashell:fff5ee
  sienna:a0522d silver:c0c0c0 skyblue:87ceeb slateblue:6a5acd slategray:708090 slategrey:708090
  snow:fffafa springgreen:00ff7f steelblue:4682b4 tan:d2b48c teal:008080 thistle:d8bfd8
  tomato:ff6347 turquoise:40e0d0 violet:ee82ee wheat:f5deb3 white:ffffff whitesmoke:f5f5f5
  yellow:ffff00 yellowgreen:9acd32
`
    .trim()
    .split(/\s+/)
    .map((entry) => {
      const [name = "", hex = ""] = entry.split(":");
      return [name, hex] as const;
    }),
);

/** Word's and the old system colours: text and window as a default theme paints them. */
const SYSTEM: Record<string, Rgba> = {
  windowtext: BLACK,
  buttontext: BLACK,
  canvastext: BLACK,
  window: WHITE,
  canvas: WHITE,
  buttonface: { r: 240, g: 240, b: 240, a: 1 },
};

function fromHex(hex: string): Rgba | undefined {
  if (!/^[0-9a-f]+$/i.test(hex)) return undefined;
  const digits =
    hex.length === 3 || hex.length === 4 ? [...hex].map((digit) => digit + digit).join("") : hex;
  if (digits.length !== 6 && digits.length !== 8) return undefined;
  const channel = (at: number) => Number.parseInt(digits.slice(at, at + 2), 16);
  return {
    r: channel(0),
    g: channel(2),
    b: channel(4),
    a: digits.length === 8 ? channel(6) / 255 : 1,
  };
}

/** "50%" of 255, "128", "0.5" of 1. */
function channelValue(text: string, scale: number): number | undefined {
  const percent = text.endsWith("%");
  const value = Number(percent ? text.slice(0, -1) : text);
  if (!Number.isFinite(value)) return undefined;
  return Math.min(scale, Math.max(0, percent ? (value / 100) * scale : value));
}

const FUNCTION = /^(rgba?|hsla?)\(([^)]*)\)$/;

function fromFunction(name: string, body: string): Rgba | undefined {
  const parts = body.split(/[\s,/]+/).filter((part) => part !== "");
  if (parts.length !== 3 && parts.length !== 4) return undefined;
  const alpha = parts[3] === undefined ? 1 : channelValue(parts[3], 1);
  if (alpha === undefined) return undefined;
  if (name.startsWith("rgb")) {
    const [r, g, b] = parts.slice(0, 3).map((part) => channelValue(part, 255));
    if (r === undefined || g === undefined || b === undefined) return undefined;
    return { r, g, b, a: alpha };
  }
  const hue = Number.parseFloat(parts[0] ?? "");
  const saturation = channelValue(parts[1] ?? "", 1);
  const lightness = channelValue(parts[2] ?? "", 1);
  if (!Number.isFinite(hue) || saturation === undefined || lightness === undefined)
    return undefined;
  return { ...hslToRgb(hue, saturation, lightness), a: alpha };
}

function hslToRgb(hue: number, saturation: number, lightness: number) {
  const k = (n: number) => (n + hue / 30) % 12;
  const a = saturation * Math.min(lightness, 1 - lightness);
  const f = (n: number) => 255 * (lightness - a * Math.max(-1, Math.min(k(n) - 3, 9 - k(n), 1)));
  return { r: f(0), g: f(8), b: f(4) };
}

/**
 * A CSS colour value (`white`, `#FFF`, `rgb(255 255 255 / 0)`, `transparent`,
 * Word's `windowtext`), or a legacy HTML attribute's (`<font color=ffffff>`).
 * `currentColor` is `current`, the element's text colour.
 */
export function parseColor(value: string, current?: Rgba): Rgba | undefined {
  const text = value.trim().toLowerCase();
  if (text === "transparent") return TRANSPARENT;
  if (text === "currentcolor") return current;
  if (text.startsWith("#")) return fromHex(text.slice(1));
  const named = NAMED.get(text);
  if (named) return fromHex(named);
  const system = ownValue(SYSTEM, text);
  if (system) return system;
  const call = FUNCTION.exec(text);
  if (call?.[1] && call[2] !== undefined) return fromFunction(call[1], call[2]);
  return undefined;
}

/** A legacy attribute colour: as CSS, or bare hex digits as old browsers read them. */
export function parseAttributeColor(value: string): Rgba | undefined {
  return parseColor(value) ?? fromHex(value.trim());
}

/** `top` painted with its alpha over the opaque `under`. */
export function over(top: Rgba, under: Rgba): Rgba {
  const mix = (a: number, b: number) => a * top.a + b * (1 - top.a);
  return { r: mix(top.r, under.r), g: mix(top.g, under.g), b: mix(top.b, under.b), a: 1 };
}

function luminance({ r, g, b }: Rgba): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG 2's contrast ratio of two opaque colours: 1 (the same) .. 21 (black on white). */
export function contrast(a: Rgba, b: Rgba): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
