/** `npm run generate`: writes schemas/json/*.schema.json and schemas/types/index.d.ts. */
import { writeAtomic } from "../pipeline/emit/index.js";
import { generateSchemaFiles } from "../schemas/generate.js";

for (const [path, contents] of await generateSchemaFiles()) {
  await writeAtomic(path, contents);
  process.stdout.write(`wrote ${path}\n`);
}
