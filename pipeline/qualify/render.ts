/** The readable form of a qualify answer: the verdict, what decided it, what is missing, every step. */
import type { QualifyAnswer, QualifyStep } from "../../schemas/qualifications.js";
import { visible } from "../report/visible.js";

const MARKS: Readonly<Record<QualifyStep["outcome"], string>> = {
  met: "+",
  "not-met": "-",
  unknown: "?",
  credit: "+",
  assumed: "~",
  "not-deciding": " ",
};

function line(step: QualifyStep): string {
  const where = step.place
    ? ` (line ${step.place.startLine}${step.place.page ? `, page ${step.place.page}` : ""})`
    : "";
  const text = step.text === "" ? "" : `\n      "${visible(step.text)}"`;
  return `  ${MARKS[step.outcome]} ${visible(step.message)}${where} ${step.pointer}${text}`;
}

/** A `qualify` answer as the text `classpec qualify --format text` prints: the verdict, what is missing, each step. */
export function renderAnswer(answer: QualifyAnswer): string {
  const out = [`${visible(answer.spec.title)} (${answer.spec.id}): ${answer.answer}`];
  if (answer.missing.length > 0)
    out.push("Missing:", ...answer.missing.map((item) => `  - ${visible(item)}`));
  out.push("Steps:", ...answer.steps.map(line));
  return `${out.join("\n")}\n`;
}
