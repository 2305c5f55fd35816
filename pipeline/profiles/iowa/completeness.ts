/**
 * Completeness by content, not by headings: a series whose classes, concept
 * or distinctions yield nothing is partial (an error), and so is one whose
 * text stops inside a word, a sentence or a chart's row (a truncated page:
 * pipeline/shared/truncation); a class no distinction
 * describes is a warning. Each message says what is missing.
 */
import type { ClassSeriesBody } from "../../../schemas/index.js";
import type { DocFile } from "../../file.js";
import { seriesAt } from "../../shared/pointer.js";
import { cutShort } from "../../shared/truncation.js";
import type { Block } from "./blocks.js";
import { SECTION_NAMES, type SectionKey } from "./layout.js";
import { blockPlace, SOURCE } from "./reading.js";
import type { Layout } from "./sections.js";

const REQUIRED: readonly SectionKey[] = ["classes", "concept", "distinctions"];

function yielded(key: SectionKey, body: ClassSeriesBody): boolean {
  if (key === "classes") return body.classes.length > 0;
  if (key === "concept") return body.concept !== null;
  return body.distinctions.length > 0;
}

/** A chart's row of level headings ending the document, no row of cells under it: cut inside the chart. */
function chartWithoutRows(
  layout: Layout,
  content: readonly Block[],
): { block: Block; how: string } | undefined {
  const last = content.at(-1);
  const before = content.at(-2);
  const charts = layout.sections.get("charts");
  if (last?.kind !== "row" || before?.kind === "row") return undefined;
  if (!charts?.blocks.includes(last)) return undefined;
  return { block: last, how: "inside a chart, after its level headings and before its cells" };
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
  const cut = cutShort(content) ?? chartWithoutRows(layout, content);
  if (cut) {
    const what = missing.length > 0 ? `; missing: ${missing.join(", ")}` : "";
    file.error(
      "truncated-text",
      `Unexpected end of the document ${cut.how}, expected the rest of the guideline${what}`,
      { place: blockPlace(cut.block), source: SOURCE },
    );
  }
}
