/** What an Iowa reader builds: a `Read` of blocks (shared/read.ts), placed by the blocks' lines. */
import type { Place } from "../../../schemas/index.js";
import type { Pointer } from "../../shared/pointer.js";
import { type Read, ReadBuilder } from "../../shared/read.js";
import type { Block } from "./blocks.js";

export const SOURCE = "iowa";

export type BlockRead<T> = Read<T, Block>;

/** The lines a run of blocks spans. */
export function blockPlace(...blocks: readonly Block[]): Place {
  const starts = blocks.map((block) => block.startLine);
  const ends = blocks.map((block) => block.endLine);
  return { startLine: Math.min(...starts), endLine: Math.max(...ends) };
}

/** One reader's result as it is being read (local to one call, never shared). */
export class BlockReader extends ReadBuilder<Block> {
  /** `at` stands on these blocks (none: no place). */
  set(at: Pointer, ...blocks: readonly Block[]): void {
    if (blocks.length > 0) this.place(at, blockPlace(...blocks));
  }

  /** A block read as a notice: claimed, its text kept (the interpreter keeps each text once). */
  noticeBlock(text: string, block: Block): void {
    this.claim(block);
    this.notice(text, block);
  }
}
