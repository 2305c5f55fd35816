/** A sample of the conservation mutation suite (three sentences a fixture); every sentence: mutation.full.test.ts. */
import { describeMutations } from "./mutation-suite.js";

describeMutations(3);
