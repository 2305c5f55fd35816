/**
 * The phrases a publisher prints that no field repeats, for the conservation
 * check: every heading synonym and label name the reader knows, and the
 * profile's own (a banner). A heading's words are excused only as the whole
 * phrase (pipeline/conserve/vocabulary.ts).
 */
import { HeadingVocabulary } from "./headings.js";
import { Labels } from "./labels.js";
import type { PublisherProfile } from "./profile.js";

/**
 * Labels inside a qualifications section ("Education:", "License/Certification: None.",
 * a lone "OR" between alternatives): the reader keeps what follows them, not the
 * label. Conservation excuses them only where they stand as a label on their line.
 */
const QUALIFICATION_LABELS = [
  "Education",
  "Experience",
  "Training",
  "License",
  "Licenses",
  "Certification",
  "Certifications",
  "License/Certification",
  "Licenses/Certifications",
  "Note",
  "Notes",
  "None",
  "Either",
  "Or",
];

export function publisherVocabulary(profile: PublisherProfile): readonly string[] {
  return [
    ...HeadingVocabulary.phrases(profile),
    ...QUALIFICATION_LABELS,
    ...new Labels(profile).phrases(),
    ...profile.vocabulary,
  ];
}
