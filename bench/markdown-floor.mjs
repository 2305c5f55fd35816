// The floor of an Iowa ingest (npm run bench): bare remark-parse with GFM
// tables over the same files, the parse classpec's markdown reader starts
// from. Reads and parses each file; writes nothing.
//
//   node bench/markdown-floor.mjs <input folder>
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gfmTableFromMarkdown } from "mdast-util-gfm-table";
import { gfmTable } from "micromark-extension-gfm-table";
import remarkParse from "remark-parse";
import { unified } from "unified";

const [input] = process.argv.slice(2);
if (!input) {
  process.stderr.write("usage: node bench/markdown-floor.mjs <input folder>\n");
  process.exit(2);
}
function gfmTables() {
  const data = this.data();
  data.micromarkExtensions ??= [];
  data.micromarkExtensions.push(gfmTable());
  data.fromMarkdownExtensions ??= [];
  data.fromMarkdownExtensions.push(gfmTableFromMarkdown());
}
const processor = unified().use(remarkParse).use(gfmTables);
let nodes = 0;
for (const name of readdirSync(input).sort()) {
  nodes += processor.parse(readFileSync(join(input, name), "utf8")).children.length;
}
process.stdout.write(`${nodes} top-level nodes\n`);
