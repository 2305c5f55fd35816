/**
 * A sample of the conservation mutation suite, so `npm test` stays fast: one sentence of the first
 * fixture of each folder (every publisher, layout and format). Every sentence of every fixture:
 * mutation.full.test.ts.
 */
import { describeMutations } from "./mutation-suite.js";

describeMutations(1, "first of each folder");
