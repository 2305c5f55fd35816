/**
 * A Kentucky text export -> what a Kentucky spec PDF prints: banner, title,
 * the label/value block, and the body as blocks (a heading and its text, or
 * a paragraph). Both PDF producers lay out this model, so a PDF and its text
 * twin hold the same words.
 */

export interface HeaderField {
  label: string;
  value: string;
}

export interface Block {
  /** Bold run at the start of the block (`EDUCATION:`), if any. */
  heading?: string;
  /** The block's words, hard wraps and wrap hyphens of the export repaired. */
  text: string;
  /** The non-discrimination statement, set small. */
  closing?: boolean;
}

export interface SpecModel {
  banner: string[];
  title: string;
  /** Rows of the label/value block, in print order. A row with an empty label continues a list. */
  fields: HeaderField[];
  blocks: Block[];
}

const BANNER = /^(?:COMMONWEALTH OF KENTUCKY|JOB CLASS SPECIFICATION)$/;
const FIRST_SECTION = /^\s*PROBATIONARY\s+PERIODS?\s*:/;
const SALARY = /^(.*?)\s*(Salary \([^)]*\):)\s*(.*)$/;
const LABEL = /^(.*?)\s*(Grade|Job Code|Job Group|Job Established|Job Revised|Job Number):\s*(.*)$/;
const ENTRANCE = /^Special Entrance Rates?:/;
/** A heading at the start of a body line: capitals up to a colon, or the substitution headings. */
const HEADING = /^((?:[A-Z][A-Z ,.()]+[A-Z)]|Substitute [A-Z]+ for [A-Z]+)\s*:)\s*(.*)$/;
const CLOSING = /^THE COMMONWEALTH OF KENTUCKY DOES NOT DISCRIMINATE/;
/** A numbered or bulleted item ("1)      Collects ...", "2. Skill in ..."): a line of its own on the page. */
const LIST_ITEM = /^(?:\d{1,2}[.)]|[•*-])\s+/;
const OPEN_URL = /(?:https?:\/\/|www\.)\S*[./\-_]$/;
const WRAP_HYPHEN = /[a-z]-$/;

/** Hard-wrapped lines -> one string, as a reader would: wrap hyphens and split URLs rejoined. */
export function joinWrapped(lines: readonly string[]): string {
  let text = "";
  for (const raw of lines) {
    const line = raw.replace(/\s+/g, " ").trim();
    if (line === "") continue;
    if (text === "") text = line;
    else if (OPEN_URL.test(text) && /^[a-z0-9/]/.test(line)) text += line;
    else if (WRAP_HYPHEN.test(text) && /^[a-z]/.test(line)) text = text.slice(0, -1) + line;
    else text += ` ${line}`;
  }
  return text;
}

/** The header block (lines before the first section) -> banner, title, fields. */
function readHeader(lines: readonly string[]): Pick<SpecModel, "banner" | "title" | "fields"> {
  const banner: string[] = [];
  let title = "";
  let grade = "";
  let salaryLabel = "Salary (MIN - MID):";
  const ranges: string[] = [];
  const labelled: HeaderField[] = [];
  const entrance: string[] = [];
  let inEntrance = false;
  for (const raw of lines) {
    const line = raw.replace(/\s+/g, " ").trim();
    if (line === "") continue;
    const salary = SALARY.exec(line);
    const label = LABEL.exec(line);
    if (BANNER.test(line)) banner.push(line);
    else if (salary) {
      salaryLabel = salary[2] ?? salaryLabel;
      if (salary[1]) grade = salary[1];
    } else if (label) {
      const value = label[3] || label[1] || "";
      if (label[2] === "Grade") grade ||= value;
      else labelled.push({ label: `${label[2]}:`, value });
    } else if (ENTRANCE.test(line)) inEntrance = true;
    else if (inEntrance) entrance.push(line);
    else if (line.startsWith("$")) ranges.push(line);
    // A long title wraps onto a second line in the text export.
    else title = title ? `${title} ${line}` : line;
  }
  return {
    banner,
    title,
    fields: [
      { label: "Grade:", value: grade },
      { label: salaryLabel, value: "" },
      ...ranges.map((value) => ({ label: "", value })),
      ...labelled,
      { label: "Special Entrance Rate:", value: "" },
      ...entrance.map((value) => ({ label: "", value })),
    ],
  };
}

/** Body lines -> blocks: a new block at every blank line and every heading. */
function readBody(lines: readonly string[]): Block[] {
  const blocks: Block[] = [];
  let heading: string | undefined;
  let current: string[] = [];
  const flush = (): void => {
    const text = joinWrapped(current);
    if (text !== "" || heading !== undefined) {
      blocks.push({
        ...(heading !== undefined ? { heading } : {}),
        text,
        ...(CLOSING.test(text) ? { closing: true } : {}),
      });
    }
    heading = undefined;
    current = [];
  };
  for (const raw of lines) {
    const line = raw.trim();
    const match = HEADING.exec(line);
    if (line === "") flush();
    else if (LIST_ITEM.test(line)) {
      flush();
      current.push(line.replace(/\s+/g, " "));
    } else if (match && !CLOSING.test(line)) {
      flush();
      heading = match[1];
      current.push(match[2] ?? "");
    } else current.push(line);
  }
  flush();
  return blocks;
}

export function modelOf(exportText: string): SpecModel {
  const lines = exportText.replace(/\r\n?/g, "\n").replaceAll("\f", "\n").split("\n");
  const start = lines.findIndex((line) => FIRST_SECTION.test(line));
  const split = start === -1 ? lines.length : start;
  return { ...readHeader(lines.slice(0, split)), blocks: readBody(lines.slice(split)) };
}

/**
 * The layout a reader of Kentucky's own PDFs sees: the first value of a
 * list on its label's own line ("Salary (MIN - MID):" and
 * "$13.581-$17.990 - Hourly" side by side, the next ranges below it in the
 * value column), and a heading that stands alone in the export followed by
 * its first paragraph on the heading's line ("UNIQUE PHYSICAL REQUIREMENTS:
 * Must be able to ...").
 */
export function naturalOf(model: SpecModel): SpecModel {
  const fields: HeaderField[] = [];
  for (const field of model.fields) {
    const previous = fields[fields.length - 1];
    if (field.label === "" && previous && previous.label !== "" && previous.value === "")
      previous.value = field.value;
    else fields.push({ ...field });
  }
  const blocks: Block[] = [];
  for (const block of model.blocks) {
    const previous = blocks[blocks.length - 1];
    if (previous?.heading && previous.text === "" && !block.heading && !block.closing)
      previous.text = block.text;
    else blocks.push({ ...block });
  }
  return { ...model, fields, blocks };
}
