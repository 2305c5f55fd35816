/** pdfjs's glyph path commands (its DrawOPS) and how many numbers follow each. */
export const ARGUMENTS: Readonly<Record<number, number>> = { 0: 2, 1: 2, 2: 6, 3: 4, 4: 0 };
export const MOVE_TO = 0;
