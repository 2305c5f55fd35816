/**
 * Any publisher classpec has no profile for: the generic vocabulary alone
 * (generic/vocabulary.ts). Its documents have no jurisdiction unless the
 * caller names one (`--jurisdiction us-wa`), and ids under `unknown/`.
 */
import type { PublisherProfile } from "../generic/profile.js";

export const generic: PublisherProfile = {
  name: "generic",
  jurisdiction: null,
  idPrefix: "unknown",
  headings: {},
  labels: [],
  furniture: [],
  notices: [],
  vocabulary: [],
  markers: [],
};
