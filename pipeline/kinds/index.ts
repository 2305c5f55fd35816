/**
 * The document kinds. A kind owns what every jurisdiction publishing it
 * shares (rules, checks); adding a kind means adding a folder here.
 */
import type { Kind, KindName } from "../types.js";
import { classSeries } from "./class-series/index.js";
import { classSpec } from "./class-spec/index.js";

export const KINDS: { readonly [K in KindName]: Kind<K> } = {
  "class-spec": classSpec,
  "class-series": classSeries,
};
