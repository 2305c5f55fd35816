/**
 * Classes in the Series: a table of codes and titles (either column first,
 * "00118/90118" or one code per class), or lines that label their code
 * ("Senior Grants Specialist     Class Code: 52312"). Levels come from the
 * titles ("… 3", "… IV"), or, when no title carries one ("Associate …",
 * "Senior …"), from the order in which the series lists its classes.
 */
import type { ClassSeriesBody } from "../../../schemas/index.js";
import type { DocFile } from "../../file.js";
import { seriesAt } from "../../shared/pointer.js";
import { trimCharacters } from "../../shared/text.js";
import type { Block } from "./blocks.js";
import { CLASS_CODE, CLASS_CODE_LABEL, CLASS_TABLE_HEADER } from "./layout.js";
import { levelOfTitle } from "./levels.js";
import { type BlockRead, BlockReader, blockPlace, SOURCE } from "./reading.js";

interface ClassLine {
  codes: [string, ...string[]];
  title: string;
  block: Block;
}

const HAS_CODE = new RegExp(CLASS_CODE.source);
/** The codes right after a label: "52310", "00118/90118", "00118, 90118 and 90119". */
const CODE_RUN = /^\d{4,6}(?:\s*(?:\/|,|&|and)\s*\d{4,6})*/;
/** Separators around a title printed next to its code: dashes, parentheses, commas. */
const EDGE_CHARACTERS = new Set([..." \t,;:–—()-"]);

const trimSeparators = (text: string) => trimCharacters(text, EDGE_CHARACTERS);

/** The class codes in `text`; undefined when there is none (a class always has one). */
function codesIn(text: string): [string, ...string[]] | undefined {
  const [first, ...rest] = text.match(CLASS_CODE) ?? [];
  return first === undefined ? undefined : [first, ...rest];
}

function tableLine(block: Block): ClassLine | undefined {
  const codeCell = block.cells.find((cell) => HAS_CODE.test(cell));
  const codes = codeCell === undefined ? undefined : codesIn(codeCell);
  if (!codes) return undefined;
  const title = block.cells.filter((cell) => cell !== codeCell && cell !== "").join(" ");
  return { codes, title, block };
}

function labeledLine(block: Block): ClassLine | undefined {
  const label = CLASS_CODE_LABEL.exec(block.text);
  if (!label) return undefined;
  // The label's match ends on the code's first digit, which belongs to the code.
  const after = block.text.slice(label.index + label[0].length - 1);
  const run = CODE_RUN.exec(after)?.[0] ?? "";
  const before = trimSeparators(block.text.slice(0, label.index));
  const rest = trimSeparators(after.slice(run.length));
  const title = before || rest;
  const codes = codesIn(run);
  return title === "" || !codes ? undefined : { codes, title, block };
}

/** The columns a header row names: which holds the codes, which the titles. */
interface Columns {
  header: Block;
  code: number;
  title: number;
  /** Columns already warned about (an extra column is warned about once). */
  warned: Set<number>;
}

const CODE_HEADER = /\bcodes?\b/i;
const TITLE_HEADER = /\btitles?\b/i;

function columnsOf(header: Block): Columns | undefined {
  const code = header.cells.findIndex((cell) => CODE_HEADER.test(cell));
  const title = header.cells.findIndex(
    (cell) => TITLE_HEADER.test(cell) && !CODE_HEADER.test(cell),
  );
  return code < 0 || title < 0 ? undefined : { header, code, title, warned: new Set() };
}

/**
 * A row read by its header: the code and title columns only. Any other
 * filled cell (a "Pay Grade" column, a cell beyond the header's) is no part
 * of the class: kept as unmapped, with a warning once per column.
 */
function columnLine(
  block: Block,
  columns: Columns,
  reading: BlockReader,
  file: DocFile,
): ClassLine | undefined {
  const codes = codesIn(block.cells[columns.code] ?? "");
  const title = block.cells[columns.title] ?? "";
  if (!codes || title === "") return undefined;
  block.cells.forEach((cell, column) => {
    if (column === columns.code || column === columns.title || cell === "") return;
    const named = columns.header.cells[column] ?? "";
    if (!columns.warned.has(column)) {
      columns.warned.add(column);
      if (named !== "") reading.keepUnmapped({ text: named, ...blockPlace(columns.header) });
      const what =
        named === "" ? `cell '${cell}' beyond the header's columns` : `column '${named}'`;
      file.warn(
        "class-column-unread",
        `Unexpected ${what} in the classes table, expected only class codes and titles; its values are kept as unmapped`,
        { place: blockPlace(block), source: SOURCE },
      );
    }
    reading.keepUnmapped({ text: cell, ...blockPlace(block) });
  });
  return { codes, title, block };
}

function classLine(
  block: Block,
  columns: Columns | undefined,
  reading: BlockReader,
  file: DocFile,
) {
  if (block.kind !== "row") return labeledLine(block);
  // A row that does not fit its header (codes in another column) is read as before, by content.
  return (columns && columnLine(block, columns, reading, file)) || tableLine(block);
}

/** A line of codes alone: a cell of the classes table in a text export ("00114/90114"). */
const CODES_ONLY = /^\d{4,6}(?:\s*(?:\/|,|&|and)\s*\d{4,6})*$/;
/** A header cell on a line of its own in a text export ("Class Code", "Class Title"). */
const HEADER_CELL = /^(?:class\s+)?(?:codes?|titles?)\s*:?$/i;

const isCodes = (block: Block | undefined): block is Block =>
  block?.kind === "text" && CODES_ONLY.test(block.text);
const isTitle = (block: Block | undefined): block is Block =>
  block?.kind === "text" && !HAS_CODE.test(block.text) && !HEADER_CELL.test(block.text);

/**
 * A text export writes each cell of the classes table on a line of its own:
 * code and title alternate (either first). Lines paired here are read as the
 * row they were.
 */
function alternatingLines(blocks: readonly Block[]): Map<Block, ClassLine> {
  const lines = new Map<Block, ClassLine>();
  for (let index = 0; index + 1 < blocks.length; index++) {
    const first = blocks[index];
    const second = blocks[index + 1];
    const codes =
      isCodes(first) && isTitle(second)
        ? first
        : isTitle(first) && isCodes(second)
          ? second
          : undefined;
    const codesRead = codes && codesIn(codes.text);
    if (!codes || !codesRead || !first || !second) continue;
    const title = codes === first ? second : first;
    const block: Block = {
      ...first,
      kind: "row",
      text: `${first.text} ${second.text}`,
      cells: [first.text, second.text],
      endLine: second.endLine,
    };
    const line: ClassLine = { codes: codesRead, title: title.text, block };
    lines.set(first, line);
    lines.set(second, line);
    index++;
  }
  return lines;
}

export function readClasses(
  blocks: readonly Block[],
  file: DocFile,
): BlockRead<ClassSeriesBody["classes"]> {
  const reading = new BlockReader();
  const lines: ClassLine[] = [];
  const paired = alternatingLines(blocks);
  const parts = new Map<ClassLine, Block[]>();
  let columns: Columns | undefined;
  for (const block of blocks) {
    const isHeader =
      (CLASS_TABLE_HEADER.test(block.text) || HEADER_CELL.test(block.text)) &&
      !HAS_CODE.test(block.text);
    if (isHeader) {
      reading.claim(block);
      if (block.kind === "row") columns = columnsOf(block);
      continue;
    }
    const pair = paired.get(block);
    if (pair) {
      if (!parts.has(pair)) lines.push(pair);
      parts.set(pair, [...(parts.get(pair) ?? []), block]);
      continue;
    }
    const line = classLine(block, columns, reading, file);
    if (line) lines.push(line);
  }
  for (const [line, blocksOfLine] of parts)
    reading.claim(...blocksOfLine.filter((b) => b !== line.block));
  const classes = mergeSameTitle(lines);
  const numbered = classes.map((group) => levelOfTitle(group[0]?.title ?? ""));
  const byOrder = numbered.every((level) => level === undefined);
  if (byOrder && classes.length > 1) {
    file.info(
      "levels-by-order",
      "No class title carries a level number: levels follow the order in which the series lists its classes",
      { place: blockPlace(...lines.map((line) => line.block)), source: SOURCE },
    );
  }
  const read = classes.map((group, index) => {
    const level = numbered[index] ?? index + 1;
    const first = group[0] as ClassLine;
    if (!byOrder && numbered[index] === undefined) {
      file.warn(
        "unknown-level",
        `Unexpected class title '${first.title}' without a level number, expected one; used its position (${level})`,
        { place: blockPlace(first.block), source: SOURCE },
      );
    }
    return addClass(group, level, index, reading);
  });
  return reading.done(read);
}

/** One class printed on several rows, once per code ("00231 Revenue Examiner 1", "90231 Revenue Examiner 1"): one class. */
function mergeSameTitle(lines: readonly ClassLine[]): ClassLine[][] {
  const groups = new Map<string, ClassLine[]>();
  for (const line of lines) {
    const key = line.title.toLowerCase();
    groups.set(key, [...(groups.get(key) ?? []), line]);
  }
  return [...groups.values()];
}

function addClass(
  group: readonly ClassLine[],
  level: number,
  index: number,
  reading: BlockReader,
): ClassSeriesBody["classes"][number] {
  const first = group[0] as ClassLine;
  const codes: [string, ...string[]] = [first.codes[0]];
  reading.set(seriesAt("classes", index, "codes", 0), first.block);
  for (const line of group) {
    for (const code of line.codes) {
      if (codes.includes(code)) continue;
      reading.set(seriesAt("classes", index, "codes", codes.length), line.block);
      codes.push(code);
    }
    reading.claim(line.block);
  }
  for (const key of ["title", "level"] as const)
    reading.set(seriesAt("classes", index, key), first.block);
  return { codes, title: first.title, level };
}
