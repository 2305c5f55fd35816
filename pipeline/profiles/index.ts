/**
 * The registered profiles. Adding a jurisdiction means adding a folder here.
 * Only the detectors load up front; a profile's reading code loads when a
 * document is first detected as its own.
 */
import type { AnyProfile, ProfileEntry } from "../types.js";
import { detectClassSpec, detectPublisher } from "./generic/detect.js";
import { detectIowa } from "./iowa/detect.js";
import { detectKentucky } from "./kentucky/detect.js";
import { PUBLISHERS } from "./publishers/index.js";

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
  // Publishers as data (docs/publishers.md), `generic` last: it reads what no other profile claims.
  ...PUBLISHERS.map((publisher): ProfileEntry => {
    const fallback = publisher.markers.length === 0;
    return {
      name: publisher.name,
      detect: (extracted, bar) =>
        fallback
          ? detectClassSpec(publisher, extracted)
          : detectPublisher(publisher, extracted, bar),
      ...(fallback ? { fallback: true as const } : {}),
      load: once(async () => (await import("./generic/index.js")).publisherProfile(publisher)),
    };
  }),
];
