/**
 * A consistency check, after remark-lint's rules: one check per file, wrapped
 * by `defineCheck`, which stamps the check's id as the message code and its
 * name as the message source. A check is written for one document kind, so it
 * reads that kind's body without guards or casts.
 */
import type { MessageOptions } from "../file.js";
import type { Check, Interpretation, KindName, RulesResult } from "../types.js";

export interface CheckContext<K extends KindName> {
  interpretation: Interpretation<K>;
  rules: RulesResult;
  /** Report a finding; `related` should name the other place of a contradiction. */
  report(reason: string, options?: MessageOptions): void;
}

export function defineCheck<K extends KindName>(
  id: string,
  run: (context: CheckContext<K>) => void,
): Check<K> {
  return (interpretation, rules, file) => {
    run({
      interpretation,
      rules,
      report: (reason, options = {}) =>
        file.warn(id, reason, { ...options, source: `check:${id}` }),
    });
  };
}
