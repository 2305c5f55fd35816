/**
 * A table of labels: a header row of label names ("CLASS TITLE  POSITION CODE
 * EFFECTIVE") and one row of values per class below it. A page lays the
 * header out as one cell per unit; a text export or a PDF as one line, its
 * values on the next lines, split by the shape of each column's field (a
 * code, a date) from the right. A series page lists several classes in it.
 */

import type { Labels, LabelValue } from "./labels.js";
import type { LabelSpec } from "./profile.js";
import type { Unit } from "./units.js";

export interface LabelTable {
  /** The units of the header row. */
  header: Unit[];
  /** One row per class: its values, each with the header's units and its own. */
  rows: LabelValue[][];
}

const MAX_COLUMNS = 6;

/** The value of a column: the title takes what the others leave, a code or date one word. */
function columnSource(field: LabelSpec["field"]): string {
  return field === "title" || field === "group" ? "(.+?)" : "(\\S+)";
}

/** Rows printed as lines ("CONSERVATION EDUCATION COORDINATOR 09814") below a header line. */
function lineRows(
  labels: Labels,
  names: string[],
  units: readonly Unit[],
  from: number,
  header: Unit,
) {
  const rows: LabelValue[][] = [];
  for (let index = from; index < units.length; index++) {
    const unit = units[index] as Unit;
    const row = labels.tableRow(names, unit.text, (field) => columnSource(field), [header, unit]);
    if (!row) break;
    rows.push(row);
  }
  return rows;
}

/** Rows printed one cell per unit below a header of `names.length` cells. */
function cellRows(
  labels: Labels,
  names: string[],
  units: readonly Unit[],
  from: number,
  header: Unit[],
) {
  const rows: LabelValue[][] = [];
  for (let index = from; index + names.length <= units.length; index += names.length) {
    const cells = units.slice(index, index + names.length);
    const row = labels.tableCells(names, cells, header);
    if (!row) break;
    rows.push(row);
  }
  return rows;
}

/** The label table that starts at `units[index]`, if one does. */
export function labelTableAt(
  labels: Labels,
  units: readonly Unit[],
  index: number,
): LabelTable | undefined {
  const unit = units[index] as Unit;
  const inLine = labels.namesOnly(unit.text);
  if (inLine && inLine.length >= 2) {
    const rows = lineRows(labels, inLine, units, index + 1, unit);
    return rows.length > 0 ? { header: [unit], rows } : undefined;
  }
  const names: string[] = [];
  for (let at = index; at < units.length && names.length < MAX_COLUMNS; at++) {
    const alone = labels.namesOnly((units[at] as Unit).text);
    if (alone?.length !== 1) break;
    names.push(alone[0] as string);
  }
  if (names.length < 2) return undefined;
  const header = units.slice(index, index + names.length);
  const rows = cellRows(labels, names, units, index + names.length, header);
  return rows.length > 0 ? { header, rows } : undefined;
}
