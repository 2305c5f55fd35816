/**
 * A reader of one text that remembers its last few texts and results. The
 * readers of a requirement sentence each ask the same few helpers about that
 * same sentence in turn (the requirement's facts, then the qualification
 * term, then what the term leaves unread), with a clause or a phrase of it
 * asked about in between, so an answer is mostly asked for again within the
 * next few calls. A few entries only: a larger cache keeps its results alive
 * long enough to be promoted to the old generation (docs/benchmarks.md, a
 * cache of 32 texts). The reader must be a pure function of its text, and its
 * callers must not change what it returns.
 */
export function rememberingLast<Result>(
  read: (text: string) => Result,
  size = 1,
): (text: string) => Result {
  const texts: Array<string | undefined> = new Array(size).fill(undefined);
  const results: Result[] = new Array(size);
  let next = 0;
  return (text: string): Result => {
    for (let at = 0; at < size; at++) if (texts[at] === text) return results[at] as Result;
    const result = read(text);
    texts[next] = text;
    results[next] = result;
    next = (next + 1) % size;
    return result;
  };
}
