/** PDF -> lines with pages. Placeholder until the PDF reader lands (issue 4). */
import type { DocFile } from "../../file.js";
import type { Extracted, Source } from "../../types.js";

export async function extractPdf(_source: Source, file: DocFile): Promise<Extracted | undefined> {
  file.fail(
    "pdf-unsupported",
    "Unexpected PDF, expected text, markdown or HTML (PDF reading is not built yet)",
  );
  return undefined;
}
