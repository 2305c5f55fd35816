/** "Did you mean": the known name closest to a mistyped one, as git and eslint suggest. */

/** Edit distance (insert, delete, substitute, swap two neighbours) between two short names. */
function distance(a: string, b: string): number {
  const rows = a.length + 1;
  const columns = b.length + 1;
  const table: number[][] = Array.from({ length: rows }, (_, row) =>
    Array.from({ length: columns }, (_, column) => (row === 0 ? column : column === 0 ? row : 0)),
  );
  const at = (row: number, column: number) => table[row]?.[column] ?? Number.POSITIVE_INFINITY;
  for (let row = 1; row < rows; row++) {
    for (let column = 1; column < columns; column++) {
      const cost = a[row - 1] === b[column - 1] ? 0 : 1;
      let best = Math.min(
        at(row - 1, column) + 1,
        at(row, column - 1) + 1,
        at(row - 1, column - 1) + cost,
      );
      if (row > 1 && column > 1 && a[row - 1] === b[column - 2] && a[row - 2] === b[column - 1]) {
        best = Math.min(best, at(row - 2, column - 2) + 1);
      }
      (table[row] as number[])[column] = best;
    }
  }
  return at(rows - 1, columns - 1);
}

/** Shorter names ("-x") match anything one edit away: no suggestion helps there. */
const MIN_LENGTH = 3;

/** The candidate within a third of the name's length (at least 1, at most 3 edits), or undefined. */
export function closest(name: string, candidates: readonly string[]): string | undefined {
  const bare = name.replace(/^-+/, "");
  if (bare.length < MIN_LENGTH) return undefined;
  const budget = Math.min(3, Math.max(1, Math.floor(bare.length / 3)));
  let best: { candidate: string; cost: number } | undefined;
  for (const candidate of candidates) {
    const cost = distance(name.toLowerCase(), candidate.toLowerCase());
    if (cost <= budget && (best === undefined || cost < best.cost)) best = { candidate, cost };
  }
  return best?.candidate;
}

/** " Did you mean 'x'?" or "" when nothing is close. */
export function didYouMean(name: string, candidates: readonly string[]): string {
  const suggestion = closest(name, candidates);
  return suggestion === undefined ? "" : ` Did you mean '${suggestion}'?`;
}
