/**
 * A reader of one text that remembers its last text and result. The readers
 * of a requirement sentence each ask the same few helpers about that same
 * sentence in turn (the requirement's facts, then the qualification term,
 * then what the term leaves unread), so the helper's last answer is the one
 * asked for again about half the time. One entry only: a larger cache keeps
 * its results alive long enough to be promoted to the old generation
 * (docs/benchmarks.md, a cache of 32 texts). The reader must be a pure
 * function of its text, and its callers must not change what it returns.
 */
export function rememberingLast<Result>(read: (text: string) => Result): (text: string) => Result {
  let lastText: string | undefined;
  let lastResult: Result;
  return (text: string): Result => {
    if (text !== lastText) {
      lastResult = read(text);
      lastText = text;
    }
    return lastResult;
  };
}
