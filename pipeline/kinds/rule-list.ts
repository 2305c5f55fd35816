/** The rules of one document as they are read, each with its place. */
import type { Place, Rule } from "../../schemas/index.js";
import { documentAt } from "../shared/pointer.js";
import type { RulesResult } from "../types.js";

export class RuleList {
  readonly rules: Rule[] = [];
  readonly provenance: Record<string, Place> = {};
  private readonly used = new Map<string, number>();

  /** Ids are stable across revisions: a kind and a subject, numbered only when repeated. */
  id(base: string): string {
    const count = (this.used.get(base) ?? 0) + 1;
    this.used.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  }

  add(rule: Rule, place: Place | undefined): void {
    if (place) this.provenance[documentAt("rules", this.rules.length)] = place;
    this.rules.push(rule);
  }

  result(): RulesResult {
    return { rules: this.rules, provenance: this.provenance };
  }
}
