/** A class cannot be revised before it was established. */
import { defineCheck } from "../../../checks/define.js";
import { specAt } from "../../../shared/pointer.js";

export const dateOrder = defineCheck<"class-spec">("date-order", ({ interpretation, report }) => {
  const { established, revised } = interpretation.body;
  if (!established || !revised || revised >= established) return;
  report(
    `Unexpected revision date ${revised} before the established date ${established}, expected it on or after`,
    {
      pointer: specAt("revised"),
      place: interpretation.provenance[specAt("revised")],
      related: [
        { pointer: specAt("established"), ...interpretation.provenance[specAt("established")] },
      ],
    },
  );
});
