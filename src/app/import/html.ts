/**
 * The text of an imported HTML page, taken out with DOMParser (main thread only: workers have no
 * DOMParser). A parsed document has no browsing context: its scripts never run, its images,
 * iframes and styles are never fetched, and nothing from it is put into the live page — only
 * the text of its nodes is read. Page chrome is then removed by the cleaning pipeline.
 */

/** Elements whose content is never article text. */
const SKIP = new Set([
  'X-SCRIPT',
  'X-STYLE',
  'X-IFRAME',
  'X-FRAME',
  'X-FRAMESET',
  'X-OBJECT',
  'X-EMBED',
  'X-NOSCRIPT',
  'X-TEMPLATE',
  'X-SVG',
  'X-MATH',
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'SVG',
  'MATH',
  'CANVAS',
  'NAV',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'FORM',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
  'INPUT',
  'HEAD',
]);

/** Elements that start a new line. */
const BLOCK = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'UL',
  'OL',
  'TR',
  'TABLE',
  'BLOCKQUOTE',
  'PRE',
  'DD',
  'DT',
  'DL',
  'FIGURE',
  'FIGCAPTION',
  'CENTER',
  'BR',
  'HR',
  'ADDRESS',
  'TD',
  'TH',
]);

const CJK = /\p{Script=Han}/gu;
const cjkCount = (s: string): number => s.match(CJK)?.length ?? 0;

/** The visible text of an element, block elements on their own lines. */
function linesOf(root: Element): string {
  const out: string[] = [];
  let line = '';
  const flush = () => {
    const l = line.replace(/[ \t\r\n\f\u00a0]+/g, ' ').trim();
    if (l) out.push(l);
    line = '';
  };
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      line += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag) || el.getAttribute('hidden') !== null) return;
    const block = BLOCK.has(tag);
    if (block) flush();
    for (const child of Array.from(el.childNodes)) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return out.join('\n');
}

/** Text of an element without the skipped parts (for scoring). */
function textOf(el: Element): string {
  let s = '';
  for (const child of Array.from(el.childNodes)) {
    if (child.nodeType === 3) s += child.nodeValue ?? '';
    else if (child.nodeType === 1 && !SKIP.has((child as Element).tagName.toUpperCase()))
      s += textOf(child as Element);
  }
  return s;
}

/**
 * The element holding the article: an `<article>` with most of the Chinese text, else the
 * deepest element that still holds 70 % of the page's Chinese characters (the densest block).
 */
function articleRoot(body: Element): Element {
  const total = cjkCount(textOf(body));
  if (total === 0) return body;
  const articles = Array.from(body.querySelectorAll('article'));
  const best = articles.map((a) => ({ a, n: cjkCount(textOf(a)) })).sort((x, y) => y.n - x.n)[0];
  if (best && best.n >= total * 0.5) return best.a;
  let root = body;
  for (;;) {
    const next = Array.from(root.children).find(
      (c) => !SKIP.has(c.tagName.toUpperCase()) && cjkCount(textOf(c)) >= total * 0.7,
    );
    if (!next) return root;
    root = next;
  }
}

export interface ExtractedHtml {
  title: string | null;
  text: string;
}

/** Elements renamed before parsing so the parser treats them as unknown, inert elements. */
const ACTIVE =
  /<(\/?)(script|style|iframe|frame|frameset|object|embed|link|meta|base|noscript|template|svg|math)\b/gi;

/**
 * Defuse the markup before it reaches the parser. A parsed document never runs scripts, but
 * Chromium still checks inline handlers and styles against the page's Content-Security-Policy
 * (and reports each refusal); renaming them means there is nothing to check. The renamed elements
 * are skipped, and handler attributes become plain `data-` attributes.
 */
export function defuse(html: string): string {
  return html
    .replace(ACTIVE, (_m, slash: string, tag: string) => `<${slash}x-${tag.toLowerCase()}`)
    .replace(
      /(\s)(on[a-z]+|style|src|srcset|href|action|formaction|background)(\s*=)/gi,
      '$1data-x-$2$3',
    );
}

/** The article text of an HTML page: its heading first, then its lines. */
export function extractHtmlText(html: string, parser: DOMParser = new DOMParser()): ExtractedHtml {
  const doc = parser.parseFromString(defuse(html), 'text/html');
  const body = doc.body as Element | null;
  if (!body) return { title: null, text: '' };
  const root = articleRoot(body);
  const h1 = (root.querySelector('h1') ?? body.querySelector('h1'))?.textContent?.trim() || null;
  const title = h1 ?? (doc.title.trim() || null);
  const text = linesOf(root);
  const first = text.split('\n', 1)[0] ?? '';
  const withTitle = title && !first.includes(title) ? `${title}\n${text}` : text;
  return { title, text: withTitle };
}

/** True for a file that should go through HTML extraction. */
export function isHtmlFile(name: string, head: string): boolean {
  return /\.html?$/i.test(name) || /^\s*(<!doctype html|<html)/i.test(head);
}
