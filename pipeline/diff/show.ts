/** What an item added or removed whole shows in a report: its content, not only its name. */
import type { ClassSeriesBody, SalaryRange } from "../../schemas/index.js";
import { shortHeading } from "./labels.js";
import type { DiffObject } from "./types.js";

type SeriesClass = ClassSeriesBody["classes"][number];
type Area = ClassSeriesBody["areasOfWork"][number];
type Chart = ClassSeriesBody["charts"][number];

export function salaryRangeText(range: SalaryRange): DiffObject {
  return {
    period: range.period,
    ...(range.hoursPerWeek !== undefined ? { hoursPerWeek: range.hoursPerWeek } : {}),
    min: range.min,
    ...(range.mid !== undefined ? { mid: range.mid } : {}),
    ...(range.max !== undefined ? { max: range.max } : {}),
  };
}

export function classText(item: SeriesClass): string {
  return `${item.codes.join("/")} ${item.title}`;
}

export function areaText(area: Area): string {
  return `${area.number}. ${area.name}`;
}

/** A whole chart shows as its levels and whether each applies. */
export function chartText(chart: Chart): string[] {
  return chart.cells.map(
    (cell) => `${shortHeading(cell.heading)}: ${cell.text === null ? "n/a" : "applies"}`,
  );
}
