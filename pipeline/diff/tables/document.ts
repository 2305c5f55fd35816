/** What every document compares, whatever its kind: its identity. */
import type { SpecDocument } from "../../../schemas/index.js";
import type { Field } from "../fields.js";
import { SECTIONS } from "../labels.js";

export const DOCUMENT_FIELDS: ReadonlyArray<Field<SpecDocument>> = [
  {
    compare: "scalar",
    path: ["id"],
    section: SECTIONS.identity,
    label: "Document id",
    key: "id",
    severity: "major",
    ids: { changed: "id-changed" },
    about: "The document id",
    read: (document) => document.id,
  },
  {
    compare: "text",
    path: ["title"],
    section: SECTIONS.identity,
    label: "Title",
    key: "title",
    severity: "major",
    ids: { changed: "title-changed" },
    about: "The class or series title",
    read: (document) => document.title,
  },
];
