/** A note for tests (core, store and exchange tests share it). */
import type { Note } from './record.ts';

export const sampleNote = (over: Partial<Note> = {}): Note => ({
  id: 'n1',
  articleId: 'a1',
  anchor: { start: 4, end: 8, quote: '外防输入', prefix: '各地坚持', suffix: '、内防反弹' },
  colour: 'yellow',
  text: 'The formula, early.',
  created: '2026-11-23T10:00:00.000Z',
  updated: '2026-11-23T10:00:00.000Z',
  ...over,
});
