/** What the readers of one series share: provenance, claimed blocks, notices, unmapped text. */
import type { Place, Unmapped } from "../../../schemas/index.js";
import type { DocFile } from "../../file.js";
import { ProvenanceBuilder } from "../../shared/provenance.js";
import type { Block } from "./blocks.js";

export const SOURCE = "iowa";

/** What a reader of one section hands back: blocks it did not read go to unmapped. */
export class Reading {
  readonly provenance = new ProvenanceBuilder();
  readonly claimed = new Set<Block>();
  readonly notices: Array<{ text: string; block: Block }> = [];
  /** Text inside claimed blocks that no field holds (e.g. chart cells beyond the headings). */
  readonly unmapped: Unmapped[] = [];

  constructor(readonly file: DocFile) {}

  claim(...blocks: Block[]): void {
    for (const block of blocks) this.claimed.add(block);
  }

  place(...blocks: Block[]): Place {
    const starts = blocks.map((block) => block.startLine);
    const ends = blocks.map((block) => block.endLine);
    return { startLine: Math.min(...starts), endLine: Math.max(...ends) };
  }

  set(at: string, ...blocks: Block[]): void {
    if (blocks.length > 0) this.provenance.set(at, this.place(...blocks));
  }

  notice(text: string, block: Block): void {
    this.claim(block);
    if (!this.notices.some((notice) => notice.text === text)) this.notices.push({ text, block });
  }
}
