/** Limits on what `load` accepts. Documented in README ("Limits"). */

/** Largest input accepted, in bytes. Kentucky's largest real spec PDFs are well under 1 MiB. */
export const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;

/** How many leading bytes the sniffers look at. */
export const SNIFF_WINDOW = 4096;

/** Share of control characters above which bytes are called binary rather than text. */
export const BINARY_CONTROL_RATIO = 0.1;
