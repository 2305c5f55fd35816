/** The field tables by document kind: a new kind adds its table here, and the walker and the catalogue follow. */
import type { SpecDocument } from "../../../schemas/index.js";
import type { Field } from "../fields.js";
import { CLASS_SERIES_FIELDS } from "./class-series.js";
import { CLASS_SPEC_FIELDS } from "./class-spec.js";

type Kind = SpecDocument["kind"];
type BodyOf<K extends Kind> = Extract<SpecDocument, { kind: K }>["body"];

export const BODY_TABLES: { readonly [K in Kind]: ReadonlyArray<Field<BodyOf<K>>> } = {
  "class-spec": CLASS_SPEC_FIELDS,
  "class-series": CLASS_SERIES_FIELDS,
};

export { DOCUMENT_FIELDS } from "./document.js";
