import { describe, expect, it } from 'vitest';
import { parseHash } from '../../shared/routing/route.ts';
import { shareUrl } from './shareUrl.ts';

const base = { origin: 'https://example.org', pathname: '/refrain/', search: '' };

describe('shareUrl', () => {
  it('pins the script and the interface language', () => {
    const url = shareUrl(parseHash('#/read/x?p=4'), 'tw', 'zh', base);
    expect(url).toBe('https://example.org/refrain/#/read/x?script=tw&ui=zh&p=4');
  });

  it('overrides what the link said with what is shown', () => {
    const url = shareUrl(parseHash('#/search?q=a&script=hk&ui=en'), 'orig', 'zh', base);
    const loc = parseHash(new URL(url).hash);
    expect(loc.params.get('script')).toBe('orig');
    expect(loc.params.get('ui')).toBe('zh');
    expect(loc.route).toMatchObject({ name: 'search', q: 'a' });
  });

  it('keeps a full comparison but not presentation mode', () => {
    const url = shareUrl(
      parseHash('#/compare?ids=a,b&scripts=,hk&phrase=waifang&p=3&present=1'),
      'cn',
      'en',
      base,
    );
    const loc = parseHash(new URL(url).hash);
    expect(loc.route).toEqual({
      name: 'compare',
      ids: ['a', 'b'],
      scripts: [null, 'hk'],
      phrase: 'waifang',
      marks: { glossary: true, discovered: false, sharedOnly: true },
      paragraph: 3,
    });
  });
});
