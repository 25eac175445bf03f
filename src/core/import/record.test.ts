import { describe, expect, it } from 'vitest';
import { decodeRecord } from '../records/versioned.ts';
import { toCorpusArticle } from './derive.ts';
import type { OwnArticle } from './record.ts';
import { ownArticleCodec } from './record.ts';

const own: OwnArticle = {
  id: 'own-00000000000000aa',
  filename: 'a.txt',
  format: 'text',
  source: '原来的标题行\n2020年3月5日\n第一段正文,。\n分享到：微信 微博',
  encoding: 'utf-8',
  meta: { title: '原来的标题行', date: '2020-03-05', outlet: '', place: '' },
  titleLine: '原来的标题行',
  importedAt: '2026-11-23T22:00:00.000Z',
  fingerprint: '00000000000000aa',
};
const none = { outlets: [], places: [] };

describe('own article records', () => {
  it('are derived by the corpus pipeline on load', () => {
    const a = toCorpusArticle(own, none);
    expect(a.text.paragraphs).toEqual(['第一段正文。']);
    expect(a.meta).toMatchObject({ id: own.id, title: '原来的标题行', date: '2020-03-05' });
    expect(a.own).toEqual({ filename: 'a.txt', encoding: 'utf-8', importedAt: own.importedAt });
  });

  it('keep the title line out of the body when the reader renames the article', () => {
    const a = toCorpusArticle({ ...own, meta: { ...own.meta, title: '我的标题' } }, none);
    expect(a.meta.title).toBe('我的标题');
    expect(a.text.paragraphs).toEqual(['第一段正文。']);
  });

  it('without a date, sort by the import day and say so', () => {
    const a = toCorpusArticle({ ...own, meta: { ...own.meta, date: '' } }, none);
    expect(a.meta).toMatchObject({ date: '2026-11-23', dateNote: 'import-date' });
  });

  it('are read back through the codec, and damaged or newer ones are refused', () => {
    expect(decodeRecord(ownArticleCodec, { ...own, schema: 1 })).toEqual({
      ok: true,
      value: { value: own, migrated: false },
    });
    const damaged = decodeRecord(ownArticleCodec, { ...own, encoding: 'ebcdic', schema: 1 });
    expect(damaged.ok).toBe(false);
    expect(decodeRecord(ownArticleCodec, { ...own, schema: 2 }).ok).toBe(false);
    expect(
      decodeRecord(ownArticleCodec, { ...own, meta: { ...own.meta, date: '5 March' }, schema: 1 })
        .ok,
    ).toBe(false);
  });
});
