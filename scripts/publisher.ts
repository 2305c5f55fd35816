/**
 * `npm run publisher -- <name>`: ingests the fixtures of one publisher
 * profile (fixtures/publishers/<name>/) and prints what differs from its
 * gold.json; exit 1 when anything does, 2 for a name the registry lacks.
 */
import { fileURLToPath } from "node:url";
import { PUBLISHERS } from "../pipeline/profiles/publishers/index.js";
import { checkPublisher } from "./publisher-gold.js";

const repo = fileURLToPath(new URL("../../", import.meta.url));
const names = process.argv.slice(2);
const known = PUBLISHERS.map((profile) => profile.name);
if (names.length === 0 || names.some((name) => !known.includes(name))) {
  process.stderr.write(
    `usage: npm run publisher -- <name...>, where a name is one of: ${known.join(", ")}\n`,
  );
  process.exitCode = 2;
} else {
  for (const name of names) {
    const report = await checkPublisher(repo, name);
    for (const problem of report.problems) process.stdout.write(`${name}: ${problem}\n`);
    const verdict =
      report.problems.length === 0 ? "gives its gold" : `${report.problems.length} difference(s)`;
    process.stdout.write(`${name}: ${report.documents.length} document(s), ${verdict}\n`);
    if (report.problems.length > 0) process.exitCode = 1;
  }
}
