/** A class cannot be revised before it was established. */
import type { ClassSpecBody } from "../../schemas/index.js";
import { defineCheck } from "./define.js";

export const dateOrder = defineCheck("date-order", ({ interpretation, report }) => {
  if (interpretation.kind !== "class-spec") return;
  const { established, revised } = interpretation.body as ClassSpecBody;
  if (!established || !revised || revised >= established) return;
  report(
    `Unexpected revision date ${revised} before the established date ${established}, expected it on or after`,
    {
      pointer: "/body/revised",
      place: interpretation.provenance["/body/revised"],
      related: [
        { pointer: "/body/established", ...interpretation.provenance["/body/established"] },
      ],
    },
  );
});
