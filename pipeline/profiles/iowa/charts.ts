/**
 * Guideline Charts: "N. Area name", a header row of level headings
 * ("ITS 1 – Trainee" ... "ITS5 – Senior", "Level II – Journey", or the class
 * titles), then the row of cells. Cells saying n/a mean the level does not
 * do this work (text null).
 */
import type { ClassSeriesBody } from "../../../schemas/index.js";
import type { DocFile } from "../../file.js";
import { seriesAt } from "../../shared/pointer.js";
import { isNameShaped } from "./areas.js";
import type { Block } from "./blocks.js";
import { NOT_APPLICABLE, sameAreaName } from "./layout.js";
import { levelOfHeading, namedClassLevel } from "./levels.js";
import { type BlockRead, BlockReader, blockPlace, SOURCE } from "./reading.js";

type Chart = ClassSeriesBody["charts"][number];

/** What reading the charts needs: the series read so far, where the charts go, the file for warnings. */
interface Context {
  classes: ClassSeriesBody["classes"];
  areasOfWork: ClassSeriesBody["areasOfWork"];
  charts: Chart[];
  reading: BlockReader;
  file: DocFile;
}

interface Pending {
  chart: Chart;
  index: number;
  item: Block;
  header?: Block;
  rows: Block[];
}

/** A level heading of a chart: a class title, or a heading naming a level the classes table holds. */
export function isLevelHeading(block: Block, classes: ClassSeriesBody["classes"]): boolean {
  if (block.kind !== "text") return false;
  const title = block.text.toLowerCase();
  if (classes.some((item) => item.title.toLowerCase() === title)) return true;
  return isNameShaped(block.text) && namedClassLevel(block.text, classes) !== undefined;
}

function rowOf(cells: readonly Block[]): Block {
  const first = cells[0] as Block;
  const texts = cells.map((cell) => cell.text);
  return {
    kind: "row",
    text: texts.join(" "),
    cells: texts,
    heading: false,
    startLine: first.startLine,
    endLine: (cells.at(-1) as Block).endLine,
  };
}

/**
 * A text export writes a chart's cells on lines of their own: the level
 * headings ("Level I", "Level II", …, or the class titles), then one line per
 * cell. Read back as the header row and the row of cells they were, right
 * after a chart's area and when every cell is one paragraph (lines that do
 * not fit are left as they are, and unmapped).
 */
function rowsFromLines(
  blocks: readonly Block[],
  classes: ClassSeriesBody["classes"],
  reading: BlockReader,
): Block[] {
  const out: Block[] = [];
  let index = 0;
  while (index < blocks.length) {
    let end = index;
    while (end < blocks.length && isLevelHeading(blocks[end] as Block, classes)) end++;
    const width = end - index;
    const cells = blocks.slice(end, end + width);
    const afterArea = out.at(-1)?.ordinal !== undefined;
    const fits =
      afterArea &&
      width >= 2 &&
      cells.length === width &&
      cells.every((cell) => cell.kind === "text" && !isLevelHeading(cell, classes));
    if (!fits) {
      out.push(blocks[index] as Block);
      index++;
      continue;
    }
    const headings = blocks.slice(index, end);
    out.push(rowOf(headings), rowOf(cells));
    reading.claim(...headings, ...cells);
    index = end + width;
  }
  return out;
}

export function readCharts(
  section: readonly Block[],
  series: Pick<ClassSeriesBody, "classes" | "areasOfWork">,
  file: DocFile,
): BlockRead<Chart[]> {
  const reading = new BlockReader();
  const context: Context = { ...series, charts: [], reading, file };
  const { charts } = context;
  const blocks = rowsFromLines(section, series.classes, reading);
  let pending: Pending | undefined;
  /** The header of one table for every area (rows = areas), before any area. */
  let areasTable: Block | undefined;
  const finish = () => {
    if (pending) finishChart(pending, context);
    pending = undefined;
  };
  for (const block of blocks) {
    const areaRow = block.kind === "row" ? AREA_CELL.exec(block.cells[0] ?? "") : null;
    if (!pending && areasTable && areaRow) {
      chartOfAreaRow(block, areasTable, Number(areaRow[1]), areaRow[2] ?? "", context);
    } else if (!pending && !areasTable && block.kind === "row") {
      areasTable = block;
    } else if (block.kind === "item" && block.ordinal !== undefined) {
      finish();
      const index = charts.length;
      pending = {
        chart: { area: block.ordinal, name: block.text, cells: [] },
        index,
        item: block,
        rows: [],
      };
      charts.push(pending.chart);
      reading.set(seriesAt("charts", index, "area"), block);
      reading.set(seriesAt("charts", index, "name"), block);
      reading.claim(block);
    } else if (pending && block.kind === "row" && !pending.header) {
      pending.header = block;
      reading.claim(block);
    } else if (pending?.header && block.kind === "row") {
      pending.rows.push(block);
    }
  }
  finish();
  return reading.done(charts);
}

/** "1. Surveying": the area a row of a table for every area is about. */
const AREA_CELL = /^\(?(\d{1,2})[.)]\s+(\S.*)$/;

/**
 * One row of a table that charts every area (first column the area, one
 * column per level): a chart of its own, under the table's level headings.
 * The corner cell ("Area") names no level: kept as unmapped.
 */
function chartOfAreaRow(
  row: Block,
  table: Block,
  area: number,
  name: string,
  context: Context,
): void {
  const { charts, reading } = context;
  const index = charts.length;
  const chart: Chart = { area, name, cells: [] };
  charts.push(chart);
  reading.set(seriesAt("charts", index, "area"), row);
  reading.set(seriesAt("charts", index, "name"), row);
  const corner = table.cells[0] ?? "";
  if (!reading.claimed(table) && corner !== "")
    reading.keepUnmapped({ text: corner, ...blockPlace(table) });
  reading.claim(table, row);
  const header = { ...table, cells: table.cells.slice(1) };
  const cells = { ...row, cells: row.cells.slice(1) };
  finishChart({ chart, index, item: row, header, rows: [cells] }, context);
}

/**
 * A chart whose rows are the levels ("| Level | Description |", then
 * "| WQA 1 | … |"): its header names no level, the first cell of every row
 * names one of the classes table.
 */
function levelsAsRows(pending: Pending, classes: ClassSeriesBody["classes"]): boolean {
  const { header, rows } = pending;
  if (!header || rows.length === 0) return false;
  const headings = header.cells.filter((cell) => cell !== "");
  return (
    headings.every((heading) => levelOfHeading(heading, classes) === undefined) &&
    rows.every((row) => namedClassLevel(row.cells[0] ?? "", classes) !== undefined)
  );
}

/** Each row one level: its first cell the heading, its second the text; the header's labels unmapped. */
function finishRowsChart(pending: Pending, { classes, reading }: Context): void {
  const { chart, index, header, rows } = pending;
  if (header) reading.unclaim(header);
  for (const row of rows) {
    const [heading = "", raw = "", ...extra] = row.cells;
    const at = chart.cells.length;
    const level = namedClassLevel(heading, classes) as number;
    chart.cells.push({ level, heading, text: raw === "" || NOT_APPLICABLE.test(raw) ? null : raw });
    for (const key of ["level", "heading", "text"] as const)
      reading.set(seriesAt("charts", index, "cells", at, key), row);
    reading.claim(row);
    const beyond = extra.filter((cell) => cell !== "");
    if (beyond.length > 0) reading.keepUnmapped({ text: beyond.join("\n"), ...blockPlace(row) });
  }
}

function finishChart(pending: Pending, context: Context): void {
  const { classes, reading, file } = context;
  const { chart, index, header, rows } = pending;
  checkArea(pending, context);
  if (!header) return;
  if (levelsAsRows(pending, classes)) {
    finishRowsChart(pending, context);
    return;
  }
  const headings = header.cells.filter((cell) => cell !== "");
  if (headings.every((heading) => levelOfHeading(heading, classes) === undefined)) {
    unreadableChart(pending, context);
    return;
  }
  const texts = mergeRows(rows, headings.length);
  if (rows.length > 0 && texts.width !== headings.length) {
    file.warn(
      "chart-row-width",
      `Unexpected chart row of ${texts.width} cells under ${headings.length} level headings in '${chart.name}', expected one cell per level`,
      { place: blockPlace(...rows), related: [{ startLine: header.startLine }], source: SOURCE },
    );
  }
  headings.forEach((heading, column) => {
    const named = levelOfHeading(heading, classes);
    const level = named ?? column + 1;
    if (named === undefined) {
      file.warn(
        "unknown-level",
        `Unexpected level heading '${heading}' without a level number or class title, expected e.g. 'ITS 3 – Intermediate'; used its column (${level})`,
        {
          place: blockPlace(header),
          source: SOURCE,
        },
      );
    }
    const raw = texts.cells[column] ?? "";
    const text = raw === "" || NOT_APPLICABLE.test(raw) ? null : raw;
    const at = chart.cells.length;
    chart.cells.push({ level, heading, text });
    reading.set(seriesAt("charts", index, "cells", at, "level"), header);
    reading.set(seriesAt("charts", index, "cells", at, "heading"), header);
    if (rows.length > 0) reading.set(seriesAt("charts", index, "cells", at, "text"), ...rows);
  });
  reading.claim(...rows);
  if (texts.extra.length > 0) {
    // Cells beyond the headings have no level to belong to: kept as unmapped text.
    reading.keepUnmapped({ text: texts.extra.join("\n"), ...blockPlace(...rows) });
  }
}

/**
 * A table under an area whose header names no level and whose rows name
 * none either: which cell belongs to which level is unknown. No cell is
 * guessed; the table is left unmapped and the document is partial.
 */
function unreadableChart(pending: Pending, { reading, file }: Context): void {
  const { chart, header, rows } = pending;
  if (header) reading.unclaim(header);
  file.error(
    "chart-unreadable",
    `Unexpected chart table for '${chart.name}' whose headings and rows name no level of the series, expected a level per column or per row; the table is kept as unmapped`,
    { place: blockPlace(...(header ? [header] : []), ...rows), source: SOURCE },
  );
}

/** A chart's area should be one of the areas defined, under the name it was defined with. */
function checkArea(pending: Pending, { areasOfWork, file }: Context): void {
  const { chart, index, item } = pending;
  if (areasOfWork.length === 0) return;
  const defined = areasOfWork.find((area) => area.number === chart.area);
  const options = {
    pointer: defined ? seriesAt("charts", index, "name") : seriesAt("charts", index),
    place: blockPlace(item),
    source: SOURCE,
  };
  if (!defined) {
    file.warn(
      "chart-area-undefined",
      `Unexpected chart for area ${chart.area} '${chart.name}', expected an area defined under Definitions`,
      options,
    );
  } else if (!sameAreaName(defined.name, chart.name)) {
    file.warn(
      "chart-area-renamed",
      `Unexpected chart name '${chart.name}' for area ${chart.area}, expected the name it was defined with, '${defined.name}'`,
      options,
    );
  }
}

/** Rows under one header: cells joined column by column (Word splits long cells across rows). */
function mergeRows(
  rows: readonly Block[],
  width: number,
): { cells: string[]; width: number; extra: string[] } {
  const cells: string[] = [];
  let widest = 0;
  for (const row of rows) {
    widest = Math.max(widest, row.cells.length);
    row.cells.forEach((cell, column) => {
      cells[column] = [cells[column], cell].filter((part) => part && part !== "").join(" ");
    });
  }
  return { cells: cells.slice(0, width), width: widest, extra: cells.slice(width) };
}
