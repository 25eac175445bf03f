/**
 * Download file names: `refrain-search-网格化-2026-11-23.csv`. Characters that file systems refuse
 * (/ \ : * ? " < > | and control characters) and whitespace become hyphens; Han characters are
 * kept; each part is cut to 40 code points so a long query cannot make a name too long.
 */
export function exportFileName(parts: readonly string[], extension: string): string {
  const clean = parts
    .map((p) =>
      Array.from(
        p
          // eslint-disable-next-line no-control-regex
          .replace(/[/\\:*?"<>|\u0000-\u001f\u007f\s]+/g, '-')
          .replace(/^[-.]+|[-.]+$/g, ''),
      )
        .slice(0, 40)
        .join(''),
    )
    .filter(Boolean);
  return `${clean.join('-') || 'refrain'}.${extension}`;
}
