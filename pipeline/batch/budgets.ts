/**
 * The per-document budgets of a batch (README "Security"): how long one
 * document may take from the moment a worker starts on it, and how much
 * memory it may use. Both can be lowered (or raised) from the environment,
 * so a user with a slow machine, or a test, can set them.
 */

import { OPERATORS_VARIABLE, STREAM_VARIABLE } from "../extract/pdf/limits.js";
import { positiveWholeNumber } from "../shared/settings-number.js";

/** `CLASSPEC_TIMEOUT_MS=N`: wall-clock budget of one document, in milliseconds. */
export const TIMEOUT_VARIABLE = "CLASSPEC_TIMEOUT_MS";
/** `CLASSPEC_MAX_MEMORY_MB=N`: memory budget of one document, in MiB. */
export const MEMORY_VARIABLE = "CLASSPEC_MAX_MEMORY_MB";

/** A real class spec takes well under a second, even a 500-page PDF a few seconds. */
export const DEFAULT_TIMEOUT_MS = 30_000;
/**
 * A real class spec needs under 100 MiB; 768 MiB leaves room for a bound
 * manual and keeps a runaway document far from exhausting a small machine.
 */
export const DEFAULT_MAX_MEMORY_MB = 768;

export interface Budgets {
  timeoutMs: number;
  maxMemoryMb: number;
}

export type BudgetProblem = { variable: string; value: string; expected?: string };

/** Node's timers hold a signed 32-bit count of milliseconds: a longer delay fires at once. */
export const MAX_TIMEOUT_MS = 2 ** 31 - 1;

function positiveInteger(
  text: string | undefined,
  max = Number.MAX_SAFE_INTEGER,
): number | undefined {
  // An empty variable is one left unset (`CLASSPEC_TIMEOUT_MS= classpec ...`).
  if (text === undefined || text === "") return undefined;
  return positiveWholeNumber(text, max) ?? Number.NaN;
}

/** The budgets the environment sets, or the variable whose value is not a positive whole number. */
export function budgetsFrom(
  env: Readonly<Record<string, string | undefined>>,
): Budgets | BudgetProblem {
  const timeoutMs = positiveInteger(env[TIMEOUT_VARIABLE], MAX_TIMEOUT_MS);
  if (Number.isNaN(timeoutMs))
    return {
      variable: TIMEOUT_VARIABLE,
      value: env[TIMEOUT_VARIABLE] ?? "",
      expected: `a positive whole number up to ${MAX_TIMEOUT_MS}`,
    };
  const maxMemoryMb = positiveInteger(env[MEMORY_VARIABLE]);
  if (Number.isNaN(maxMemoryMb))
    return { variable: MEMORY_VARIABLE, value: env[MEMORY_VARIABLE] ?? "" };
  // The PDF reader's caps are read where pdfjs runs (extract/pdf/limits.ts); a bad value is
  // refused here, before any work, rather than ignored there.
  for (const variable of [STREAM_VARIABLE, OPERATORS_VARIABLE]) {
    if (Number.isNaN(positiveInteger(env[variable])))
      return { variable, value: env[variable] ?? "" };
  }
  return {
    timeoutMs: timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxMemoryMb: maxMemoryMb ?? DEFAULT_MAX_MEMORY_MB,
  };
}

/** The usage error for a budget variable that is not a positive whole number. */
export function budgetProblemLine(problem: BudgetProblem): string {
  const expected = problem.expected ?? "a positive whole number";
  return `classpec: Unexpected '${problem.value}' for ${problem.variable}, expected ${expected}\n`;
}
