/**
 * A consistency check, after remark-lint's rules: one check per file, wrapped
 * by `defineCheck`, which stamps the check's id as the message code and its
 * name as the message source.
 */
import type { DocFile, MessageOptions } from "../file.js";
import type { Interpretation, RulesResult } from "../types.js";

export interface CheckContext {
  interpretation: Interpretation;
  rules: RulesResult;
  /** Report a finding; `related` should name the other place of a contradiction. */
  report(reason: string, options?: MessageOptions): void;
}

export type Check = (interpretation: Interpretation, rules: RulesResult, file: DocFile) => void;

export function defineCheck(id: string, run: (context: CheckContext) => void): Check {
  return (interpretation, rules, file) => {
    run({
      interpretation,
      rules,
      report: (reason, options = {}) =>
        file.warn(id, reason, { ...options, source: `check:${id}` }),
    });
  };
}

export function runChecks(
  checks: readonly Check[],
  interpretation: Interpretation,
  rules: RulesResult,
  file: DocFile,
): void {
  for (const check of checks) check(interpretation, rules, file);
}
