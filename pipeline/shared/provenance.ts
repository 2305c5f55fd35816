/** Building provenance and finding what no field claimed. */
import type { Place, Provenance, Unmapped } from "../../schemas/index.js";
import type { Line } from "../types.js";

/** JSON pointer from segments (RFC 6901 escaping). */
export function pointer(...segments: ReadonlyArray<string | number>): string {
  return segments.map((segment) => `/${String(segment).replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
}

/** The place spanning a run of lines. */
export function placeOf(lines: readonly Line[]): Place | undefined {
  const first = lines[0];
  const last = lines[lines.length - 1];
  if (!first || !last) return undefined;
  const place: Place = { startLine: first.line, endLine: last.line };
  if (first.page !== undefined) place.page = first.page;
  return place;
}

export class ProvenanceBuilder {
  readonly entries: Provenance = {};

  set(at: string, place: Place | undefined): void {
    if (place) this.entries[at] = place;
  }

  setLines(at: string, lines: readonly Line[]): void {
    this.set(at, placeOf(lines));
  }
}

/**
 * Tracks which input lines some field claimed; the rest is `unmapped`.
 * Lines are keyed by their index in the extracted line list.
 */
export class Claims {
  private readonly claimed: boolean[];

  constructor(private readonly lines: readonly Line[]) {
    this.claimed = lines.map(() => false);
  }

  claim(from: number, to = from): void {
    for (let index = from; index <= to && index < this.claimed.length; index++) {
      this.claimed[index] = true;
    }
  }

  claimLines(lines: readonly Line[]): void {
    const wanted = new Set(lines);
    this.lines.forEach((line, index) => {
      if (wanted.has(line)) this.claimed[index] = true;
    });
  }

  /** Runs of unclaimed, non-blank lines. */
  unmapped(): Unmapped[] {
    const out: Unmapped[] = [];
    let run: Line[] = [];
    const flush = (): void => {
      const place = placeOf(run);
      if (place) out.push({ text: run.map((line) => line.text.trim()).join("\n"), ...place });
      run = [];
    };
    this.lines.forEach((line, index) => {
      const blank = line.text.trim() === "";
      if (this.claimed[index] || blank) {
        if (!blank || this.claimed[index]) flush();
        return;
      }
      run.push(line);
    });
    flush();
    return out;
  }
}
