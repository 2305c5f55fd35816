/** A result shared between callers: no field of it, however deep, is written. */
export type Remembered<Result> = Result extends object
  ? { readonly [Key in keyof Result]: Remembered<Result[Key]> }
  : Result;

/**
 * A reader of one text that remembers its last few texts and results. The
 * readers of a requirement sentence each ask the same few helpers about that
 * same sentence in turn (the requirement's facts, then the qualification
 * term, then what the term leaves unread), with a clause or a phrase of it
 * asked about in between, so an answer is mostly asked for again within the
 * next few calls. A few entries only: a larger cache keeps its results alive
 * long enough to be promoted to the old generation (docs/benchmarks.md, a
 * cache of 32 texts). The reader must be a pure function of its text; a
 * result is shared by every caller asking about the same text, so its type is
 * read only all the way down.
 */
export function rememberingLast<Result>(
  read: (text: string) => Result,
  size = 1,
): (text: string) => Remembered<Result> {
  const texts: Array<string | undefined> = new Array(size).fill(undefined);
  const results: Result[] = new Array(size);
  let next = 0;
  return (text: string): Remembered<Result> => {
    for (let at = 0; at < size; at++)
      if (texts[at] === text) return results[at] as Remembered<Result>;
    const result = read(text);
    texts[next] = text;
    results[next] = result;
    next = (next + 1) % size;
    return result as Remembered<Result>;
  };
}
