/** What evaluating a node yields, and the context every step is written in. */
import type { Place, SubstitutionRule } from "../../schemas/index.js";
import type { Candidate, QualifyStep } from "../../schemas/qualifications.js";

/** A substitution rule with its pointer in the spec. */
export interface PlacedSubstitution {
  rule: SubstitutionRule;
  pointer: string;
}

export type Status = "met" | "not-met" | "unknown";

export interface Outcome {
  status: Status;
  steps: QualifyStep[];
  missing: string[];
  /** The steps of the terms whose status is this outcome's: what decided it. */
  deciding: QualifyStep[];
}

export class Context {
  constructor(
    readonly candidate: Candidate,
    readonly substitutions: readonly PlacedSubstitution[],
    private readonly provenance: Readonly<Record<string, Place>>,
  ) {}

  /** A step pointing at `pointer`, placed where the spec prints it (the nearest placed ancestor). */
  step(
    outcome: QualifyStep["outcome"],
    message: string,
    pointer: string,
    text: string,
  ): QualifyStep {
    const step: QualifyStep = { outcome, message, pointer, text };
    const place = this.placeOf(pointer);
    if (place) step.place = place;
    return step;
  }

  outcome(status: Status, steps: QualifyStep[]): Outcome {
    return { status, steps, missing: [], deciding: steps };
  }

  private placeOf(pointer: string): Place | undefined {
    for (let at = pointer; at !== ""; at = at.slice(0, at.lastIndexOf("/"))) {
      const place = this.provenance[at];
      if (place) return { ...place };
    }
    return undefined;
  }
}
