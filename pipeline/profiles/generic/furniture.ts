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

const BREADCRUMB_SEPARATOR = /[>›»/|]/;
const YOU_ARE_HERE = /^you are here:? ?/i;

/** "Home > Jobs > Class Specifications", "You are here: Home / Jobs": home, then at least one step. */
function isBreadcrumb(text: string): boolean {
  const steps = text.replace(YOU_ARE_HERE, "").split(BREADCRUMB_SEPARATOR);
  return (
    steps.length >= 2 &&
    steps[0]?.trim().toLowerCase() === "home" &&
    steps.every((step) => step.trim() !== "")
  );
}

const NAVIGATION_SEPARATOR = " | ";
const NAVIGATION_ENTRIES = 3;
const NAVIGATION_ENTRY_LENGTH = 30;

/** A navigation bar saved as one line: "About | Jobs | Contact" (three or more short entries, no sentence). */
function isNavigationBar(text: string): boolean {
  const entries = text.split(NAVIGATION_SEPARATOR);
  return (
    entries.length >= NAVIGATION_ENTRIES &&
    entries.every(
      (entry) =>
        entry.length >= 1 &&
        entry.length <= NAVIGATION_ENTRY_LENGTH &&
        !entry.includes(".") &&
        !entry.includes("|"),
    )
  );
}

export function isFurniture(profile: PublisherProfile, text: string): boolean {
  return (
    isBreadcrumb(text) ||
    isNavigationBar(text) ||
    [...profile.furniture, ...GENERIC_FURNITURE].some((pattern) => pattern.test(text))
  );
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
