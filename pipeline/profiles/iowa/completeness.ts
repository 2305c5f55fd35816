/**
 * Completeness by content, not by headings: a series whose classes, concept
 * or distinctions yield nothing is partial (an error), and so is one whose
 * text stops inside a sentence (a truncated page); a class no distinction
 * describes is a warning. Each message says what is missing.
 */
import type { ClassSeriesBody } from "../../../schemas/index.js";
import type { DocFile } from "../../file.js";
import { seriesAt } from "../../shared/pointer.js";
import type { Block } from "./blocks.js";
import { SECTION_NAMES, type SectionKey } from "./layout.js";
import { blockPlace, SOURCE } from "./reading.js";
import type { Layout } from "./sections.js";

const REQUIRED: readonly SectionKey[] = ["classes", "concept", "distinctions"];
/** A sentence that stops without its closing mark: cut short, if it has a few words at least. */
const SENTENCE_CLOSE = /[.!?:;)"'\u201d\u2019]$/;
const CUT_SENTENCE_MIN_WORDS = 6;

function yielded(key: SectionKey, body: ClassSeriesBody): boolean {
  if (key === "classes") return body.classes.length > 0;
  if (key === "concept") return body.concept !== null;
  return body.distinctions.length > 0;
}

/** The last block, when it is prose that stops mid-sentence. */
function cutShort(blocks: readonly Block[]): Block | undefined {
  const last = blocks.at(-1);
  if (!last || last.kind === "row" || SENTENCE_CLOSE.test(last.text)) return undefined;
  return last.text.split(" ").length >= CUT_SENTENCE_MIN_WORDS ? last : undefined;
}

function lastWords(text: string): string {
  const words = text.split(" ");
  return words.length > 8 ? `…${words.slice(-8).join(" ")}` : text;
}

/** `content`: the document's blocks without its footer, in order. */
export function checkCompleteness(
  layout: Layout,
  content: readonly Block[],
  body: ClassSeriesBody,
  file: DocFile,
): void {
  const missing: string[] = [];
  for (const key of REQUIRED) {
    const name = SECTION_NAMES[key];
    const section = layout.sections.get(key);
    if (!section) {
      missing.push(`'${name}'`);
      file.error(
        "missing-section",
        `Unexpected series without its '${name}' section, expected one`,
        { source: SOURCE },
      );
    } else if (!yielded(key, body)) {
      missing.push(`the content of '${name}'`);
      file.error(
        "empty-section",
        `Unexpected '${name}' section that yields nothing, expected ${key === "classes" ? "class codes and titles" : "its text"}`,
        { place: blockPlace(section.heading), source: SOURCE },
      );
    }
  }
  // Charts are optional, but a Guideline Charts section none can be read from is a loss.
  const charts = layout.sections.get("charts");
  if (charts && body.charts.length === 0) {
    missing.push(`the charts of '${SECTION_NAMES.charts}'`);
    file.error(
      "empty-section",
      `Unexpected '${SECTION_NAMES.charts}' section that yields no chart, expected a numbered area followed by a table of its levels`,
      { place: blockPlace(charts.heading), source: SOURCE },
    );
  }
  const described = new Set(body.distinctions.map((distinction) => distinction.level));
  if (described.size > 0) {
    body.classes.forEach((item, index) => {
      if (described.has(item.level)) return;
      missing.push(`the distinction of '${item.title}'`);
      file.warn(
        "distinction-missing",
        `Unexpected class '${item.title}' without a class distinction, expected one under '${SECTION_NAMES.distinctions}'`,
        { pointer: seriesAt("classes", index), source: SOURCE },
      );
    });
  }
  const cut = cutShort(content);
  if (cut) {
    const what = missing.length > 0 ? `; missing: ${missing.join(", ")}` : "";
    file.error(
      "truncated-text",
      `Unexpected end of the document inside a sentence ("${lastWords(cut.text)}"), expected the rest of the guideline${what}`,
      { place: blockPlace(cut), source: SOURCE },
    );
  }
}
