import type { CleaningStep } from './step.ts';

/**
 * Step `stripMarkup`: scrapers that saved a page's text often kept some of its markup — HTML tags
 * (`<h3>…</h3>`, `<div>`, `</p>`), character entities (`&nbsp;`, `&amp;`, `&#x4e2d;`), Markdown
 * image markers (`![]()`, `![图片](a.jpg)`) and the pipes of a flattened table (`标题 | |||`).
 * None of it is the article's text. Block-level tags become line breaks (so `<h3>a</h3><h3>b</h3>`
 * is two paragraphs), other known tags vanish, entities become their characters, an image
 * marker leaves its description (when it has one) on a line of its own.
 *
 * It runs first, before whitespace is normalised, so the lines it opens are trimmed like any other.
 * Forum anti-copy junk (runs of short ASCII tokens full of symbols) goes too.
 * Only markup that cannot be prose is touched: a tag is removed only when its name is an HTML
 * element's, so `<<人民日报>>` or `a < b > c` stay as they are; a pipe only at the edge of a line
 * after a space (a site prefix `湖南日报|标题` is the structure step's to judge).
 */

const BLOCK_TAGS =
  'p|div|br|h[1-6]|li|ul|ol|tr|td|th|table|tbody|thead|tfoot|section|article|header|footer|blockquote|pre|center|hr|dd|dt|dl|figure|figcaption|main|aside|nav';
const INLINE_TAGS =
  'span|a|img|strong|b|i|em|u|font|small|sup|sub|s|strike|del|ins|mark|label|abbr|code|big|wbr|o:p';

const BLOCK = new RegExp(`<\\/?(?:${BLOCK_TAGS})(?:\\s[^<>]*)?\\/?>`, 'giu');
const INLINE = new RegExp(`<\\/?(?:${INLINE_TAGS})(?:\\s[^<>]*)?\\/?>`, 'giu');
const COMMENT = /<!--[\s\S]*?-->/gu;

const NAMED: Readonly<Record<string, string>> = {
  nbsp: ' ',
  ensp: ' ',
  emsp: '\u3000',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  mdash: '—',
  hellip: '…',
  middot: '·',
  bull: '•',
  times: '×',
};

/** An entity; `&amp;` before another entity's name is left (`&amp;lt;` means the text `&lt;`). */
const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|(?!amp;#?[a-zA-Z0-9]+;)([a-zA-Z]{2,8}));/gu;

function decodeEntity(whole: string, dec?: string, hex?: string, name?: string): string {
  const cp = dec ? Number(dec) : hex ? parseInt(hex, 16) : null;
  if (cp !== null) {
    // Control characters and surrogates are not text: leave the entity for the reader to see.
    if (cp < 0x20 || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) return whole;
    return String.fromCodePoint(cp);
  }
  return (name && NAMED[name.toLowerCase()]) ?? whole;
}

/** `![alt](src)`: the description, if any, on a line of its own. */
const MD_IMAGE = /!\[([^\]\n]*)\]\([^)\n]*\)/gu;
/** Table pipes at the end or start of a line, after or before a space: `标题 | |||`, `| 正文`. */
const EDGE_PIPES_END = /[ \t\u3000]+[|｜](?:[ \t\u3000|｜]*)$/gmu;
const EDGE_PIPES_START = /^[ \t\u3000]*[|｜](?:[ \t\u3000|｜]*)[ \t\u3000]+(?=\S)/gmu;

/**
 * The anti-copy junk some forums insert between lines (`& [. K7 F* v$ D& m`): five or more
 * space-separated tokens of one to three printable ASCII characters, most of them with a symbol
 * in them (three at least). Words, numbers and codes (`KN95`, `PM2.5`, `1 2 3`) do not qualify.
 */
const JUNK_RUN = /(?:^|(?<=\s))(?:[\x21-\x7e]{1,3}[ \t]+){3,}[\x21-\x7e]{1,3}(?=\s|$)/gmu;

function isJunk(run: string): boolean {
  const tokens = run.trim().split(/[ \t]+/u);
  const symbolic = tokens.filter((t) => /[^A-Za-z0-9]/u.test(t)).length;
  return (
    tokens.length >= 5 &&
    symbolic >= 3 &&
    symbolic * 2 >= tokens.length &&
    !/^[\d\s.,:;-]+$/u.test(run)
  );
}

/** `text` without HTML and Markdown residue. Idempotent. */
export function stripMarkup(text: string): string {
  if (!/[<&!|｜]|[\x21-\x7e] [\x21-\x7e]/u.test(text)) return text;
  return text
    .replace(JUNK_RUN, (run) => (isJunk(run) ? '' : run))
    .replace(COMMENT, '')
    .replace(ENTITY, decodeEntity)
    .replace(BLOCK, '\n')
    .replace(INLINE, '')
    .replace(MD_IMAGE, (_m, alt: string) => (alt.trim() ? `\n${alt.trim()}\n` : ''))
    .replace(EDGE_PIPES_END, '')
    .replace(EDGE_PIPES_START, '');
}

/** The `stripMarkup` cleaning step. */
export const stripMarkupStep: CleaningStep = {
  name: 'stripMarkup',
  summary:
    'Removes HTML tags, character entities, Markdown image markers and table pipes that the scrape left in the text; block tags become line breaks.',
  apply: stripMarkup,
};
