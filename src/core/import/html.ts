/**
 * The article text of an imported HTML page, pure: the same code runs in the import worker, on
 * the main thread and in the CLI. The markup is read by htmlparser2's streaming tokenizer into a
 * small tree of tag names and strings — there is no DOM, so the page is inert by construction:
 * no script can run, nothing is fetched, and nothing from the file is ever put into a live page;
 * only its text and a few `<meta>` values come out. Page chrome the structure below cannot see
 * is removed later by the cleaning pipeline (which also judges the title's site suffix).
 */
import { Parser } from 'htmlparser2';

/** Elements whose content is never article text. */
const SKIP = new Set([
  'head',
  'title',
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'svg',
  'math',
  'canvas',
  'nav',
  'header',
  'footer',
  'aside',
  'form',
  'button',
  'select',
  'option',
  'textarea',
  'input',
  'dialog',
  'img',
  'picture',
  'video',
  'audio',
  'map',
]);

/** Skipped elements whose text is not even kept in the tree (code, styles, graphics). */
const DEAD = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'svg',
  'math',
  'canvas',
  'textarea',
  'select',
]);

/** Elements that start a new line. */
const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'tr',
  'table',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'blockquote',
  'pre',
  'dd',
  'dt',
  'dl',
  'figure',
  'figcaption',
  'center',
  'br',
  'hr',
  'address',
  'td',
  'th',
  'details',
  'summary',
  'body',
]);

/** Chrome for the page-wide headline search (a `<header>` inside an article is not chrome). */
const CHROME = new Set(['nav', 'footer', 'aside', 'form', 'head']);

interface El {
  tag: string;
  parent: El | null;
  kids: (El | string)[];
  /** This element (and so its subtree) is not article text. */
  skip: boolean;
  /** Some ancestor or the element itself is skipped. */
  inSkip: boolean;
  /** Inside nav/footer/aside/form, or a `<header>` outside any article or main. */
  chrome: boolean;
  /** Inside an `<article>` or `<main>`. */
  inMain: boolean;
  /** Han characters of the visible text of the subtree (set when the element closes). */
  han: number;
}

export interface ExtractedHtml {
  /** The page's headline: the article's (else the page's) `<h1>`, else its `<title>`. */
  title: string | null;
  /** The article's text, one block per line, the headline first. */
  text: string;
  /** `<meta name|property|itemprop content>` values, by lower-cased name (first one wins). */
  meta: Record<string, string>;
}

const HAN = /\p{Script=Han}/gu;
const hanCount = (s: string): number => s.match(HAN)?.length ?? 0;
const squash = (s: string): string => s.replace(/[ \t\r\n\f\u00a0]+/g, ' ').trim();

const MAX_META = 200;
const CHUNK = 8192;
const MAX_DEPTH = 512;
const MAX_META_VALUE = 2000;

/** Hidden by the page itself: the `hidden` attribute or an inline `display:none`. */
function isHidden(attribs: Record<string, string>): boolean {
  if ('hidden' in attribs) return true;
  const style = attribs.style;
  return (
    style !== undefined && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i.test(style)
  );
}

interface Parsed {
  root: El;
  articles: El[];
  h1s: El[];
  title: string | null;
  meta: Map<string, string>;
}

/** Elements that belong in `<head>`; anything else there starts the body (as a browser does). */
const HEAD_CONTENT = new Set([
  'title',
  'meta',
  'link',
  'style',
  'script',
  'base',
  'noscript',
  'template',
]);

/** Elements whose opening ends an open `<p>` (HTML's "close a p element"). */
const ENDS_P = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'center',
  'details',
  'div',
  'dl',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'ul',
]);

/** Elements an open `<p>` is not looked for beyond. */
const SCOPE = new Set([
  'table',
  'td',
  'th',
  'caption',
  'button',
  'object',
  'template',
  'html',
  'body',
]);

const sumHan = (el: El): number => {
  let han = 0;
  for (const k of el.kids) han += typeof k === 'string' ? hanCount(k) : k.skip ? 0 : k.han;
  return han;
};

/** Markup → a tree of elements and strings; skipped code, styles and graphics keep no text. */
function parse(html: string): Parsed {
  const root: El = {
    tag: '#root',
    parent: null,
    kids: [],
    skip: false,
    inSkip: false,
    chrome: false,
    inMain: false,
    han: 0,
  };
  // The parser's open elements. An element's tree parent may differ from the element below it
  // here: htmlparser2 leaves open what a browser would have closed (a <p> around a new block
  // behind an unclosed <span>, a <head> before body content), and such elements are marked
  // `ended` and receive nothing more.
  const stack: El[] = [root];
  /** Ended element → where nodes go while it is the innermost open element. */
  const ended = new Map<El, El>();
  /** Stack indices of the open, not ended `<p>`s and of the scope boundaries. */
  const openP: number[] = [];
  const scopes: number[] = [];
  /** Where a node goes: the innermost open element that has not ended. */
  const target = (name: string | null): El => {
    let t = stack[stack.length - 1] ?? root;
    for (let resume = ended.get(t); resume; resume = ended.get(t)) t = resume;
    if (t.tag === 'head' && (name === null || !HEAD_CONTENT.has(name))) {
      // Body content in <head>: the head ends, as in a browser.
      const parent = t.parent ?? root;
      for (let i = stack.indexOf(t); i >= 0 && i < stack.length; i++) {
        const e = stack[i];
        if (e && !ended.has(e)) ended.set(e, parent);
      }
      t = parent;
    }
    return t;
  };
  /** A block opening inside an open <p> ends the <p> and whatever is open inside it. */
  const endParagraph = () => {
    const p = openP[openP.length - 1];
    if (p === undefined || p < (scopes[scopes.length - 1] ?? -1)) return;
    const para = stack[p];
    if (!para) return;
    const parent = ended.get(para.parent ?? root) ?? para.parent ?? root;
    for (let k = p; k < stack.length; k++) {
      const e = stack[k];
      if (e && !ended.has(e)) ended.set(e, parent);
    }
    while ((openP[openP.length - 1] ?? -1) >= p) openP.pop();
  };
  /** Depth inside a dead element (script, style, svg…): its content is not kept at all. */
  let dead = 0;
  const articles: El[] = [];
  const h1s: El[] = [];
  const meta = new Map<string, string>();
  let titleText: string | null = null;
  let inTitle = false;
  /** Elements of `stack` below this index were opened before the parser was last reset. */
  let floor = 1;
  const close = () => {
    const el = stack.pop();
    if (!el) return;
    ended.delete(el);
    if (openP[openP.length - 1] === stack.length) openP.pop();
    if (scopes[scopes.length - 1] === stack.length) scopes.pop();
    if (el.tag === 'title') inTitle = false;
    el.han = el.skip ? 0 : sumHan(el);
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (dead > 0) {
          dead++;
          return;
        }
        if (name === 'meta') {
          const key = attribs.name ?? attribs.property ?? attribs.itemprop;
          const content = attribs.content;
          if (key && content !== undefined && meta.size < MAX_META) {
            const k = key.trim().toLowerCase();
            const v = squash(content).slice(0, MAX_META_VALUE);
            if (k && v && !meta.has(k)) meta.set(k, v);
          }
        }
        if (ENDS_P.has(name)) endParagraph();
        const parent = target(name);
        const skip = SKIP.has(name) || isHidden(attribs);
        const el: El = {
          tag: name,
          parent,
          kids: [],
          skip,
          inSkip: skip || parent.inSkip,
          chrome:
            parent.chrome ||
            CHROME.has(name) ||
            DEAD.has(name) ||
            (name === 'header' && !parent.inMain),
          inMain: parent.inMain || name === 'article' || name === 'main',
          han: 0,
        };
        parent.kids.push(el);
        stack.push(el);
        if (name === 'p') openP.push(stack.length - 1);
        if (SCOPE.has(name)) scopes.push(stack.length - 1);
        if (DEAD.has(name)) dead = 1;
        if (name === 'article' && !el.inSkip) articles.push(el);
        if (name === 'h1') h1s.push(el);
        if (name === 'title' && titleText === null && !parent.inMain) inTitle = true;
      },
      ontext(data) {
        if (dead > 0) return;
        if (inTitle) titleText = (titleText ?? '') + data;
        // Whitespace between head elements stays in the head; other text starts the body.
        target(/\S/.test(data) ? null : 'title').kids.push(data);
      },
      onclosetag() {
        if (dead > 1) {
          dead--;
          return;
        }
        dead = 0;
        if (stack.length > floor) close();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  // htmlparser2 keeps its open elements in an array it unshifts, so each tag costs time in
  // proportion to the nesting depth: a page of 2 MB of unclosed tags would take minutes. The page
  // is therefore fed in chunks ending before a '<', and when the nesting passes MAX_DEPTH the
  // parser is reset (its stack emptied) while this tree carries on where it was.
  for (let pos = 0; pos < html.length;) {
    const end = html.indexOf('<', pos + CHUNK);
    const next = end === -1 ? html.length : end;
    parser.write(html.slice(pos, next));
    pos = next;
    if (stack.length + dead - floor > MAX_DEPTH) {
      parser.reset();
      floor = stack.length;
      dead = 0;
    }
  }
  parser.end();
  while (stack.length > 1) close();
  // The root is never closed by the parser.
  root.han = sumHan(root);
  const title = titleText === null ? null : squash(titleText) || null;
  return { root, articles, h1s, title, meta };
}

/** The visible text of an element, block elements on their own lines (iterative: no deep recursion). */
function linesOf(el: El): string {
  const out: string[] = [];
  let line = '';
  const flush = () => {
    const l = squash(line);
    if (l) out.push(l);
    line = '';
  };
  const FLUSH = null;
  const todo: (El | string | typeof FLUSH)[] = [el];
  while (todo.length > 0) {
    const item = todo.pop();
    if (item === undefined) break;
    if (item === FLUSH) {
      flush();
      continue;
    }
    if (typeof item === 'string') {
      line += item;
      continue;
    }
    if (item.skip) continue;
    const block = BLOCK.has(item.tag);
    if (block) {
      flush();
      todo.push(FLUSH);
    }
    for (let i = item.kids.length - 1; i >= 0; i--) todo.push(item.kids[i] as El | string);
  }
  flush();
  return out.join('\n');
}

/** All text of an element, skipped parts included (for a headline inside a `<header>`). */
function allText(el: El): string {
  let s = '';
  const todo: (El | string)[] = [el];
  while (todo.length > 0) {
    const item = todo.pop();
    if (item === undefined) break;
    if (typeof item === 'string') s += item;
    else for (let i = item.kids.length - 1; i >= 0; i--) todo.push(item.kids[i] as El | string);
  }
  return squash(s);
}

const contains = (ancestor: El, el: El): boolean => {
  for (let e: El | null = el; e; e = e.parent) if (e === ancestor) return true;
  return false;
};

/**
 * The element holding the article: an `<article>` with at least half of the page's Chinese text
 * (the one with most), else the deepest element that still holds 70 % of it (the densest block).
 */
function articleRoot(page: Parsed): El {
  const total = page.root.han;
  if (total === 0) return page.root;
  let best: El | null = null;
  for (const a of page.articles) if (!best || a.han > best.han) best = a;
  if (best && best.han >= total * 0.5) return best;
  let root = page.root;
  for (;;) {
    let next: El | null = null;
    for (const k of root.kids) {
      if (typeof k !== 'string' && !k.skip && k.han >= total * 0.7) {
        next = k;
        break;
      }
    }
    if (!next) return root;
    root = next;
  }
}

/** The article text of an HTML page: its headline first, then its lines. */
export function extractHtmlText(html: string): ExtractedHtml {
  const page = parse(html);
  const root = articleRoot(page);
  const text = linesOf(root);
  const headline = (el: El | undefined) => (el ? allText(el) || null : null);
  const h1 =
    headline(page.h1s.find((h) => contains(root, h) && !h.chrome && allText(h) !== '')) ??
    headline(page.h1s.find((h) => !h.chrome && allText(h) !== ''));
  const title = h1 ?? page.title;
  const first = text.split('\n', 1)[0] ?? '';
  const withTitle = title && !first.includes(title) ? (text ? `${title}\n${text}` : title) : text;
  return { title, text: withTitle, meta: Object.fromEntries(page.meta) };
}

/** True for a file that should go through HTML extraction. */
export function isHtmlFile(name: string, head: string): boolean {
  return /\.html?$/i.test(name) || /^\s*(<!doctype html|<html)/i.test(head);
}
