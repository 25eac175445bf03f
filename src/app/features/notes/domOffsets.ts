/**
 * The one adapter between the DOM and note offsets (as foliate-js keeps its text walker apart):
 * a DOM selection in the article body becomes a code-point range of the body text
 * (core/notes/body.ts). Offsets → DOM needs no adapter: highlights are rendered from offsets.
 *
 * Markers the body's markup carries for this module:
 *  - `data-cp-para="<i>"` on each paragraph or heading element (index in the body);
 *  - `data-cp-skip` on elements whose text is not article text (note numbers, buttons);
 *  - `data-cp-len="<n>"` on elements standing for n code points of article text whatever they
 *    show (a damage mark may show the damaged original, of another length, and its apparatus
 *    note); a selection edge inside one snaps to its start or end.
 */
import { cpLength } from '../../../core/text/codepoints.ts';
import { toBodyOffset } from '../../../core/notes/body.ts';

interface Point {
  paragraph: number;
  offset: number;
}

type Edge = 'start' | 'end';

function atomicLength(el: Element): number | null {
  if (el.hasAttribute('data-cp-skip')) return 0;
  const len = el.getAttribute('data-cp-len');
  if (len === null) return null;
  const n = Number(len);
  return Number.isInteger(n) && n >= 0 ? n : 0;
}

/** Code-point offset of DOM point (container, off) within paragraph element `para`. */
function offsetInParagraph(para: Element, container: Node, off: number, edge: Edge): number {
  let pos = 0;
  const visit = (n: Node): boolean => {
    if (n !== para && n instanceof Element) {
      const atomic = atomicLength(n);
      if (atomic !== null) {
        if (n === container || n.contains(container)) {
          if (edge === 'end') pos += atomic;
          return true;
        }
        pos += atomic;
        return false;
      }
    }
    if (n === container) {
      if (n.nodeType === Node.TEXT_NODE) {
        pos += cpLength((n.nodeValue ?? '').slice(0, off));
      } else {
        const kids = n.childNodes;
        for (let i = 0; i < off && i < kids.length; i++) {
          const kid = kids[i];
          if (kid) visit(kid);
        }
      }
      return true;
    }
    if (n.nodeType === Node.TEXT_NODE) {
      pos += cpLength(n.nodeValue ?? '');
      return false;
    }
    for (const kid of Array.from(n.childNodes)) if (visit(kid)) return true;
    return false;
  };
  visit(para);
  return pos;
}

function paragraphIndex(el: Element): number | null {
  const v = el.getAttribute('data-cp-para');
  const n = v === null ? NaN : Number(v);
  return Number.isInteger(n) && n >= 0 ? n : null;
}

/** Paragraph and offset of a DOM point inside `body`, or null when it is outside the text. */
function toPoint(
  body: Element,
  container: Node,
  off: number,
  edge: Edge,
  paragraphs: readonly string[],
): Point | null {
  if (!body.contains(container)) return null;
  const el = container instanceof Element ? container : container.parentElement;
  const para = el?.closest('[data-cp-para]');
  if (para && body.contains(para)) {
    const paragraph = paragraphIndex(para);
    if (paragraph === null) return null;
    return { paragraph, offset: offsetInParagraph(para, container, off, edge) };
  }
  // A point between paragraphs (e.g. a triple-click selects to the start of the next block):
  // the start of the block after it, or the end of the block before it.
  if (!(container instanceof Element)) return null;
  const kids = Array.from(container.childNodes);
  const after = kids.slice(off).find((k): k is Element => k instanceof Element);
  const before = kids
    .slice(0, off)
    .reverse()
    .find((k): k is Element => k instanceof Element);
  const next = after?.matches('[data-cp-para]') ? after : after?.querySelector('[data-cp-para]');
  const prev = before?.matches('[data-cp-para]')
    ? before
    : [...(before?.querySelectorAll('[data-cp-para]') ?? [])].pop();
  if (edge === 'start' && next) {
    const p = paragraphIndex(next);
    return p === null ? null : { paragraph: p, offset: 0 };
  }
  if (prev) {
    const p = paragraphIndex(prev);
    return p === null ? null : { paragraph: p, offset: cpLength(paragraphs[p] ?? '') };
  }
  return null;
}

/**
 * The body-text range (code points) a DOM range covers inside `body`, or null when it is empty or
 * not in the body. `paragraphs` are the body's paragraphs (any script: lengths are equal).
 */
export function rangeToOffsets(
  body: Element,
  range: Range,
  paragraphs: readonly string[],
): { start: number; end: number } | null {
  if (range.collapsed) return null;
  const a = toPoint(body, range.startContainer, range.startOffset, 'start', paragraphs);
  const b = toPoint(body, range.endContainer, range.endOffset, 'end', paragraphs);
  if (!a || !b) return null;
  const start = toBodyOffset(paragraphs, a.paragraph, a.offset);
  const end = toBodyOffset(paragraphs, b.paragraph, b.offset);
  return end > start ? { start, end } : null;
}
