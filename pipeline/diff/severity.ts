/** How severe a change of a value is (docs/architecture.md, "Diff"). */
import { sameText, sameWords } from "./normalize.js";
import type { ChangeSeverity } from "./types.js";

/**
 * Severity of a prose edit, or undefined when the texts are the same after
 * normalization. `whenWordsChange` is the field's weight: the text of a
 * requirement is major, a duty is minor. Case and punctuation alone are
 * always editorial, whatever the field: they cannot change who qualifies.
 */
export function proseSeverity(
  before: string,
  after: string,
  whenWordsChange: ChangeSeverity,
): ChangeSeverity | undefined {
  if (sameText(before, after)) return undefined;
  if (sameWords(before, after)) return "editorial";
  return whenWordsChange;
}

/** A move reorders items without changing them: presentation, so editorial. */
export const MOVE_SEVERITY: ChangeSeverity = "editorial";
