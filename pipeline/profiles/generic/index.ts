/**
 * A publisher's data made a profile the pipeline runs: detection by its
 * markers (or, for `generic`, by whether the document reads as a class spec
 * at all), reading by the generic reader, its vocabulary for the
 * conservation stage.
 */
import type { Extracted, Profile } from "../../types.js";
import { classPartsOf, reportUnreadClasses } from "./classes.js";
import { detectClassSpec, detectPublisher } from "./detect.js";
import { publisherVocabulary } from "./phrases.js";
import type { PublisherProfile } from "./profile.js";
import { readClassSpec } from "./read.js";
import { unitsOf } from "./units.js";

export function publisherProfile(data: PublisherProfile): Profile<"class-spec"> {
  const fallback = data.markers.length === 0;
  return {
    name: data.name,
    kind: "class-spec",
    jurisdiction: data.jurisdiction,
    ...(data.publisher !== undefined ? { publisher: data.publisher } : {}),
    vocabulary: publisherVocabulary(data),
    detect: (extracted, bar) =>
      fallback ? detectClassSpec(data, extracted) : detectPublisher(data, extracted, bar),
    interpret: (extracted, file, options) => {
      // Called for a page read whole: a page of several classes comes here only when its parts were not found.
      // Its units are found once, for both.
      const units = unitsOf(extracted);
      reportUnreadClasses(units, data, file);
      return readClassSpec(extracted, file, data, options, units);
    },
    ...(data.parts ? { parts: (extracted: Extracted) => classPartsOf(extracted, data) } : {}),
    ...(fallback ? { fallback: true as const } : {}),
  };
}
