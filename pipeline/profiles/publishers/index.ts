/**
 * The publishers read through the generic class-spec reader: one line per
 * profile (docs/publishers.md). `generic` is the fallback for any other
 * publisher and stays last.
 */
import type { PublisherProfile } from "../generic/profile.js";
import { california } from "./california.js";
import { generic } from "./generic.js";
import { texas } from "./texas.js";
import { washington } from "./washington.js";

export const PUBLISHERS: readonly PublisherProfile[] = [washington, texas, california, generic];
