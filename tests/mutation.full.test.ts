/** The conservation mutation suite over every sentence of every fixture. */
import { describeMutations } from "./mutation-suite.js";

describeMutations(Number.POSITIVE_INFINITY, "all");
