/**
 * What deciding visibility by what is painted costs (pipeline/extract/pdf/painted.ts):
 * CPU per PDF of reading the fixtures whose pages are plain (fixtures/pdf, fixtures/publishers:
 * pdf-lib and LibreOffice; never rendered) against the hidden-text fixtures
 * (fixtures/pdf-hidden: one page each that could hide text, rendered twice), in one process,
 * alternating, after one warm-up pass. The ratio is what a rendered page adds; the plain
 * figure is compared with the previous code's in docs/benchmarks.md.
 *
 *   npm run build && node dist/scripts/bench-painted.js [rounds]
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ingest } from "../pipeline/run.js";

function pdfsUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".pdf"))
    .sort()
    .map((name) => join(folder, name));
}

const rounds = Number(process.argv[2] ?? 5);
const sets = {
  plain: [...pdfsUnder("fixtures/pdf"), ...pdfsUnder("fixtures/publishers")],
  rendered: pdfsUnder("fixtures/pdf-hidden"),
};
const loaded = Object.entries(sets).map(
  ([name, files]) =>
    [name, files.map((file) => [file, new Uint8Array(readFileSync(file))] as const)] as const,
);
const cpu: Record<string, number[]> = { plain: [], rendered: [] };

async function pass(files: readonly (readonly [string, Uint8Array])[]): Promise<number> {
  const start = process.cpuUsage();
  for (const [file, bytes] of files) await ingest(bytes, file);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000 / files.length;
}

for (const [, files] of loaded) await pass(files);
for (let round = 0; round < rounds; round++)
  for (const [name, files] of loaded) cpu[name]?.push(await pass(files));

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? 0;
const plain = median(cpu.plain ?? []);
const rendered = median(cpu.rendered ?? []);
process.stdout.write(
  `plain: ${sets.plain.length} PDFs, ${plain.toFixed(1)} ms CPU per PDF (median of ${rounds})\n` +
    `rendered: ${sets.rendered.length} PDFs, ${rendered.toFixed(1)} ms CPU per PDF, ${(rendered / plain).toFixed(2)}x plain\n`,
);
