import { describe, expect, it } from 'vitest';
import { readCollection, writeCollection } from './collection.ts';
import type { OwnArticle } from './record.ts';

const article: OwnArticle = {
  id: 'own-0123456789abcdef',
  filename: '新闻.txt',
  format: 'text',
  source: '标题\n正文，内容。',
  encoding: 'gb18030',
  meta: { title: '标题', date: '2020-03-05', outlet: '新华网', place: '甘肃省 兰州市' },
  titleLine: '标题',
  importedAt: '2026-11-23T22:00:00.000Z',
  fingerprint: '0123456789abcdef',
};
const note = { schema: 1, id: 'n1', article: 'own-0123456789abcdef', body: '注' };

describe('collection files', () => {
  it('round-trip articles and notes', () => {
    const text = writeCollection([article], [note], new Date('2026-11-23T23:00:00Z'));
    const back = readCollection(text);
    expect(back).toEqual({
      ok: true,
      value: { exportedAt: '2026-11-23T23:00:00.000Z', articles: [article], notes: [note] },
    });
  });

  it('refuse malformed files whole', () => {
    const kind = (t: string) => {
      const r = readCollection(t);
      return r.ok ? 'ok' : r.error.kind;
    };
    expect(kind('{ not json')).toBe('malformed');
    expect(kind('{"format":"something-else","version":1}')).toBe('malformed');
    expect(kind('{"format":"refrain-collection","version":1,"articles":{},"notes":[]}')).toBe(
      'malformed',
    );
    const bad = JSON.parse(writeCollection([article], [])) as { articles: { source: unknown }[] };
    const first = bad.articles[0];
    if (first) first.source = 42;
    expect(kind(JSON.stringify(bad))).toBe('malformed');
  });

  it('refuse a file from a newer version, or holding a newer article', () => {
    const newer = JSON.parse(writeCollection([article], [])) as Record<string, unknown>;
    expect(readCollection(JSON.stringify({ ...newer, version: 2 }))).toMatchObject({
      ok: false,
      error: { kind: 'newer', detail: '2' },
    });
    const newerArticle = JSON.parse(writeCollection([article], [])) as {
      articles: Record<string, unknown>[];
    };
    newerArticle.articles = newerArticle.articles.map((a) => ({ ...a, schema: 9 }));
    expect(readCollection(JSON.stringify(newerArticle))).toMatchObject({
      ok: false,
      error: { kind: 'newer' },
    });
  });
});
