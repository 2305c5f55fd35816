/**
 * The fast run shares a worker's modules between test files (vitest.config.ts,
 * `isolate: false`): a file that replaces a module with `vi.mock` or swaps a
 * global would leak into the files after it, so each such file must be listed
 * in OWN_MODULES, which gives it a registry of its own.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO } from "./helpers.js";

const LEAKS = ["vi.mock(", "vi.doMock(", "vi.stubGlobal(", "globalThis.RegExp ="];
/** This file names the calls it looks for, and changes nothing. */
const SELF = "vitest-isolation.test.ts";

function ownModules(): string[] {
  const config = readFileSync(join(REPO, "vitest.config.ts"), "utf8");
  const list = /const OWN_MODULES = \[([^\]]*)\]/.exec(config);
  if (!list?.[1]) throw new Error("vitest.config.ts has no OWN_MODULES list");
  return [...list[1].matchAll(/"([^"]+)"/g)].map((match) => match[1] ?? "");
}

describe("test files that change modules or globals run apart", () => {
  it("lists every fast test file that mocks a module or swaps a global", () => {
    const leaking = readdirSync(join(REPO, "tests"))
      .filter(
        (name) => name.endsWith(".test.ts") && !name.endsWith(".full.test.ts") && name !== SELF,
      )
      .filter((name) => {
        const text = readFileSync(join(REPO, "tests", name), "utf8");
        return LEAKS.some((leak) => text.includes(leak));
      })
      .map((name) => `tests/${name}`);
    expect(leaking.length).toBeGreaterThan(0);
    expect(leaking.filter((path) => !ownModules().includes(path))).toEqual([]);
  });
});
