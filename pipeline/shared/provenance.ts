/** JSON pointers, places of lines, and the lines no field claimed. */
import type { Place, Unmapped } from "../../schemas/index.js";
import type { Line } from "../types.js";

/** One segment of a JSON pointer, RFC 6901 escaped ("~" -> "~0", "/" -> "~1"). */
function escapeSegment(segment: string | number): string {
  if (typeof segment === "number") return String(segment);
  // Field names hold neither character: most segments need no replacing at all.
  if (!segment.includes("~") && !segment.includes("/")) return segment;
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}

/** JSON pointer from segments (RFC 6901 escaping). */
export function pointer(...segments: ReadonlyArray<string | number>): string {
  let out = "";
  for (const segment of segments) out += `/${escapeSegment(segment)}`;
  return out;
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

/** Runs of unclaimed, non-blank lines: the text no field took, as `unmapped`. */
export function unclaimedRuns(
  lines: readonly Line[],
  isClaimed: (line: Line) => boolean,
): Unmapped[] {
  const out: Unmapped[] = [];
  let run: Line[] = [];
  const flush = (): void => {
    // Called at every claimed line: most have no run before them to close.
    if (run.length === 0) return;
    const place = placeOf(run);
    if (place) out.push({ text: run.map((line) => line.text.trim()).join("\n"), ...place });
    run = [];
  };
  for (const line of lines) {
    if (line.text.trim() === "") continue;
    if (isClaimed(line)) flush();
    else run.push(line);
  }
  flush();
  return out;
}
