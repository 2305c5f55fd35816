/**
 * Web-page chrome around a class spec: a block or line that a profile's or the
 * generic furniture patterns match, and the run of short links (a menu) above
 * the title. Stripped from the body, never dropped: the reader hands it over
 * as `furniture`, which the conservation stage holds and an info diagnostic
 * names.
 */
import type { PublisherProfile } from "./profile.js";
import type { Unit } from "./units.js";
import { GENERIC_FURNITURE } from "./vocabulary.js";

/** A menu entry: a few words, no sentence. */
const MENU_ENTRY = /^[^.:;]{1,32}$/;
const MENU_WORDS = 4;
const MENU_RUN = 3;

export function isFurniture(profile: PublisherProfile, text: string): boolean {
  return [...profile.furniture, ...GENERIC_FURNITURE].some((pattern) => pattern.test(text));
}

/**
 * The furniture among `units`; `titleAt` is the index of the title, above which a run of
 * three or more short list items is a menu.
 */
export function findFurniture(
  profile: PublisherProfile,
  units: readonly Unit[],
  titleAt: number,
): Set<Unit> {
  const found = new Set<Unit>();
  let run: Unit[] = [];
  const flush = () => {
    if (run.length >= MENU_RUN) for (const unit of run) found.add(unit);
    run = [];
  };
  units.forEach((unit, index) => {
    if (isFurniture(profile, unit.text)) found.add(unit);
    const entry =
      index < titleAt &&
      unit.role === "item" &&
      MENU_ENTRY.test(unit.text) &&
      unit.text.split(" ").length <= MENU_WORDS;
    if (entry) run.push(unit);
    else flush();
  });
  flush();
  return found;
}
