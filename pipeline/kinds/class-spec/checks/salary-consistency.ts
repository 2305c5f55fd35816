/**
 * Monthly salary vs the hourly rate times the hours: hourly x hours x 52 / 12.
 *
 * Tolerance: Kentucky prints hourly rates to 3 decimals, so the true rate can
 * differ from the printed one by half a unit in the last place (0.0005/h);
 * over a month of H hours a week that is 0.0005 x H x 52 / 12 dollars, plus
 * half a cent for rounding the monthly figure itself. The seed's own 40-hour
 * midpoint is 1.3 cents off its printed hourly rate, inside this bound; a
 * real error (a digit changed) is far outside it.
 */
import type { PayRange } from "../../../../schemas/index.js";
import { defineCheck } from "../../../checks/define.js";
import { specAt } from "../../../shared/pointer.js";

const WEEKS_PER_YEAR = 52;
const MONTHS_PER_YEAR = 12;
const HALF_CENT = 0.005;

function decimals(value: number): number {
  const text = String(value);
  const dot = text.indexOf(".");
  return dot === -1 ? 0 : text.length - dot - 1;
}

/** Printed hourly rates carry at least 3 decimals in this family; trailing zeros are dropped by parsing. */
const PRINTED_HOURLY_DECIMALS = 3;

function tolerance(hourly: number, hoursPerWeek: number): number {
  const places = Math.max(decimals(hourly), PRINTED_HOURLY_DECIMALS);
  const halfUnit = 0.5 * 10 ** -places;
  return (halfUnit * hoursPerWeek * WEEKS_PER_YEAR) / MONTHS_PER_YEAR + HALF_CENT;
}

export const salaryConsistency = defineCheck<"class-spec">(
  "salary-inconsistent",
  ({ interpretation, report }) => {
    const ranges: PayRange[] = interpretation.body.pay.ranges;
    const hourlyIndex = ranges.findIndex((range) => range.period === "hour");
    const hourly = ranges[hourlyIndex];
    if (!hourly) return;
    ranges.forEach((range, index) => {
      if (range.period !== "month" || range.hoursPerWeek === undefined) return;
      for (const key of ["min", "mid", "max"] as const) {
        const rate = hourly[key];
        const monthly = range[key];
        if (rate === undefined || monthly === undefined) continue;
        const expected = (rate * range.hoursPerWeek * WEEKS_PER_YEAR) / MONTHS_PER_YEAR;
        if (Math.abs(expected - monthly) <= tolerance(rate, range.hoursPerWeek)) continue;
        const at = specAt("pay", "ranges", index, key);
        const hourlyAt = specAt("pay", "ranges", hourlyIndex, key);
        report(
          `Unexpected ${range.hoursPerWeek}-hour monthly ${key} $${monthly.toFixed(2)}, expected about $${expected.toFixed(2)} from the hourly ${key} $${rate} x ${range.hoursPerWeek} h x 52 / 12`,
          {
            pointer: at,
            place: interpretation.provenance[at],
            related: [{ pointer: hourlyAt, ...interpretation.provenance[hourlyAt] }],
          },
        );
      }
    });
  },
);
