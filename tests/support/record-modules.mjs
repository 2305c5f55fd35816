// Loaded with `node --import`: records the URL of every ES module the process
// resolves into the file named by CLASSPEC_MODULE_LOG (tests/lazy-loading.test.ts).
import { register } from "node:module";

register("./record-modules-hooks.mjs", import.meta.url, {
  data: { log: process.env.CLASSPEC_MODULE_LOG },
});
