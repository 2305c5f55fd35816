/**
 * The publishers read through the generic class-spec reader: one line per
 * profile (docs/publishers.md). `generic` is the fallback for any other
 * publisher and stays last.
 */
import type { PublisherProfile } from "../generic/profile.js";
import { generic } from "./generic.js";
import { washington } from "./washington.js";

export const PUBLISHERS: readonly PublisherProfile[] = [washington, generic];
