/**
 * `record[word]` as a Map, for words made at run time (a token's word): a property read named
 * by such a string costs V8 a string-table lookup first, several times a Map's. The names every
 * object inherits ("constructor") are in it too, with what the property read gives for them.
 */
export function wordTable<Value>(
  record: Readonly<Record<string, Value>>,
): ReadonlyMap<string, Value | undefined> {
  return new Map(
    [...Object.keys(record), ...Object.getOwnPropertyNames(Object.prototype)].map((name) => [
      name,
      record[name],
    ]),
  );
}
