/**
 * A profile's own section of labelled paragraphs (New Hampshire's evaluation
 * factors: "SKILL: Requires ...", "IMPACT: ..."), kept in `extensions` under
 * the profile's key: one entry per label, the label as printed without its
 * colon. A paragraph with no label stays unmapped.
 */
import type { ClassSpecBody } from "../../../schemas/class-spec.js";
import { placeOf } from "../../shared/provenance.js";
import { type Read, ReadBuilder } from "../../shared/read.js";
import type { Line } from "../../types.js";
import { neutralAt } from "./at.js";
import { linesOfPieces } from "./pieces.js";
import type { PublisherProfile } from "./profile.js";
import type { SectionPieces } from "./sections.js";

const LABELLED = /^([A-Z][A-Z /&'-]*[A-Z]):\s*(\S.*)$/;

export function readExtension(
  profile: PublisherProfile,
  sections: SectionPieces,
): Read<ClassSpecBody["extensions"], Line> {
  const read = new ReadBuilder<Line>();
  const section = sections.get("extension");
  const key = profile.extension?.key;
  if (!section || !key) return read.done({});
  read.claim(...section.heading.map((unit) => unit.line));
  const evaluationFactors: Array<{ name: string; text: string }> = [];
  for (const piece of section.pieces) {
    const labelled = LABELLED.exec(piece.text);
    if (!labelled) continue;
    const index = evaluationFactors.length;
    evaluationFactors.push({ name: labelled[1] ?? "", text: labelled[2] ?? "" });
    const place = placeOf(linesOfPieces([piece]));
    read.claim(...linesOfPieces([piece]));
    read.place(neutralAt("extensions", key, "evaluationFactors", index, "name"), place);
    read.place(neutralAt("extensions", key, "evaluationFactors", index, "text"), place);
  }
  return read.done({ [key]: { evaluationFactors } });
}
