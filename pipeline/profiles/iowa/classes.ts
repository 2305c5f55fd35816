/**
 * Classes in the Series: a table of codes and titles (either column first,
 * "00118/90118" or one code per class), or lines that label their code
 * ("Senior Grants Specialist     Class Code: 52312"). Levels come from the
 * titles ("… 3", "… IV"), or, when no title carries one ("Associate …",
 * "Senior …"), from the order in which the series lists its classes.
 */
import type { ClassSeriesBody } from "../../../schemas/index.js";
import { pointer } from "../../shared/provenance.js";
import type { Block } from "./blocks.js";
import { type Reading, SOURCE } from "./body.js";
import { CLASS_CODE, CLASS_CODE_LABEL, CLASS_TABLE_HEADER } from "./layout.js";
import { levelOfTitle } from "./levels.js";

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

/** `text` without separators at either end; a loop, since a regex anchored at `$` retries every start of a long run. */
function trimSeparators(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && EDGE_CHARACTERS.has(text[start] ?? "")) start++;
  while (end > start && EDGE_CHARACTERS.has(text[end - 1] ?? "")) end--;
  return text.slice(start, end);
}

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
  const after = block.text.slice(label.index + label[0].length);
  const run = CODE_RUN.exec(after)?.[0] ?? "";
  const before = trimSeparators(block.text.slice(0, label.index));
  const rest = trimSeparators(after.slice(run.length));
  const title = before || rest;
  const codes = codesIn(run);
  return title === "" || !codes ? undefined : { codes, title, block };
}

function classLine(block: Block): ClassLine | undefined {
  return block.kind === "row" ? tableLine(block) : labeledLine(block);
}

export function readClasses(
  blocks: readonly Block[],
  body: ClassSeriesBody,
  reading: Reading,
): void {
  const lines: ClassLine[] = [];
  for (const block of blocks) {
    if (CLASS_TABLE_HEADER.test(block.text) && !HAS_CODE.test(block.text)) {
      reading.claim(block);
      continue;
    }
    const line = classLine(block);
    if (line) lines.push(line);
  }
  const numbered = lines.map((line) => levelOfTitle(line.title));
  const byOrder = numbered.every((level) => level === undefined);
  if (byOrder && lines.length > 1) {
    reading.file.info(
      "levels-by-order",
      "No class title carries a level number: levels follow the order in which the series lists its classes",
      { place: reading.place(...lines.map((line) => line.block)), source: SOURCE },
    );
  }
  lines.forEach((line, index) => {
    const level = numbered[index] ?? index + 1;
    if (!byOrder && numbered[index] === undefined) {
      reading.file.warn(
        "unknown-level",
        `Unexpected class title '${line.title}' without a level number, expected one; used its position (${level})`,
        { place: reading.place(line.block), source: SOURCE },
      );
    }
    addClass({ codes: line.codes, title: line.title, level }, line.block, body, reading);
  });
}

function addClass(
  item: ClassSeriesBody["classes"][number],
  block: Block,
  body: ClassSeriesBody,
  reading: Reading,
): void {
  const index = body.classes.length;
  body.classes.push(item);
  for (const codeIndex of item.codes.keys()) {
    reading.set(pointer("body", "classes", index, "codes", codeIndex), block);
  }
  for (const key of ["title", "level"]) reading.set(pointer("body", "classes", index, key), block);
  reading.claim(block);
}
