/**
 * The registered profiles. Adding a jurisdiction means adding a folder here.
 * Only the detectors load up front; a profile's reading code loads when a
 * document is first detected as its own.
 */
import type { AnyProfile, ProfileEntry } from "../types.js";
import { detectIowa } from "./iowa/detect.js";
import { detectKentucky } from "./kentucky/detect.js";

/**
 * `load` run once, its promise kept: every later document of the profile
 * gets the loaded profile without a dynamic import (a module-map look-up and
 * several promise turns per document).
 */
function once(load: () => Promise<AnyProfile>): () => Promise<AnyProfile> {
  let loaded: Promise<AnyProfile> | undefined;
  return () => {
    loaded ??= load();
    return loaded;
  };
}

export const PROFILES: readonly ProfileEntry[] = [
  {
    name: "kentucky",
    detect: detectKentucky,
    load: once(async () => (await import("./kentucky/index.js")).kentucky),
  },
  {
    name: "iowa",
    detect: detectIowa,
    load: once(async () => (await import("./iowa/index.js")).iowa),
  },
];
