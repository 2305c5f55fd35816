/**
 * What the output holds, by place: each value's tokens are counted (a
 * multiset) in the span of lines its provenance names, so an input line is
 * accounted for only by the values read from it. A value whose pointer has no
 * place takes the place of its nearest ancestor that has one; a value with
 * none at all (rare) is held "anywhere". Unmapped pieces and the sources a
 * rule quotes carry their own places.
 */
import type { Place, Provenance } from "../../schemas/index.js";
import { pointer } from "../shared/provenance.js";
import type { Interpretation } from "../types.js";
import type { LineIndex } from "./line-index.js";
import { dateParts, isDateToken, numberToken, tokensOf } from "./tokens.js";

/** The longest value (in tokens) a line may restate: a name or a title, not a sentence. */
const RESTATED_TOKENS = 12;

/** More positions than any document has lines: `start * POSITIONS + end` keys a span. */
const POSITIONS = 2 ** 26;

/** Above this many tokens left a span counts them in a map; below, a list searched in place is cheaper. */
const LISTED_TOKENS = 24;

/**
 * Tokens held in one span of lines, each claimable once. The input claims
 * them mostly in the order the value holds them, so the tokens left are kept
 * as the list from `next` on and a claim first tries the token at `next`; a
 * long span counts what is left in a map only when a claim misses it there.
 */
export class Span {
  private tokens: string[] = [];
  /** `tokens[next..]` are the tokens left, while `counts` is unset. */
  private next = 0;
  private counts: Map<string, number> | undefined;

  constructor(
    readonly start: number,
    readonly end: number,
  ) {}

  add(token: string): void {
    this.tokens.push(token);
  }

  /** Claims one `token`; false when the span holds none left. */
  take(token: string): boolean {
    const counts = this.counts;
    if (counts) {
      const count = counts.get(token);
      if (count === undefined || count === 0) return false;
      counts.set(token, count - 1);
      return true;
    }
    const tokens = this.tokens;
    const next = this.next;
    if (next >= tokens.length) return false;
    if (tokens[next] === token) {
      this.next = next + 1;
      return true;
    }
    if (tokens.length - next > LISTED_TOKENS) return this.counted().take(token);
    const at = tokens.indexOf(token, next + 1);
    if (at < 0) return false;
    tokens[at] = tokens[next] as string;
    this.next = next + 1;
    return true;
  }

  /** The tokens left, now counted by token. */
  private counted(): this {
    const counts = new Map<string, number>();
    const tokens = this.tokens;
    for (let at = this.next; at < tokens.length; at++) {
      const token = tokens[at] as string;
      counts.set(token, (counts.get(token) ?? 0) + 1);
    }
    this.counts = counts;
    this.tokens = [];
    return this;
  }
}

/** The output's tokens by line: the spans covering each line, the one closing soonest first. */
export class Held {
  /** Keyed by first and last position. */
  private readonly spans = new Map<number, Span>();

  constructor(private readonly lines: LineIndex) {}
  /** Position in the extracted lines -> spans covering it, closing soonest first (built by `index`). */
  private byLine: Array<Span[] | undefined> = [];
  readonly anywhere = new Span(0, 0);
  /**
   * Every string value as its run of tokens: an input line that restates one
   * whole (a class title in its table and in a chart, an area named in the
   * concept's list and in its definition) is held by it wherever it stands.
   */
  private readonly statements = new Map<string, Array<readonly string[]>>();

  span(place: Place | undefined): Span {
    const covered = place && this.lines.span(place);
    if (!covered) return this.anywhere;
    const [start, end] = covered;
    const key = start * POSITIONS + end;
    let span = this.spans.get(key);
    if (!span) {
      span = new Span(start, end);
      this.spans.set(key, span);
    }
    return span;
  }

  addText(span: Span, text: string): void {
    const tokens = tokensOf(text);
    for (const token of tokens) {
      span.add(token);
      if (isDateToken(token)) for (const part of dateParts(token)) span.add(part);
    }
    const first = tokens[0];
    if (first === undefined || tokens.length > RESTATED_TOKENS) return;
    const list = this.statements.get(first);
    if (list) list.push(tokens);
    else this.statements.set(first, [tokens]);
  }

  /** Whether `tokens[from..to)` (a whole line's) restate one value whole. */
  restates(tokens: readonly string[], from: number, to: number): boolean {
    const length = to - from;
    if (length <= 0 || length > RESTATED_TOKENS) return false;
    const values = this.statements.get(tokens[from] as string);
    return (
      values?.some(
        (value) =>
          value.length === length &&
          value.every((token, offset) => tokens[from + offset] === token),
      ) ?? false
    );
  }

  /** Builds the line index; call once all values are added. */
  index(): this {
    // The span that closes soonest first: tokens are claimed in reading order, so a word on a line
    // two values share goes to the value that ends there, leaving the next value its own words.
    const ordered = [...this.spans.values()].sort((a, b) => a.end - b.end || b.start - a.start);
    for (const span of ordered) {
      for (let line = span.start; line <= span.end; line++) {
        const list = this.byLine[line];
        if (list) list.push(span);
        else this.byLine[line] = [span];
      }
    }
    return this;
  }

  /** Claims `token` for an input token at line `position`: from a span covering it, else from "anywhere". */
  take(token: string, position: number): boolean {
    const spans = this.byLine[position];
    if (spans) for (const span of spans) if (span.take(token)) return true;
    return this.anywhere.take(token);
  }
}

/** What a document holds, from an interpretation or from a written document alike. */
export interface Output {
  title: string;
  body: unknown;
  /** Pointer -> place: `/title`, `/body/...` (a written document's `/rules/...` are ignored). */
  provenance: Provenance;
  unmapped: ReadonlyArray<{ text: string } & Partial<Place>>;
  /** Source text a rule quotes that no body field holds (the probation sentence), with its place. */
  quoted: ReadonlyArray<{ text: string; place?: Place | undefined }>;
  /** Web-page chrome the reader left out of the body, as printed, with its place. */
  furniture?: ReadonlyArray<{ text: string; place?: Place | undefined }>;
}

/**
 * The notices, as phrases held wherever they stand: a reader keeps a notice
 * once however often the document prints it (a letterhead on every page, a
 * "Typical duties include:" closing each area's focus).
 */
export function noticesOf(output: Output): string[] {
  const notices = (output.body as { notices?: unknown } | null)?.notices;
  return Array.isArray(notices) ? notices.filter((text) => typeof text === "string") : [];
}

export function outputOf(interpretation: Interpretation): Output {
  return {
    title: interpretation.title,
    body: interpretation.body,
    provenance: interpretation.provenance,
    unmapped: interpretation.unmapped,
    quoted: Object.values(interpretation.sources ?? {}),
    furniture: interpretation.furniture ?? [],
  };
}

/**
 * A pointer into the body, spelled once per process: documents of a family
 * share their shapes, and a pointer looked up before is found without being
 * spelled and hashed again. Kept up to a bound, so a batch of varied or huge
 * documents cannot grow it; past it, pointers are spelled per document.
 */
interface SpelledPointer {
  readonly text: string;
  readonly items: Array<SpelledPointer | undefined>;
  keys: Map<string, SpelledPointer> | undefined;
}

const POINTERS_KEPT = 8192;
let pointersKept = 0;
const BODY: SpelledPointer = { text: "/body", items: [], keys: undefined };

function itemPointer(parent: SpelledPointer, index: number): SpelledPointer {
  const known = parent.items[index];
  if (known) return known;
  const item: SpelledPointer = { text: `${parent.text}/${index}`, items: [], keys: undefined };
  if (pointersKept < POINTERS_KEPT && index === parent.items.length) {
    parent.items.push(item);
    pointersKept++;
  }
  return item;
}

function keyPointer(parent: SpelledPointer, key: string): SpelledPointer {
  const known = parent.keys?.get(key);
  if (known) return known;
  // Escaped as every other pointer is (RFC 6901): provenance is filed under the escaped key.
  const item: SpelledPointer = {
    text: `${parent.text}${pointer(key)}`,
    items: [],
    keys: undefined,
  };
  if (pointersKept < POINTERS_KEPT) {
    parent.keys ??= new Map();
    parent.keys.set(key, item);
    pointersKept++;
  }
  return item;
}

/** A value's tokens, each part in the span of its own place when its pointer has one, else in `inherited`. */
function addValue(
  held: Held,
  provenance: Provenance,
  at: SpelledPointer,
  value: unknown,
  inherited: Span,
): void {
  const place = provenance[at.text];
  const span = place ? held.span(place) : inherited;
  if (typeof value === "string") held.addText(span, value);
  else if (typeof value === "number") span.add(numberToken(value));
  else if (Array.isArray(value))
    for (let index = 0; index < value.length; index++)
      addValue(held, provenance, itemPointer(at, index), value[index], span);
  else if (value !== null && typeof value === "object")
    for (const key of Object.keys(value))
      addValue(
        held,
        provenance,
        keyPointer(at, key),
        (value as Record<string, unknown>)[key],
        span,
      );
}

export function heldTokens(output: Output, lines: LineIndex): Held {
  const held = new Held(lines);
  addValue(held, output.provenance, BODY, output.body, held.anywhere);
  held.addText(held.span(output.provenance["/title"]), output.title);
  for (const piece of output.unmapped)
    held.addText(
      piece.startLine !== undefined ? held.span(piece as Place) : held.anywhere,
      piece.text,
    );
  for (const { text, place } of output.quoted) held.addText(held.span(place), text);
  for (const { text, place } of output.furniture ?? []) held.addText(held.span(place), text);
  return held.index();
}
