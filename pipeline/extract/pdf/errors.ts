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

/** Why pdfjs refused the document, as one of our codes and a one-line message. */
export function fromPdfjs(error: unknown): PdfError {
  if (error instanceof PdfError) return error;
  const name = error instanceof Error ? error.name : "";
  const detail = error instanceof Error ? error.message.split("\n")[0] : String(error);
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
