/** A class cannot be revised before it was established. */
import { defineCheck } from "../../../checks/define.js";
import { specAt } from "../../../shared/pointer.js";

const REVISED_AT = specAt("dates", "revised", "date");
const ESTABLISHED_AT = specAt("dates", "established", "date");

export const dateOrder = defineCheck<"class-spec">("date-order", ({ interpretation, report }) => {
  const established = interpretation.body.dates.established?.date;
  const revised = interpretation.body.dates.revised?.date;
  if (!established || !revised || revised >= established) return;
  report(
    `Unexpected revision date ${revised} before the established date ${established}, expected it on or after`,
    {
      pointer: REVISED_AT,
      place: interpretation.provenance[REVISED_AT],
      related: [{ pointer: ESTABLISHED_AT, ...interpretation.provenance[ESTABLISHED_AT] }],
    },
  );
});
