/**
 * The publishers read through the generic class-spec reader: one line per
 * profile (docs/publishers.md). `generic` is the fallback for any other
 * publisher and stays last.
 */
import type { PublisherProfile } from "../generic/profile.js";
import { california } from "./california.js";
import { generic } from "./generic.js";
import { illinois } from "./illinois.js";
import { iowaClass } from "./iowa-class.js";
import { neogov } from "./neogov.js";
import { newHampshire } from "./new-hampshire.js";
import { pennsylvania } from "./pennsylvania.js";
import { texas } from "./texas.js";
import { washington } from "./washington.js";

export const PUBLISHERS: readonly PublisherProfile[] = [
  washington,
  texas,
  california,
  illinois,
  pennsylvania,
  newHampshire,
  iowaClass,
  neogov,
  generic,
];
