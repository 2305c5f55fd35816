/** The full fuzz suite: at least 2,000 runs over the fixtures. */
import { describeFuzz } from "./fuzz-suite.js";

describeFuzz(2_100);
