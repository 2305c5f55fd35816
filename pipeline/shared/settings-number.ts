/**
 * The one reader of a number a user sets (an environment variable or a CLI
 * option). `Number()` alone reads `0x10`, `1e1`, `0b1` and ` 5000`, so each
 * caller that used it accepted a different set of spellings; here only
 * decimal digits are a number.
 */

const WHOLE = /^\d+$/;
const DECIMAL = /^\d+(\.\d+)?$/;

/** A whole number from 1 up (to `max`), written in decimal digits only; undefined otherwise. */
export function positiveWholeNumber(
  text: string,
  max = Number.MAX_SAFE_INTEGER,
): number | undefined {
  if (!WHOLE.test(text)) return undefined;
  const value = Number(text);
  return Number.isSafeInteger(value) && value > 0 && value <= max ? value : undefined;
}

/** A number above 0 written as decimal digits with an optional fraction (`0.5`); undefined otherwise. */
export function positiveDecimalNumber(text: string): number | undefined {
  if (!DECIMAL.test(text)) return undefined;
  const value = Number(text);
  return Number.isFinite(value) && value > 0 ? value : undefined;
}
