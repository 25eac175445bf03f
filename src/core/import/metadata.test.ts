import { describe, expect, it } from 'vitest';
import { bundledCorpus } from '../../node/testing.ts';
import {
  guessDate,
  guessMetadata,
  guessOutlet,
  guessPlace,
  guessTitle,
  knownNamesOf,
} from './metadata.ts';

const none = { outlets: [], places: [] };

describe('metadata guessing', () => {
  it('reads dates written in the usual ways', () => {
    expect(guessDate('发布时间：2020年3月5日 10:20')).toBe('2020-03-05');
    expect(guessDate('2020-03-05 16:50 来源：人民网')).toBe('2020-03-05');
    expect(guessDate('更新于 2020/3/5')).toBe('2020-03-05');
    expect(guessDate('２０２０年２月')).toBe('2020-02');
    expect(guessDate('截至2020年13月40日 无效；后来2021.1.2')).toBe('2021-01-02');
    expect(guessDate('没有日期，只有4.98万人')).toBe('');
  });

  it('finds the outlet from a 来源 credit or a known name', () => {
    expect(guessOutlet('正文……\n来源：新华网 责任编辑：王某', none)).toBe('新华网');
    expect(guessOutlet('湖南日报全媒体记者 报道', none)).toBe('湖南日报');
    expect(guessOutlet('正文', none)).toBe('');
  });

  it('finds the place, most specific first, in Simplified', () => {
    expect(guessPlace('本报讯 兰州市城关区……', none)).toBe('甘肃省 兰州市');
    expect(guessPlace('广东各地继续……', none)).toBe('广东省');
  });

  it('uses the bundled corpus’s outlets and places', async () => {
    const { corpus } = await bundledCorpus();
    const known = knownNamesOf(corpus.articles);
    expect(guessPlace('临汾新闻网讯 吉县众志成城', known)).toBe('山西省 临汾市');
    expect(guessOutlet('临汾新闻网讯 吉县众志成城', known)).toBe('临汾新闻网');
  });

  it('takes the headline, else the first short line, else the file name', () => {
    expect(guessTitle('标题', '正文。', 'a.txt')).toBe('标题');
    expect(guessTitle(null, '\n众志成城抗疫情\n正文很长。', 'a.txt')).toBe('众志成城抗疫情');
    expect(guessTitle(null, '只有一句话。', 'news-1.txt')).toBe('news-1');
  });

  it('guesses all four for a Traditional article through its fold', () => {
    const text = '吉縣眾志成城抗疫情\n2020年2月10日 臨汾新聞網訊\n疫情來勢洶洶，吉縣眾志成城。';
    const folded = '吉县众志成城抗疫情\n2020年2月10日 临汾新闻网讯\n疫情来势汹汹，吉县众志成城。';
    const m = guessMetadata({ headline: null, text, folded, filename: 'x.txt', known: none });
    expect(m).toEqual({ title: '吉縣眾志成城抗疫情', date: '2020-02-10', outlet: '', place: '' });
  });
});
