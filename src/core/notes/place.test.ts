import { describe, expect, it } from 'vitest';
import { createAnchor } from './anchor.ts';
import { placeNotes } from './place.ts';
import { sampleNote } from './testing.ts';

describe('placeNotes', () => {
  it('numbers placed notes in reading order and keeps orphans', () => {
    const body = '外防输入，内防反弹。\n网格化管理。';
    const late = sampleNote({ id: 'late', anchor: createAnchor(body, 11, 14) });
    const early = sampleNote({ id: 'early', anchor: createAnchor(body, 0, 4) });
    const gone = sampleNote({
      id: 'gone',
      anchor: { ...createAnchor(body, 0, 4), quote: '联防联控' },
    });
    const { placed, orphans } = placeNotes(body, [late, gone, early]);
    expect(placed.map((p) => [p.note.id, p.n, p.start, p.end, p.how])).toEqual([
      ['early', 1, 0, 4, 'exact'],
      ['late', 2, 11, 14, 'exact'],
    ]);
    expect(orphans.map((o) => o.id)).toEqual(['gone']);
  });
});
