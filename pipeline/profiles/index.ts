/** The registered profiles. Adding a jurisdiction means adding a folder here. */
import type { AnyProfile } from "../types.js";
import { iowa } from "./iowa/index.js";
import { kentucky } from "./kentucky/index.js";

export const PROFILES: readonly AnyProfile[] = [kentucky, iowa];
