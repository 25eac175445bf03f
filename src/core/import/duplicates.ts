/**
 * Duplicate detection: two articles are the same when their folded content is — only Han
 * characters, letters and digits count, so punctuation repairs, spacing, script (the fold) and
 * page chrome removed by cleaning do not hide a duplicate.
 */

/** The content that identifies an article: folded paragraphs, without punctuation or spaces. */
export function contentKey(foldedParagraphs: readonly string[]): string {
  return foldedParagraphs
    .join('')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{Script=Han}\p{L}\p{N}]/gu, '');
}

/** A 64-bit FNV-1a hash of the content key, as 16 hex digits. */
export function fingerprint(foldedParagraphs: readonly string[]): string {
  const key = contentKey(foldedParagraphs);
  // Two 32-bit FNV-1a lanes with different offsets: enough to make accidental collisions moot.
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x01000193 ^ 0x2f) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

/** Which article (by id) already has this fingerprint, among `existing` (id → fingerprint). */
export function findDuplicate(
  print: string,
  existing: ReadonlyMap<string, string>,
): string | undefined {
  return existing.get(print);
}
