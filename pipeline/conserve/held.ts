/**
 * What the output holds, by place: each value's tokens are counted (a
 * multiset) in the span of lines its provenance names, so an input line is
 * accounted for only by the values read from it. A value whose pointer has no
 * place takes the place of its nearest ancestor that has one; a value with
 * none at all (rare) is held "anywhere". Unmapped pieces and the sources a
 * rule quotes carry their own places.
 */
import type { Place, Provenance } from "../../schemas/index.js";
import type { Interpretation } from "../types.js";
import type { LineIndex } from "./line-index.js";
import { dateParts, isDateToken, numberToken, tokensOf } from "./tokens.js";
import { Vocabulary } from "./vocabulary.js";

/** The longest value (in tokens) a line may restate: a name or a title, not a sentence. */
const RESTATED_TOKENS = 12;

/** Tokens held in one span of lines, with how many times each is still unclaimed. */
export class Span {
  readonly counts = new Map<string, number>();

  constructor(
    readonly start: number,
    readonly end: number,
  ) {}

  add(token: string): void {
    this.counts.set(token, (this.counts.get(token) ?? 0) + 1);
  }

  /** Claims one `token`; false when the span holds none left. */
  take(token: string): boolean {
    const count = this.counts.get(token);
    if (count === undefined || count === 0) return false;
    this.counts.set(token, count - 1);
    return true;
  }

  has(token: string): boolean {
    return (this.counts.get(token) ?? 0) > 0;
  }
}

/** The output's tokens by line: the spans covering each line, the one closing soonest first. */
export class Held {
  private readonly spans = new Map<string, Span>();

  constructor(private readonly lines: LineIndex) {}
  /** Position in the extracted lines -> spans covering it, closing soonest first (built by `index`). */
  private byLine: Array<Span[] | undefined> = [];
  readonly anywhere = new Span(0, 0);
  /**
   * Every string value as its run of tokens: an input line that restates one
   * whole (a class title in its table and in a chart, an area named in the
   * concept's list and in its definition) is held by it wherever it stands.
   */
  private readonly statements = new Set<string>();
  /**
   * The notices, as phrases held wherever they stand: a reader keeps a notice
   * once however often the document prints it (a letterhead on every page, a
   * "Typical duties include:" closing each area's focus).
   */
  notices: Vocabulary = new Vocabulary([]);

  span(place: Place | undefined): Span {
    const covered = place && this.lines.span(place);
    if (!covered) return this.anywhere;
    const [start, end] = covered;
    const key = `${start}:${end}`;
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
    if (tokens.length > 0 && tokens.length <= RESTATED_TOKENS)
      this.statements.add(tokens.join(" "));
  }

  /** Whether `tokens[from..to)` (a whole line's) restate one value whole. */
  restates(tokens: readonly string[], from: number, to: number): boolean {
    const length = to - from;
    return (
      length > 0 &&
      length <= RESTATED_TOKENS &&
      this.statements.has(tokens.slice(from, to).join(" "))
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

  /** Whether `token` is still held at line `position`, without claiming it. */
  has(token: string, position: number): boolean {
    const spans = this.byLine[position];
    if (spans) for (const span of spans) if (span.has(token)) return true;
    return this.anywhere.has(token);
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
}

export function outputOf(interpretation: Interpretation): Output {
  return {
    title: interpretation.title,
    body: interpretation.body,
    provenance: interpretation.provenance,
    unmapped: interpretation.unmapped,
    quoted: Object.values(interpretation.sources ?? {}),
  };
}

function addValue(
  held: Held,
  provenance: Provenance,
  at: string,
  value: unknown,
  inherited: Span,
): void {
  if (value === null || value === undefined) return;
  const own = provenance[at];
  const span = own ? held.span(own) : inherited;
  if (typeof value === "string") held.addText(span, value);
  else if (typeof value === "number") span.add(numberToken(value));
  else if (Array.isArray(value))
    value.forEach((item, index) => {
      addValue(held, provenance, `${at}/${index}`, item, span);
    });
  else if (typeof value === "object")
    for (const [key, item] of Object.entries(value))
      addValue(held, provenance, `${at}/${key}`, item, span);
}

export function heldTokens(output: Output, lines: LineIndex): Held {
  const held = new Held(lines);
  const notices = (output.body as { notices?: unknown } | null)?.notices;
  if (Array.isArray(notices))
    held.notices = new Vocabulary(notices.filter((text) => typeof text === "string"));
  addValue(held, output.provenance, "/body", output.body, held.anywhere);
  held.addText(held.span(output.provenance["/title"]), output.title);
  for (const piece of output.unmapped)
    held.addText(
      piece.startLine !== undefined ? held.span(piece as Place) : held.anywhere,
      piece.text,
    );
  for (const { text, place } of output.quoted) held.addText(held.span(place), text);
  return held.index();
}
