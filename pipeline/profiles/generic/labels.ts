/**
 * Label lines ("Class Code: 1234   Salary Range: 47", "Salary Group B17",
 * "Established: 8/78"): found by the label names of the profile and the
 * generic ones, each value checked against its field's shape. A unit is a
 * label line only when its labels and values are all it holds; a label alone
 * on its unit takes the next unit as its value (a table's two cells).
 */
import type { PayRange } from "../../../schemas/class-spec.js";
import { PRINTED_DATE_SOURCE } from "../../shared/dates.js";
import { parseMoney } from "../../shared/money.js";
import { spaceRunEnd, spaceRunStart } from "../../shared/whitespace.js";
import type { LabelSpec, PublisherProfile } from "./profile.js";
import type { Unit } from "./units.js";
import { GENERIC_LABELS } from "./vocabulary.js";

export interface LabelValue {
  spec: LabelSpec;
  /** The label as printed ("Class No."). */
  label: string;
  value: string;
  /** For `pay`: the ranges read from the value, one per period ("$27.44 - $36.78 Hourly / $4,756.27 - ..."). */
  ranges?: PayRange[];
  units: Unit[];
}

const CODE = /^(?=[A-Z0-9.-]*\d)[A-Z0-9][A-Z0-9.-]*$/i;
const GRADE = /^[A-Z]{0,4}[- ]?\d{1,3}[A-Z]?$/i;
const DATE = new RegExp(`^${PRINTED_DATE_SOURCE}$`, "i");
const DATE_FIELDS = new Set<LabelSpec["field"]>(["established", "revised", "title-changed"]);
const CAPITAL = /[A-Z]/;

/**
 * The value without an analyst's initials after a date ("Effective Date: 11/98 JH"):
 * printed, not part of the date. Two or three capitals at the end after white
 * space, as `/\s+[A-Z]{2,3}$/` removed, read from the end (that pattern was
 * quadratic in a run of white space).
 */
export function withoutInitials(value: string): string {
  let letters = value.length;
  while (letters > 0 && CAPITAL.test(value.charAt(letters - 1))) letters--;
  const count = value.length - letters;
  if (count < 2 || count > 3) return value;
  const start = spaceRunStart(value, letters);
  return start < letters ? value.slice(0, start) : value;
}
const AMOUNT = String.raw`\$?\s?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d{1,3})?`;
const PERIODS: ReadonlyArray<readonly [RegExp, PayRange["period"]]> = [
  [/^(?:hour|hourly|hr)$/i, "hour"],
  [/^(?:week|weekly)$/i, "week"],
  [/^(?:biweekly|bi-weekly)$/i, "biweekly"],
  [/^(?:semimonthly|semi-monthly)$/i, "semimonthly"],
  [/^(?:month|monthly|mo)$/i, "month"],
  [/^(?:year|yearly|annual|annually|annum)$/i, "year"],
];
const PAY = new RegExp(
  // "per"/"a" only as a word: "a" must not eat the "A" of "Annually".
  String.raw`^(${AMOUNT})\s*(?:-|–|to)\s*(${AMOUNT})\s*(?:(?:per|a)\s+|/\s*)?([a-z-]+)$`,
  "i",
);

/**
 * `value` split where the old separator pattern matched: a slash with white
 * space on both sides (all of it), or ";" and the white space after it;
 * scanned once (the pattern was quadratic in a run of white space before no slash).
 */
export function splitPayRanges(value: string): string[] {
  const parts: string[] = [];
  let start = 0;
  let at = 0;
  while (at < value.length) {
    if (value.charAt(at) === ";") {
      parts.push(value.slice(start, at));
      at = spaceRunEnd(value, at + 1);
      start = at;
      continue;
    }
    const spaceEnd = spaceRunEnd(value, at);
    if (spaceEnd === at) {
      at++;
      continue;
    }
    const after = spaceRunEnd(value, spaceEnd + 1);
    if (value.charAt(spaceEnd) === "/" && after > spaceEnd + 1) {
      parts.push(value.slice(start, at));
      start = after;
      at = after;
    } else at = spaceEnd;
  }
  parts.push(value.slice(start));
  return parts;
}

/** One range, or several separated by " / " or ";" (one per period). */
function payRanges(value: string): PayRange[] | undefined {
  const ranges = splitPayRanges(value).map(payRange);
  return ranges.every((range) => range !== undefined) ? (ranges as PayRange[]) : undefined;
}

function payRange(value: string): PayRange | undefined {
  const match = PAY.exec(value);
  const period = PERIODS.find(([pattern]) => pattern.test(match?.[3] ?? ""))?.[1];
  const min = parseMoney(match?.[1] ?? "");
  const max = parseMoney(match?.[2] ?? "");
  if (!period || min === undefined || max === undefined) return undefined;
  return { period, min, max, printed: value };
}

/** The value of `spec` in `value`, or undefined when it is not of the field's shape. */
function fits(spec: LabelSpec, value: string): boolean {
  switch (spec.field) {
    case "code":
      return CODE.test(value);
    case "grade":
      return GRADE.test(value);
    case "pay":
      return payRanges(value) !== undefined;
    case "established":
    case "revised":
    case "title-changed":
      return DATE.test(value);
    default:
      return value !== "";
  }
}

function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export class Labels {
  private readonly specs: LabelSpec[];
  private readonly byName = new Map<string, LabelSpec[]>();
  /** Any label name, where it stands: before it a line start or a space. */
  private readonly names: RegExp;
  private readonly alone: RegExp;
  /** A label name opening a text, the spaces after it included. */
  private readonly leading: RegExp;

  constructor(profile: PublisherProfile) {
    this.specs = [...profile.labels, ...GENERIC_LABELS];
    for (const spec of this.specs) {
      for (const name of spec.names) {
        const key = name.toLowerCase();
        this.byName.set(key, [...(this.byName.get(key) ?? []), spec]);
      }
    }
    const all = [...this.byName.keys()].sort((a, b) => b.length - a.length).map(literal);
    // A name then ":" / "#" / a space; "No." keeps its period as part of the name.
    this.names = new RegExp(`(?<=^|\\s)(${all.join("|")})(?:\\s*[:#]\\s*|\\s+)`, "gi");
    this.alone = new RegExp(`^(${all.join("|")})\\s*:?$`, "i");
    this.leading = new RegExp(`^(${all.join("|")})\\s*:?(?:\\s+|$)`, "i");
  }

  /** Every printed label name, for the conservation check's vocabulary. */
  phrases(): string[] {
    return this.specs.flatMap((spec) => spec.names);
  }

  /** The labels of one unit when they are all it holds (undefined otherwise). */
  read(unit: Unit): LabelValue[] | undefined {
    const text = unit.text;
    const found = [...text.matchAll(this.names)];
    const first = found[0];
    if (first?.index !== 0) return undefined;
    const values: LabelValue[] = [];
    for (const [index, match] of found.entries()) {
      const end = found[index + 1]?.index ?? text.length;
      const value = text
        .slice((match.index ?? 0) + match[0].length, end)
        .trim()
        .replace(/[;,]$/, "");
      const read = this.valueOf(match[1] ?? "", value, [unit]);
      if (!read) return undefined;
      values.push(read);
    }
    return values;
  }

  /** The label names a text is made of and nothing else ("CLASS TITLE POSITION CODE"), else undefined. */
  namesOnly(text: string): string[] | undefined {
    const names: string[] = [];
    let rest = text.trim();
    while (rest !== "") {
      const match = this.leading.exec(rest);
      if (!match?.[1]) return undefined;
      names.push(match[1]);
      rest = rest.slice(match[0].length);
    }
    return names.length > 0 ? names : undefined;
  }

  /** A table row printed as one line, split by the shape of each column (`source`: its pattern). */
  tableRow(
    names: readonly string[],
    text: string,
    source: (field: LabelSpec["field"]) => string,
    units: Unit[],
  ): LabelValue[] | undefined {
    const specs = names.map((name) => this.byName.get(name.toLowerCase())?.[0]);
    if (specs.some((spec) => spec === undefined)) return undefined;
    const pattern = new RegExp(
      `^${specs.map((spec) => source((spec as LabelSpec).field)).join("\\s+")}$`,
    );
    const match = pattern.exec(text.trim());
    if (!match) return undefined;
    return this.rowOf(names, match.slice(1), units);
  }

  /** A table row printed one cell per unit. */
  tableCells(
    names: readonly string[],
    cells: readonly Unit[],
    header: Unit[],
  ): LabelValue[] | undefined {
    return this.rowOf(
      names,
      cells.map((cell) => cell.text),
      [...header, ...cells],
    );
  }

  private rowOf(names: readonly string[], cells: readonly string[], units: Unit[]) {
    const row: LabelValue[] = [];
    for (const [index, name] of names.entries()) {
      const value = this.valueOf(name, cells[index] ?? "", units);
      if (!value) return undefined;
      row.push(value);
    }
    return row;
  }

  /** A label line whose value wraps onto the next unit (it ends in "/" or "-"): both units. */
  readWrapped(unit: Unit, next: Unit | undefined): LabelValue[] | undefined {
    if (!next || !/\s[/-]$/.test(unit.text)) return undefined;
    const values = this.read({ ...unit, text: `${unit.text} ${next.text}` });
    return values?.map((value) => ({ ...value, units: [unit, next] }));
  }

  /** A label alone on its unit and its value on the next. */
  readPair(unit: Unit, next: Unit | undefined): LabelValue | undefined {
    const name = this.alone.exec(unit.text)?.[1];
    if (!name || !next || next.role === "heading") return undefined;
    return this.valueOf(name, next.text, [unit, next]);
  }

  private valueOf(label: string, value: string, units: Unit[]): LabelValue | undefined {
    const trimmed = value.replace(/\.$/, "");
    for (const spec of this.byName.get(label.toLowerCase()) ?? []) {
      const candidate = spec.field === "code" || spec.field === "grade" ? trimmed : value;
      const shape = DATE_FIELDS.has(spec.field) ? withoutInitials(candidate) : candidate;
      if (!fits(spec, shape)) continue;
      const ranges = spec.field === "pay" ? payRanges(candidate) : undefined;
      return { spec, label, value: candidate, units, ...(ranges ? { ranges } : {}) };
    }
    return undefined;
  }
}
