/**
 * The golden files of `npm test`: output/ from every fixture, the revision
 * pairs' reports, the generated schemas and the diff page's change table,
 * generated once. The generated docs (the CLI reference, the output contract
 * and the API report, which needs a TypeScript program of the whole package),
 * the second generation for determinism and the check script's entry are in
 * golden.full.test.ts; `npm run check` checks the docs as well.
 */
import { GENERATORS, generatedDocs } from "../pipeline/check/index.js";
import { describeGolden } from "./golden-suite.js";

describeGolden(
  GENERATORS.filter((generator) => generator !== generatedDocs),
  false,
);
