/**
 * Makes the publisher fixture PDFs (fixtures/publishers/<name>/pdf/), each
 * laid out from its text twin in ../text/ (same file name):
 *   npm run build && node dist/scripts/make-publisher-layout-pdfs.js
 * The bytes are the same on every run (fixed dates, no object streams).
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type PublisherLayout, renderPublisherPdf } from "./make-fixture-pdfs/publisher.js";

const ROOT = join(process.cwd(), "fixtures/publishers");

interface PublisherPdf {
  publisher: string;
  name: string;
  title: string;
  layout: PublisherLayout;
}

const PDFS: readonly PublisherPdf[] = [
  {
    publisher: "illinois",
    name: "conservation-education-coordinator",
    title: "CONSERVATION EDUCATION COORDINATOR",
    layout: {
      centredBlocks: 1,
      runningHeader: "CONSERVATION EDUCATION COORDINATOR (Continued)",
      footer: (page) => `- ${page} -`,
    },
  },
  {
    publisher: "illinois",
    name: "seed-analyst-series",
    title: "SEED ANALYST SERIES",
    layout: {
      centredBlocks: 2,
      runningHeader: "SEED ANALYST SERIES (Continued)",
      footer: (page) => `- ${page} -`,
    },
  },
  {
    publisher: "pennsylvania",
    name: "community-programs-coordinator-2",
    title: "COMMUNITY PROGRAMS COORDINATOR 2",
    layout: {
      centredBlocks: 2,
      runningHeader: "Community Programs Coordinator 2 - Job Code 52312",
      footer: (page, pages) => `Page ${page} of ${pages}`,
    },
  },
  {
    publisher: "new-hampshire",
    name: "wildlife-habitat-biologist-ii",
    title: "WILDLIFE HABITAT BIOLOGIST II",
    layout: {
      centredBlocks: 2,
      runningHeader: "WILDLIFE HABITAT BIOLOGIST II",
      footer: (page) => `Page ${page}`,
      size: 10.5,
    },
  },
  {
    publisher: "new-hampshire",
    name: "licensing-clerk",
    title: "LICENSING CLERK",
    layout: {
      centredBlocks: 2,
      runningHeader: "LICENSING CLERK",
      footer: (page) => `Page ${page}`,
      size: 10.5,
    },
  },
];

for (const pdf of PDFS) {
  const folder = join(ROOT, pdf.publisher);
  const twin = readFileSync(join(folder, "text", `${pdf.name}.txt`), "utf8");
  const bytes = await renderPublisherPdf(twin, pdf.title, pdf.layout);
  mkdirSync(join(folder, "pdf"), { recursive: true });
  writeFileSync(join(folder, "pdf", `${pdf.name}.pdf`), bytes);
  console.log(`fixtures/publishers/${pdf.publisher}/pdf/${pdf.name}.pdf (${bytes.length} bytes)`);
}
