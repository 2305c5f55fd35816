/**
 * The deadline of one PDF: every step of reading it (opening, and each page's
 * four steps) races one timer, so a document that takes too long stops as
 * `pdf-timeout` at the next step.
 */
import { PdfError } from "./errors.js";
import { MAX_MILLISECONDS } from "./limits.js";

/** Races each step of one document against its deadline. */
export type Before = <T>(work: Promise<T>) => Promise<T>;

/**
 * Rejects a step with pdf-timeout when it is not done by `deadline` (ms since
 * epoch). One timer per document, not one per step: a page takes four steps.
 * Each step waits in `waiting` only until it settles: racing every step
 * against one long-lived promise would keep each page's results reachable
 * from it until the document ends.
 */
export function deadlineOf(deadline: number): { before: Before; clear: () => void } {
  const waiting = new Set<(error: PdfError) => void>();
  let expired: PdfError | undefined;
  const timer = setTimeout(
    () => {
      expired = new PdfError(
        "pdf-timeout",
        `Unexpected PDF that takes over ${MAX_MILLISECONDS / 1000} s to read, expected a class spec`,
      );
      for (const reject of waiting) reject(expired);
      waiting.clear();
    },
    Math.max(0, deadline - Date.now()),
  );
  const before: Before = (work) => {
    if (expired) {
      // The step still runs: its own failure, later, must not be an unhandled rejection.
      work.catch(() => undefined);
      return Promise.reject(expired);
    }
    return new Promise((resolve, reject) => {
      waiting.add(reject);
      work.then(
        (value) => {
          waiting.delete(reject);
          resolve(value);
        },
        (error: unknown) => {
          waiting.delete(reject);
          reject(error);
        },
      );
    });
  };
  return { before, clear: () => clearTimeout(timer) };
}
