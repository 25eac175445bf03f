import { describe, expect, it } from 'vitest';
import { bundledCorpus } from '../../node/testing.ts';
import { knownNamesOf, placeNames } from './metadata.ts';

describe('the names the library knows', () => {
  it('takes the bundled corpus’s outlets and places, with their English names', async () => {
    const { corpus } = await bundledCorpus();
    const known = knownNamesOf(corpus.articles);
    expect(known.outlets.map((o) => o.zh)).toContain('临汾新闻网');
    expect(placeNames('山西省 临汾市 吉县', known).map((p) => p.en)).toEqual([
      'Shanxi',
      'Linfen',
      'Ji County (Jixian)',
    ]);
  });
  it('keeps a name it does not know as it is', () => {
    expect(placeNames('某省  某县', { outlets: [], places: [] })).toEqual([
      { zh: '某省', en: '某省' },
      { zh: '某县', en: '某县' },
    ]);
  });
});
