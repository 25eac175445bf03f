// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { rangeToOffsets } from './domOffsets.ts';

/** A body like ArticleBody renders: a damage mark showing its (longer) original, a note number. */
function body(): HTMLElement {
  const el = document.createElement('div');
  el.innerHTML = [
    '<p data-cp-para="0">外防<mark>输入</mark>，<span data-cp-len="2"><span>锟斤拷锟</span><button>1</button></span>反弹<sup data-cp-skip>1</sup>。</p>',
    '<h2 data-cp-para="1">第二段</h2>',
  ].join('');
  document.body.replaceChildren(el);
  return el;
}
// The body text these paragraphs stand for (damage restored to two characters).
const paragraphs = ['外防输入，内防反弹。', '第二段'];

function range(startNode: Node, startOffset: number, endNode: Node, endOffset: number): Range {
  const r = document.createRange();
  r.setStart(startNode, startOffset);
  r.setEnd(endNode, endOffset);
  return r;
}

describe('rangeToOffsets', () => {
  it('counts code points through marks, atomic damage marks and skipped numbers', () => {
    const el = body();
    const p = el.querySelector('p')!;
    const mark = p.querySelector('mark')!.firstChild!;
    const after = p.lastChild!; // "。"
    // From inside 输入 to the end of the paragraph.
    expect(rangeToOffsets(el, range(mark, 1, after, 1), paragraphs)).toEqual({ start: 3, end: 10 });
    // Starting inside the damage mark's shown original snaps to its start; ending in it, to its end.
    const dmgText = p.querySelector('span span')!.firstChild!;
    expect(rangeToOffsets(el, range(dmgText, 2, dmgText, 3), paragraphs)).toEqual({
      start: 5,
      end: 7,
    });
    // Text after the note number is not shifted by it.
    expect(rangeToOffsets(el, range(after, 0, after, 1), paragraphs)).toEqual({
      start: 9,
      end: 10,
    });
  });

  it('spans paragraphs, counting the separator, and handles points between blocks', () => {
    const el = body();
    const h2 = el.querySelector('h2')!.firstChild!;
    const first = el.querySelector('p')!.firstChild!;
    expect(rangeToOffsets(el, range(first, 0, h2, 2), paragraphs)).toEqual({ start: 0, end: 13 });
    // A triple-click style range: from the start of p to the start of the next block.
    expect(rangeToOffsets(el, range(el, 0, el, 1), paragraphs)).toEqual({ start: 0, end: 10 });
  });

  it('is null for empty ranges and ranges outside the body', () => {
    const el = body();
    const first = el.querySelector('p')!.firstChild!;
    expect(rangeToOffsets(el, range(first, 1, first, 1), paragraphs)).toBeNull();
    const outside = document.createTextNode('x');
    document.body.append(outside);
    expect(rangeToOffsets(el, range(outside, 0, outside, 1), paragraphs)).toBeNull();
  });
});
