import { describe, expect, it } from 'vitest';
import { formatCitation } from './citation.ts';

const EN = '{outlet}. “{title}.” {place}, {date}. Refrain: {url} (accessed {accessed}).';
const ZH = '{outlet}：《{title}》，{place}，{date}。同声 Refrain：{url}（{accessed}访问）。';

const fields = {
  outlet: '临汾新闻网 (Linfen News)',
  title: '吉縣眾志成城抗擊疫情',
  place: 'Ji County, Linfen, Shanxi',
  date: 'February 2020',
  url: 'https://example.org/refrain/#/read/shanxi-jixian-2020-02?script=orig&ui=en',
  accessed: '23 November 2026',
};

describe('formatCitation', () => {
  it('fills an English reference', () => {
    expect(formatCitation(EN, fields)).toBe(
      '临汾新闻网 (Linfen News). “吉縣眾志成城抗擊疫情.” Ji County, Linfen, Shanxi, February 2020. Refrain: https://example.org/refrain/#/read/shanxi-jixian-2020-02?script=orig&ui=en (accessed 23 November 2026).',
    );
  });

  it('fills a Chinese reference', () => {
    expect(formatCitation(ZH, { ...fields, place: '山西 临汾 吉县', date: '2020年2月' })).toContain(
      '：《吉縣眾志成城抗擊疫情》，山西 临汾 吉县，2020年2月。',
    );
  });

  it("drops a title's final punctuation and tidies whitespace", () => {
    const out = formatCitation(EN, { ...fields, title: ' 疫情防控，\n我们在行动！ ' });
    expect(out).toContain('“疫情防控， 我们在行动.”');
  });

  it('substitutes in one pass: placeholders inside values stay text', () => {
    const out = formatCitation(EN, { ...fields, title: 'About {url}' });
    expect(out).toContain('“About {url}.”');
    expect(formatCitation('{nope} {date}', fields)).toBe('{nope} February 2020');
  });
});
