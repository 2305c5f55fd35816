/**
 * Class Distinctions: a heading naming a class of the series (its title, or
 * a level the classes table holds), then the paragraphs that set that class
 * apart. A heading that reads like a class title but names no class of the
 * series is warned about (`unknown-class`) and its text kept as unmapped; any
 * other line is text of the distinction it stands in.
 */
import type { ClassSeriesBody } from "../../../schemas/index.js";
import type { DocFile } from "../../file.js";
import { seriesAt } from "../../shared/pointer.js";
import { isNameShaped } from "./areas.js";
import type { Block } from "./blocks.js";
import { levelOfHeading, levelOfTitle, namedClassLevel } from "./levels.js";
import { type BlockRead, BlockReader, blockPlace, SOURCE } from "./reading.js";

const HEADING_MAX_LENGTH = 80;
/** "Network Analyst 1:" -> "Network Analyst 1". */
const withoutColon = (text: string) => (text.endsWith(":") ? text.slice(0, -1).trimEnd() : text);

function headingText(block: Block): string | undefined {
  if (block.kind !== "text" || block.text.length > HEADING_MAX_LENGTH) return undefined;
  const text = withoutColon(block.text);
  return isNameShaped(text) ? text : undefined;
}

/** The level of the class a block's heading names: its title as printed, or a heading naming its level. */
export function distinctionLevel(
  block: Block,
  classes: ClassSeriesBody["classes"],
): number | undefined {
  const title = withoutColon(block.text).toLowerCase();
  const named = classes.find((item) => item.title.toLowerCase() === title);
  if (block.kind === "text" && named) return named.level;
  const text = headingText(block);
  return text === undefined ? undefined : namedClassLevel(text, classes);
}

/**
 * A heading shaped like a class title of this series ("Network Analyst 4"),
 * or naming a level ("Level 7 – Expert"), that names none of its classes.
 */
export function namesUnknownClass(block: Block, classes: ClassSeriesBody["classes"]): boolean {
  const text = headingText(block);
  if (text === undefined) return false;
  if (levelOfTitle(text) === undefined) return levelOfHeading(text, classes) !== undefined;
  const first = text.split(" ")[0]?.toLowerCase();
  return classes.some((item) => item.title.split(" ")[0]?.toLowerCase() === first);
}

export function readDistinctions(
  blocks: readonly Block[],
  classes: ClassSeriesBody["classes"],
  file: DocFile,
): BlockRead<ClassSeriesBody["distinctions"]> {
  const reading = new BlockReader();
  const distinctions: ClassSeriesBody["distinctions"] = [];
  let index = -1;
  /** Inside the text of a heading that names no class: left unmapped. */
  let unknown = false;
  const paragraphs: Block[] = [];
  const close = () => {
    const distinction = distinctions[index];
    if (distinction && !unknown) {
      distinction.text = paragraphs.map((block) => block.text).join("\n\n");
      reading.set(seriesAt("distinctions", index, "text"), ...paragraphs);
      reading.claim(...paragraphs);
    }
    paragraphs.length = 0;
  };
  for (const block of blocks) {
    const level = distinctionLevel(block, classes);
    if (level !== undefined) {
      close();
      unknown = false;
      index = distinctions.length;
      distinctions.push({ level, title: block.text, text: "" });
      reading.set(seriesAt("distinctions", index, "level"), block);
      reading.set(seriesAt("distinctions", index, "title"), block);
      reading.claim(block);
    } else if (namesUnknownClass(block, classes)) {
      close();
      unknown = true;
      file.warn(
        "unknown-class",
        `Unexpected class distinction '${block.text}' for no class of the series, expected one of its titles or levels; its text is kept as unmapped`,
        { place: blockPlace(block), source: SOURCE },
      );
    } else if (index >= 0 && block.kind !== "row") {
      paragraphs.push(block);
    }
  }
  close();
  return reading.done(distinctions);
}
