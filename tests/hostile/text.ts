/** Hostile text inputs, made at test time. */
import { readFileSync } from "node:fs";
import { fixture } from "../helpers.js";

const WORDS =
  "the employee performs professional work reviewing accounts and reports for the agency".split(
    " ",
  );

/** Ordinary prose: sentences, wrapped lines and paragraphs, `megabytes` long. */
export function prose(megabytes: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let index = 0; length < megabytes * 1024 * 1024; index++) {
    const word = WORDS[index % WORDS.length] as string;
    const after = index % 400 === 399 ? ".\n\n" : index % 17 === 16 ? ".\n" : " ";
    parts.push(word, after);
    length += word.length + after.length;
  }
  return parts.join("");
}

/** The Iowa seed series with `megabytes` of prose in its series concept: a real document, only huge. */
export function hugeIowaSeries(megabytes: number): string {
  const seed = readFileSync(fixture("iowa/seed-information-technology-specialist.txt"), "utf8");
  const afterConcept = seed.indexOf("\n\n", seed.indexOf("Concept"));
  return `${seed.slice(0, afterConcept)}\n\n${prose(megabytes)}${seed.slice(afterConcept)}`;
}
