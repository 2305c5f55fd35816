/** How severe a change of a value is (docs/architecture.md, "Diff"). */
import { editorialEdit } from "./editorial.js";
import { sameText, sameWords } from "./normalize.js";
import type { ChangeSeverity } from "./types.js";

/**
 * Severity of a prose edit, or undefined when the texts are the same after
 * normalization. `whenWordsChange` is the field's weight: the text of a
 * requirement is major, a duty is minor. Case, punctuation, spelling fixes
 * and like-for-like function words are always editorial, whatever the field:
 * they cannot change who qualifies (editorial.ts says what else never is).
 */
export function proseSeverity(
  before: string,
  after: string,
  whenWordsChange: ChangeSeverity,
): ChangeSeverity | undefined {
  if (sameText(before, after)) return undefined;
  if (sameWords(before, after) || editorialEdit(before, after)) return "editorial";
  return whenWordsChange;
}

/** A move reorders items without changing them: presentation, so editorial. */
export const MOVE_SEVERITY: ChangeSeverity = "editorial";
