/**
 * pdfjs's exceptions -> the stable codes of our fatal messages. pdfjs names
 * its exception classes (PasswordException, InvalidPDFException, ...) and
 * sends them across its worker boundary by `name`, so the name is what we read.
 */

export type PdfErrorCode =
  | "pdf-encrypted"
  | "pdf-corrupt"
  | "pdf-no-text"
  | "pdf-too-many-pages"
  | "pdf-page-too-large"
  | "pdf-too-large"
  | "pdf-too-large-stream"
  | "pdf-too-many-operators"
  | "pdf-timeout";

/** A fatal problem with a PDF, thrown inside the PDF reader and turned into a message at its edge. */
export class PdfError extends Error {
  constructor(
    readonly code: PdfErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "PdfError";
  }
}

/** What the patched worker throws at a cap (ClasspecLimitError); it crosses pdfjs's worker boundary as a message. */
const LIMIT_MESSAGE = /^classpec-limit (stream-bytes|operators) (\d+)$/;

const MIB = 1024 * 1024;

/** A cap the patched worker enforced (limits.ts, pdfjsCaps), as our code and message; undefined for any other error. */
function fromCap(message: string): PdfError | undefined {
  const match = LIMIT_MESSAGE.exec(message);
  if (!match) return undefined;
  const max = Number(match[2]);
  return match[1] === "stream-bytes"
    ? new PdfError(
        "pdf-too-large-stream",
        `Unexpected PDF stream inflating past ${max / MIB} MiB, expected streams of a class spec's size (CLASSPEC_PDF_MAX_STREAM_MB)`,
      )
    : new PdfError(
        "pdf-too-many-operators",
        `Unexpected PDF page with more than ${max} operators, expected a class spec's page (CLASSPEC_PDF_MAX_OPERATORS)`,
      );
}

/** Why pdfjs refused the document, as one of our codes and a one-line message. */
export function fromPdfjs(error: unknown): PdfError {
  if (error instanceof PdfError) return error;
  const name = error instanceof Error ? error.name : "";
  const detail = error instanceof Error ? error.message.split("\n")[0] : String(error);
  const capped = fromCap(detail ?? "");
  if (capped) return capped;
  if (name === "PasswordException") {
    return new PdfError(
      "pdf-encrypted",
      "Unexpected encrypted PDF that needs a password, expected one that opens without a password",
    );
  }
  return new PdfError(
    "pdf-corrupt",
    `Unexpected damaged PDF (${detail ?? "unreadable"}), expected a complete, valid PDF`,
  );
}
