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

  /** `parts`: places of nodes inside the rule, by their path below it ("/expression/items/0"). */
  add(
    rule: Rule,
    place: Place | undefined,
    parts: ReadonlyArray<readonly [string, Place | undefined]> = [],
  ): void {
    const at = documentAt("rules", this.rules.length);
    if (place) this.provenance[at] = place;
    for (const [path, inner] of parts) if (inner) this.provenance[`${at}${path}`] = inner;
    this.rules.push(rule);
  }

  result(): RulesResult {
    return { rules: this.rules, provenance: this.provenance };
  }
}
