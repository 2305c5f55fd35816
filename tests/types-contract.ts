/**
 * The library's types and the published `classpec/types` declarations are the
 * same contract: each is assignable to the other. Compiled by `npm run typecheck`
 * (a mismatch is a type error, TS2322); nothing here runs.
 */

import type {
  SpecDocument as LibraryDocument,
  ClassSeriesDocument as LibrarySeries,
  ClassSpecDocument as LibrarySpec,
} from "../pipeline/index.js";
import type {
  SpecDocument as PublishedDocument,
  ClassSeriesDocument as PublishedSeries,
  ClassSpecDocument as PublishedSpec,
} from "../schemas/types/index.js";

type Assignable<From extends To, To> = [From, To];

export type Contract = [
  Assignable<LibraryDocument, PublishedDocument>,
  Assignable<PublishedDocument, LibraryDocument>,
  Assignable<LibrarySpec, PublishedSpec>,
  Assignable<PublishedSpec, LibrarySpec>,
  Assignable<LibrarySeries, PublishedSeries>,
  Assignable<PublishedSeries, LibrarySeries>,
];
