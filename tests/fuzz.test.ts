/** A sample of the fuzz suite for fast feedback; the full run is fuzz.full.test.ts. */
import { describeFuzz } from "./fuzz-suite.js";

describeFuzz(150);
