/**
 * A reference to an article as read in Refrain. The wording and punctuation of the reference come
 * from the interface language's template (a UI message, e.g. `{outlet}. “{title}.” {place}, {date}.
 * Refrain: {url} (accessed {accessed}).`); this module fills it safely.
 */

export interface CitationFields {
  outlet: string;
  title: string;
  place: string;
  /** The publication date as it should be printed. */
  date: string;
  /** The address of the Refrain view being cited. */
  url: string;
  /** The day the view was consulted, as it should be printed. */
  accessed: string;
}

/** Sentence-final marks a title may end with; the template supplies its own punctuation. */
const TRAILING = /[\s.。!！?？,，;；:：]+$/u;

/** Collapse runs of whitespace (line breaks included) to one space and trim. */
function tidy(s: string): string {
  return s.replace(/\s+/gu, ' ').trim();
}

/**
 * Fill `template`'s `{name}` placeholders with the fields in one pass, so a title that itself
 * contains `{url}` stays text. Whitespace is tidied; a title's final punctuation is dropped (the
 * template closes it). Unknown placeholders are left as written.
 */
export function formatCitation(template: string, fields: CitationFields): string {
  const values: Record<string, string> = {
    outlet: tidy(fields.outlet),
    title: tidy(fields.title).replace(TRAILING, ''),
    place: tidy(fields.place),
    date: tidy(fields.date),
    url: fields.url.trim(),
    accessed: tidy(fields.accessed),
  };
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? (values[name] ?? whole) : whole,
  );
}
