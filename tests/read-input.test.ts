/** Budgets before work (pipeline/batch/inputs.ts readInput): size and file kind checked before reading. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readInput } from "../pipeline/batch/inputs.js";
import { run } from "./helpers.js";

const folder = mkdtempSync(join(tmpdir(), "classpec-read-"));

describe("readInput", () => {
  it("reads a file up to the limit, refuses one byte more with too-large", () => {
    const path = join(folder, "ten.txt");
    writeFileSync(path, "0123456789");
    expect(readInput(path, 10)).toEqual(Buffer.from("0123456789"));
    expect(readInput(path, 9)).toEqual({
      code: "too-large",
      message: "Unexpected file of 10 bytes, expected at most 9 (--max-bytes)",
    });
  });

  it("reads a file over several read chunks, an empty file and a /proc file whole", () => {
    // 2.5 MiB + 7: past the first buffer (the stat size + 1) only if the size lied; the bytes vary
    // so a chunk written twice or out of place would show.
    const big = Buffer.alloc(2.5 * 1024 * 1024 + 7);
    for (let index = 0; index < big.length; index++)
      big[index] = (index * 31 + (index >> 12)) & 255;
    const path = join(folder, "big.bin");
    writeFileSync(path, big);
    expect(Buffer.compare(readInput(path) as Buffer, big)).toBe(0);
    const empty = join(folder, "empty.txt");
    writeFileSync(empty, "");
    expect(readInput(empty)).toEqual(Buffer.alloc(0));
    // stat says 0 bytes: the first buffer holds one byte, the rest is read on in chunks.
    const status = readInput("/proc/self/status") as Buffer;
    expect(status.toString("utf8")).toMatch(/^Name:.*\n[\s\S]*VmRSS:/);
  });

  it("stops a read past the limit even when the size says 0 (a /proc file)", () => {
    const result = readInput("/proc/self/status", 16);
    expect(result).toEqual({
      code: "too-large",
      message: "Unexpected file of more than 16 bytes, expected at most 16 (--max-bytes)",
    });
  });

  it("refuses a device and a FIFO without reading (neither blocks nor floods)", () => {
    const device = readInput("/dev/zero");
    expect(device).toMatchObject({
      code: "unreadable",
      message: expect.stringMatching(/^Unexpected FIFO, socket or device/),
    });
    const fifo = join(folder, "pipe.txt");
    if (spawnSync("mkfifo", [fifo]).status !== 0) return; // no mkfifo on this system
    expect(readInput(fifo)).toMatchObject({ code: "unreadable" });
  });

  it("a missing file is not-found", () => {
    expect(readInput(join(folder, "nope.txt"))).toMatchObject({ code: "not-found" });
  });
});

describe("validate and diff read JSON under the same budget", () => {
  it("validate: a FIFO is one unreadable line, not a hang", async () => {
    const fifo = join(folder, "pipe.json");
    if (spawnSync("mkfifo", [fifo]).status !== 0) return;
    const result = await run(["validate", fifo]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^classpec: .*pipe\.json: unreadable: Unexpected FIFO[^\n]*\n$/);
  });

  it("diff: a symlink to /dev/zero in a folder is one unreadable line, not unbounded memory", async () => {
    const side = mkdtempSync(join(tmpdir(), "classpec-side-"));
    spawnSync("ln", ["-s", "/dev/zero", join(side, "zero.json")]);
    const result = await run(["diff", side, side]);
    expect(result.code).toBe(1);
    // The link leads out of the folder, so it is refused before it is ever opened.
    expect(result.stderr).toMatch(
      /zero\.json: symlink-outside: Unexpected symbolic link to \/dev\/zero/,
    );
  });
});
