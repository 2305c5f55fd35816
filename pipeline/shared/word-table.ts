/**
 * `record[word]` as a Map, for words made at run time (a token's word): a property read named
 * by such a string costs V8 a string-table lookup first, several times a Map's. Own keys only:
 * a spec's word can be "constructor" or "__proto__", which a property read would answer with
 * what every object inherits.
 */
export function wordTable<Value>(
  record: Readonly<Record<string, Value>>,
): ReadonlyMap<string, Value> {
  return new Map(Object.entries(record));
}

/**
 * `record[word]` when `word` is one of the record's own keys, for a table read by a word from
 * the input, where a property read would answer "constructor" with the `Object` function.
 */
export function ownValue<Value>(
  record: Readonly<Record<string, Value>>,
  word: string,
): Value | undefined {
  return Object.hasOwn(record, word) ? record[word] : undefined;
}
