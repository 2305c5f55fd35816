/**
 * The registered profiles. Adding a jurisdiction means adding a folder here.
 * Only the detectors load up front; a profile's reading code loads when a
 * document is first detected as its own.
 */
import type { ProfileEntry } from "../types.js";
import { detectIowa } from "./iowa/detect.js";
import { detectKentucky } from "./kentucky/detect.js";

export const PROFILES: readonly ProfileEntry[] = [
  {
    name: "kentucky",
    detect: detectKentucky,
    load: async () => (await import("./kentucky/index.js")).kentucky,
  },
  {
    name: "iowa",
    detect: detectIowa,
    load: async () => (await import("./iowa/index.js")).iowa,
  },
];
