/**
 * Conservation finds a value's place by the value's JSON pointer, spelled as provenance spells
 * it (RFC 6901): a body key holding "/" or "~" is escaped, or its words would be held nowhere in
 * particular instead of on their own line.
 */
import { describe, expect, it } from "vitest";
import { heldTokens } from "../pipeline/conserve/held.js";
import { LineIndex } from "../pipeline/conserve/line-index.js";

describe("a held value's pointer", () => {
  it.each([
    ["a/b", "/body/a~1b"],
    ["a~b", "/body/a~0b"],
  ])("escapes the key %s as provenance files it (%s)", (key, pointer) => {
    const lines = [
      { text: "heading", line: 1 },
      { text: "zebra crossing", line: 2 },
    ];
    const place = { startLine: 2, endLine: 2 };
    const held = heldTokens(
      {
        title: "",
        body: { [key]: "zebra crossing" },
        provenance: { [pointer]: place },
        unmapped: [],
        quoted: [],
      },
      new LineIndex(lines),
    );
    const line = held.span(place);
    expect(line).not.toBe(held.anywhere);
    expect(line.take("zebra")).toBe(true);
    expect(held.anywhere.take("zebra")).toBe(false);
  });
});
