/** Notices, one field both kinds have: the same ids and meaning (catalogue.ts scopes them to any kind). */
import type { PathOf } from "../../shared/pointer.js";
import type { Field } from "../fields.js";
import { SECTIONS } from "../labels.js";

/** Text the family prints on every document, or a list's lead-in: wording, not who qualifies. */
export function noticesField<T extends { notices: readonly string[] }>(): Field<T> {
  return {
    compare: "list",
    // T has `notices` (its constraint says so); TS cannot resolve PathOf of a type parameter.
    path: ["notices"] as PathOf<T>,
    section: SECTIONS.notices,
    label: "Notice",
    key: "notices",
    severity: "minor",
    ids: {
      changed: "notice-changed",
      added: "notice-added",
      removed: "notice-removed",
      moved: "notice-moved",
    },
    about: "A notice (text the family prints on every document, or a list's lead-in)",
    read: (body) => body.notices,
  };
}
