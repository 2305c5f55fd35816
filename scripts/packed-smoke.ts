/**
 * The package as users get it: `npm pack`, the tarball installed with
 * production dependencies only in a fresh folder, then every CLI command and
 * the library run there, on a given Node binary. Used by tests/packed.full.test.ts
 * (the Node running the tests) and scripts/smoke-node-lines.sh (Node 22, 24).
 */
import { execFileSync, spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { decodeWindows1252 } from "../pipeline/load/decode.js";
import { PATCHED_LINES } from "./pdfjs-patched-lines.js";

export interface SmokeCheck {
  name: string;
  ok: boolean;
  detail: string;
}

/** Fixtures copied into the app folder, one per format, and a revision pair. */
export const SMOKE_INPUTS = {
  "ky.txt": "fixtures/kentucky/accountant-iii.txt",
  "ky.pdf": "fixtures/pdf/pdf-lib/seed-production-specialist-ii.pdf",
  "ia.md": "fixtures/iowa/markdown/environmental-specialist.md",
  "ia.html": "fixtures/iowa/word-html/grants-management-specialist.html",
  "before.txt": "fixtures/revisions/kentucky/experience-changed/before.txt",
  "after.txt": "fixtures/revisions/kentucky/experience-changed/after.txt",
  "generic.txt": "fixtures/publishers/generic/fenwick-township-water-plant-operator.txt",
} as const;

/** npm's own settings leak into a child npm through npm_config_* (from `npm test`): drop them. */
function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)),
  ) as NodeJS.ProcessEnv;
}

/**
 * Packs `repo` (already built: scripts are not run) and installs the tarball
 * into `folder`/app with production dependencies only. Returns the app folder.
 */
export function packAndInstall(repo: string, folder: string): string {
  const env = cleanEnv();
  const packed = JSON.parse(
    execFileSync("npm", ["pack", "--ignore-scripts", "--json", "--pack-destination", folder], {
      cwd: repo,
      encoding: "utf8",
      env,
    }),
  ) as Array<{ filename: string }>;
  const tarball = join(folder, packed[0]?.filename ?? "");
  const app = join(folder, "app");
  mkdirSync(join(app, "inputs"), { recursive: true });
  writeFileSync(
    join(app, "package.json"),
    `${JSON.stringify({ name: "classpec-smoke", private: true, type: "module" })}\n`,
  );
  execFileSync(
    "npm",
    ["install", "--omit=dev", "--prefer-offline", "--no-audit", "--no-fund", tarball],
    { cwd: app, encoding: "utf8", env, stdio: ["ignore", "pipe", "pipe"] },
  );
  for (const [name, source] of Object.entries(SMOKE_INPUTS)) {
    copyFileSync(join(repo, source), join(app, "inputs", name));
  }
  // The HTML as a caller holds it once decoded (still declaring windows-1252), for the string
  // input: Node's TextDecoder("windows-1252") decodes 0x80-0x9F as latin1, so it is decoded here.
  const html = readFileSync(join(repo, SMOKE_INPUTS["ia.html"]));
  writeFileSync(join(app, "inputs", "ia.html.decoded"), decodeWindows1252(html));
  return app;
}

/** The library in the installed package, each format given as Buffer, Uint8Array, ArrayBuffer and string. */
const LIBRARY_SCRIPT = `
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { ingest, validate } from "classpec";
import { SCHEMA_VERSION, SpecDocument } from "classpec/schemas";
const require = createRequire(import.meta.url);
const schema = require("classpec/schemas/spec-document.schema.json");
const out = { schema: schema.$id, version: SCHEMA_VERSION, results: [] };
for (const name of ["ky.txt", "ky.pdf", "ia.md", "ia.html"]) {
  const buffer = readFileSync("inputs/" + name);
  const copy = new Uint8Array(buffer);
  const inputs = {
    Buffer: buffer,
    Uint8Array: copy,
    ArrayBuffer: copy.slice().buffer,
    // A string is text decoded by the caller; a PDF, its bytes as latin1 (a "binary string").
    string: name.endsWith(".pdf")
      ? buffer.toString("latin1")
      : name.endsWith(".html")
        ? readFileSync("inputs/ia.html.decoded", "utf8")
        : buffer.toString("utf8"),
  };
  let reference;
  for (const [shape, input] of Object.entries(inputs)) {
    const result = await ingest(input, "inputs/" + name);
    const body = result.status === "failed" ? undefined : JSON.stringify(result.document.body);
    reference ??= body;
    out.results.push({
      name, shape, status: result.status,
      error: result.status === "failed" ? result.error.code + ": " + result.error.message : undefined,
      sameBody: body !== undefined && body === reference,
      valid: result.status !== "failed" && validate(result.document).valid && SpecDocument.safeParse(result.document).success,
      messageField: result.messages.every((m) => typeof m.message === "string"),
    });
  }
}
const broken = validate({ schemaVersion: "1.0.0", extra: true });
out.rejects = !broken.valid && broken.issues.length > 0;
console.log(JSON.stringify(out));
`;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs every check against the installed package in `app` with the Node binary `node`. */
export function smokeChecks(app: string, node: string, version: string): SmokeCheck[] {
  const env = { ...cleanEnv(), CI: "true" };
  const bin = join(app, "node_modules", "classpec", "bin", "classpec.js");
  const cli = (...args: string[]): Run => {
    const result = spawnSync(node, [bin, ...args], { cwd: app, encoding: "utf8", env });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };
  const checks: SmokeCheck[] = [];
  const check = (name: string, ok: boolean, detail: string) => checks.push({ name, ok, detail });
  const brief = (run: Run) =>
    `exit ${run.code}; stdout: ${run.stdout.slice(0, 300)}; stderr: ${run.stderr.slice(0, 300)}`;

  const nodeVersion = spawnSync(node, ["--version"], { encoding: "utf8" }).stdout.trim();
  check("node runs", /^v\d+\./.test(nodeVersion), nodeVersion);

  const shipped = join(app, "node_modules", "classpec");
  const unwanted = [
    "dist/scripts",
    "dist/tests",
    "tests",
    "fixtures",
    "dist/pipeline/check",
    "scripts",
  ].filter((path) => existsSync(join(shipped, path)));
  check(
    "ships only what users need",
    unwanted.length === 0 && existsSync(join(shipped, "LICENSE")),
    `unwanted: ${unwanted.join(", ") || "none"}`,
  );
  // The user's pdfjs-dist is the registry's (patch-package never runs for them): the
  // package ships the patched worker, and the built reader loads that copy.
  const vendored = join(shipped, "dist", "vendor", "pdfjs", "pdf.worker.mjs");
  const registryWorker = join(
    app,
    "node_modules",
    "pdfjs-dist",
    "legacy",
    "build",
    "pdf.worker.mjs",
  );
  // TextState.clone's fix: the first patched line.
  const patchedLine = PATCHED_LINES[0] as string;
  const workerRun = spawnSync(
    node,
    [
      "--input-type=module",
      "-e",
      `const m = await import(${JSON.stringify(pathToFileURL(join(shipped, "dist", "pipeline", "extract", "pdf", "open.js")).href)}); console.log(m.pdfjsWorkerModule());`,
    ],
    { cwd: app, encoding: "utf8", env },
  );
  check(
    "ships the patched pdfjs worker and loads it",
    existsSync(vendored) &&
      readFileSync(vendored, "utf8").includes(patchedLine) &&
      existsSync(registryWorker) &&
      !readFileSync(registryWorker, "utf8").includes(patchedLine) &&
      workerRun.stdout.trim() === pathToFileURL(vendored).href,
    `vendored: ${existsSync(vendored)}; loads: ${workerRun.stdout.trim()} ${workerRun.stderr.slice(0, 200)}`,
  );
  const types = join(shipped, "schemas", "types", "index.d.ts");
  check("ships classpec/types", existsSync(types), types);

  const versionRun = cli("--version");
  check(
    "--version",
    versionRun.code === 0 && versionRun.stdout === `${version}\n`,
    brief(versionRun),
  );

  const formats = [
    ["text", "inputs/ky.txt"],
    ["PDF", "inputs/ky.pdf"],
    ["markdown", "inputs/ia.md"],
    ["HTML", "inputs/ia.html"],
  ] as const;
  for (const [format, input] of formats) {
    const out = `out-${format}`;
    const run = cli("ingest", input, "--out", out);
    const written = existsSync(join(app, out)) ? readdirSync(join(app, out)) : [];
    check(
      `ingest ${format}`,
      run.code === 0 && written.length === 1 && /1 document written/.test(run.stdout),
      brief(run),
    );
  }

  const outputs = formats.flatMap(([format]) => {
    const folder = `out-${format}`;
    return existsSync(join(app, folder))
      ? readdirSync(join(app, folder)).map((name) => `${folder}/${name}`)
      : [];
  });
  const validateRun = cli("validate", ...outputs);
  check("validate", validateRun.code === 0 && outputs.length === 4, brief(validateRun));
  const tampered = join(app, "tampered.json");
  if (outputs[0]) {
    const document = JSON.parse(readFileSync(join(app, outputs[0]), "utf8"));
    writeFileSync(tampered, JSON.stringify({ ...document, extra: true }));
  }
  const rejected = cli("validate", "tampered.json");
  check(
    "validate rejects an unknown key",
    rejected.code === 1 && /schema-invalid/.test(rejected.stderr),
    brief(rejected),
  );

  const diffRun = cli("diff", "inputs/before.txt", "inputs/after.txt", "--format", "json");
  let changes = -1;
  try {
    changes = (JSON.parse(diffRun.stdout) as { summary: { major: number } }).summary.major;
  } catch {
    // Not JSON: reported by the check below.
  }
  check("diff", diffRun.code === 0 && changes > 0, brief(diffRun));

  // The seed (as PDF) asks a bachelor's degree and a year of production support experience.
  writeFileSync(
    join(app, "candidate.json"),
    JSON.stringify({
      education: [{ level: "bachelor", field: "business" }],
      experience: [{ years: 1, area: "production support" }],
    }),
  );
  const qualifyRun = cli(
    "qualify",
    "inputs/ky.pdf",
    "--candidate",
    "candidate.json",
    "--format",
    "json",
  );
  let answer = "";
  try {
    answer = (JSON.parse(qualifyRun.stdout) as { answer: string }).answer;
  } catch {
    // Not JSON: reported by the check below.
  }
  check(
    "qualify",
    qualifyRun.code === 0 &&
      answer === "qualifies" &&
      existsSync(join(shipped, "schemas", "json", "candidate.schema.json")),
    brief(qualifyRun),
  );

  // A publisher with no profile (read by the generic reader): high school and two years in a
  // public water system, 30 semester hours of water technology standing for one of them.
  writeFileSync(
    join(app, "candidate-generic.json"),
    JSON.stringify({
      education: [
        { level: "high-school" },
        { level: "coursework", field: "water technology", semesterHours: 30 },
      ],
      experience: [
        { years: 1, area: "water treatment plant operation", setting: "public water system" },
      ],
    }),
  );
  const genericRun = cli(
    "qualify",
    "inputs/generic.txt",
    "--candidate",
    "candidate-generic.json",
    "--format",
    "json",
  );
  let generic: { answer?: string; steps?: Array<{ outcome: string }> } = {};
  try {
    generic = JSON.parse(genericRun.stdout) as typeof generic;
  } catch {
    // Not JSON: reported by the check below.
  }
  check(
    "qualify generic publisher",
    genericRun.code === 0 &&
      generic.answer === "qualifies" &&
      (generic.steps ?? []).some((step) => step.outcome === "credit"),
    brief(genericRun),
  );

  const checkRun = cli("check");
  check(
    "check is not a published command",
    checkRun.code === 2 && /Unknown command 'check'/.test(checkRun.stderr),
    brief(checkRun),
  );

  const library = spawnSync(node, ["--input-type=module", "-e", LIBRARY_SCRIPT], {
    cwd: app,
    encoding: "utf8",
    env,
  });
  let report:
    | {
        schema: string;
        rejects: boolean;
        results: Array<{
          name: string;
          shape: string;
          status: string;
          error?: string;
          sameBody: boolean;
          valid: boolean;
          messageField: boolean;
        }>;
      }
    | undefined;
  try {
    report = JSON.parse(library.stdout);
  } catch {
    report = undefined;
  }
  check(
    "library loads (classpec, classpec/schemas, the JSON Schema)",
    report !== undefined && /spec-document\.schema\.json$/.test(report.schema),
    `exit ${library.status}; ${library.stderr.slice(0, 400)}`,
  );
  for (const result of report?.results ?? []) {
    check(
      `library ingest ${result.name} as ${result.shape}`,
      result.status === "complete" && result.sameBody && result.valid && result.messageField,
      JSON.stringify(result),
    );
  }
  check(
    "library validate rejects a bad document",
    report?.rejects === true,
    String(report?.rejects),
  );
  return checks;
}
