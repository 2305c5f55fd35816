/**
 * The phrases a publisher prints that no field repeats, for the conservation
 * check: every heading synonym and label name the reader knows, and the
 * profile's own (a banner). A heading's words are excused only as the whole
 * phrase (pipeline/conserve/vocabulary.ts).
 */
import { HeadingVocabulary } from "./headings.js";
import { Labels } from "./labels.js";
import type { PublisherProfile } from "./profile.js";

export function publisherVocabulary(profile: PublisherProfile): readonly string[] {
  return [
    ...HeadingVocabulary.phrases(profile),
    ...new Labels(profile).phrases(),
    ...profile.vocabulary,
  ];
}
