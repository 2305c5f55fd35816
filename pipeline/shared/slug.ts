/**
 * Ids made from titles: stable across revisions, safe as file names, and
 * never empty. A title that keeps few Latin letters (a non-Latin title) or
 * runs past the bound keeps a hash of its full text, so two such titles never
 * meet in one id and no id makes a file name too long for the file system.
 */
import { createHash } from "node:crypto";
import { slugify, trimEnd } from "./text.js";

/** Slugs longer than this are cut and suffixed with the title's hash. */
export const MAX_SLUG_LENGTH = 80;
const HASH_LENGTH = 12;

function titleHash(title: string): string {
  return createHash("sha256").update(title.normalize("NFC")).digest("hex").slice(0, HASH_LENGTH);
}

export function boundedSlug(title: string, fallback: string): string {
  const slug = slugify(title);
  if (slug === "") return `${fallback}-${titleHash(title)}`;
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const kept = trimEnd(slug.slice(0, MAX_SLUG_LENGTH - HASH_LENGTH - 1), "-");
  return `${kept}-${titleHash(title)}`;
}
