/**
 * The progress line of a batch, on stderr when stderr is a terminal (never in
 * CI): count, rate and time left. It appears once a run looks like it will
 * take over ~2 s, is cleared before any other output (and redrawn on the next
 * document), and is gone when the run ends.
 */

export interface ProgressOptions {
  /** stderr is a terminal and CI is not set. */
  enabled: boolean;
  /** Milliseconds; injected by tests. */
  now?: () => number;
}

/** Runs expected to end sooner than this get no progress line. */
const EXPECTED_LONGER_THAN_MS = 2_000;
/** Nothing is estimated before this much of the run has passed. */
const FIRST_ESTIMATE_MS = 250;
/** Redraw at most this often (a terminal redrawn per document flickers and slows the batch). */
const REDRAW_EVERY_MS = 100;
/** Carriage return and "erase to end of line": leaves the cursor where the line began. */
const CLEAR_LINE = "\r\u001b[K";

export interface Progress {
  /** `done` of the batch's inputs are finished. */
  update(done: number): void;
  /** Clears the line (if shown) so other output starts at the line's start. */
  clear(): void;
}

function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${Math.ceil(seconds)} s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes} min ${Math.ceil(seconds - minutes * 60)} s`;
}

/** `rate` in documents per second. */
export function progressLine(done: number, total: number, rate: number): string {
  const left = rate > 0 ? formatSeconds((total - done) / rate) : "?";
  const width = String(total).length;
  return `[${String(done).padStart(width)}/${total}] ${rate.toFixed(1)} docs/s, ${left} left`;
}

export function createProgress(
  total: number,
  write: (text: string) => void,
  options: ProgressOptions,
): Progress {
  const now = options.now ?? (() => performance.now());
  const started = now();
  let shown = false;
  let lastDrawn = Number.NEGATIVE_INFINITY;
  /** When the first document finished: the rate is measured from there, past start-up and warm-up. */
  let firstAt: number | undefined;
  return {
    update(done) {
      if (!options.enabled || done >= total) return;
      const at = now();
      firstAt ??= at;
      const elapsed = at - started;
      if (elapsed < FIRST_ESTIMATE_MS || done < 2 || at === firstAt) return;
      const rate = ((done - 1) * 1000) / (at - firstAt);
      const expected = elapsed + ((total - done) * 1000) / rate;
      if (expected < EXPECTED_LONGER_THAN_MS && !shown) return;
      if (shown && at - lastDrawn < REDRAW_EVERY_MS) return;
      write(`${CLEAR_LINE}${progressLine(done, total, rate)}`);
      shown = true;
      lastDrawn = at;
    },
    clear() {
      if (!shown) return;
      write(CLEAR_LINE);
      shown = false;
      // The next update redraws at once.
      lastDrawn = Number.NEGATIVE_INFINITY;
    },
  };
}
