/** A document's JSON: the string, or its UTF-8 bytes (a worker's, transferred without a copy). */
export type Json = string | Uint8Array<ArrayBuffer>;

const utf8 = new TextDecoder();

/** The JSON as text, decoding a worker's bytes. */
export function jsonText(json: Json): string {
  return typeof json === "string" ? json : utf8.decode(json);
}
