/** A sample of the conservation mutation suite (one sentence a fixture, so `npm test` stays fast); every sentence: mutation.full.test.ts. */
import { describeMutations } from "./mutation-suite.js";

describeMutations(1);
