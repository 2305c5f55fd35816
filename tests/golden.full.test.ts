/** Every golden file, generated twice, and the check script's entry on them (see golden-suite.ts). */
import { GENERATORS } from "../pipeline/check/index.js";
import { describeGolden } from "./golden-suite.js";

describeGolden(GENERATORS, true);
