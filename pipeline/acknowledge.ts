/**
 * Known warnings a maintainer has acknowledged for one document
 * (`classpec ingest --ignore distinction-chart-mismatch@us-ia/series/…`), so
 * that new warnings stand out. An acknowledged diagnostic stays in the
 * document's `diagnostics` with `acknowledged: true` (the record is kept);
 * it is neither printed nor counted. Errors cannot be acknowledged: they
 * make a document partial, and that must stay visible.
 */
import type { Message } from "./file.js";

/** A known warning accepted for one document (`id`) or every document (`*`): kept in its JSON, not printed or counted. */
export interface Acknowledgement {
  /** A diagnostic code ("distinction-chart-mismatch"). */
  code: string;
  /** A document id ("us-ia/series/information-technology-specialist-series"), or `*` for every document. */
  id: string;
}

const CODE = /^[a-z][a-z0-9-]*$/;
const EVERY_DOCUMENT = "*";

/** "CODE@ID" -> an acknowledgement, or undefined when it is not of that form. */
export function parseAcknowledgement(text: string): Acknowledgement | undefined {
  const at = text.indexOf("@");
  if (at < 0) return undefined;
  const code = text.slice(0, at);
  const id = text.slice(at + 1);
  return CODE.test(code) && id !== "" ? { code, id } : undefined;
}

/** Marks the warnings and infos of document `id` that an acknowledgement names. */
export function acknowledge(
  messages: readonly Message[],
  id: string,
  acknowledgements: readonly Acknowledgement[],
): void {
  for (const message of messages) {
    if (message.severity === "error") continue;
    const known = acknowledgements.some(
      (item) => item.code === message.code && (item.id === EVERY_DOCUMENT || item.id === id),
    );
    if (known) message.acknowledged = true;
  }
}
