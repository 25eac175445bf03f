import { describe, expect, it } from 'vitest';
import { formatHash, parseHash } from './route.ts';

describe('hash routes', () => {
  it('parses the library with its sort order', () => {
    expect(parseHash('').route).toEqual({ name: 'library', sort: 'date' });
    expect(parseHash('#/').route).toEqual({ name: 'library', sort: 'date' });
    expect(parseHash('#/?sort=place').route).toEqual({ name: 'library', sort: 'place' });
    expect(parseHash('#/?sort=nonsense').route).toEqual({ name: 'library', sort: 'date' });
  });

  it('parses reader links with a paragraph anchor', () => {
    expect(parseHash('#/read/qinghai-zeku-2022-05').route).toEqual({
      name: 'read',
      id: 'qinghai-zeku-2022-05',
      paragraph: null,
      q: null,
      hit: null,
    });
    expect(parseHash('#/read/x?p=3').route).toMatchObject({ name: 'read', id: 'x', paragraph: 3 });
    expect(parseHash('#/read/x?p=-1').route).toMatchObject({ paragraph: null });
  });

  it('sends unknown paths to not-found without throwing on bad escapes', () => {
    expect(parseHash('#/nowhere').route).toEqual({ name: 'not-found', path: '/nowhere' });
    expect(parseHash('#/read/%E0%A4%A').route).toMatchObject({
      name: 'read',
      id: '%E0%A4%A',
      paragraph: null,
    });
    expect(parseHash('#/read/a/b').route.name).toBe('not-found');
  });

  it('round-trips and keeps shared parameters', () => {
    const shared = new URLSearchParams('script=tw');
    const hash = formatHash({ name: 'read', id: 'anhui-fengtai-2022-04', paragraph: 4 }, shared);
    expect(hash).toBe('#/read/anhui-fengtai-2022-04?script=tw&p=4');
    expect(parseHash(hash).route).toMatchObject({
      name: 'read',
      id: 'anhui-fengtai-2022-04',
      paragraph: 4,
    });
    expect(parseHash(hash).params.get('script')).toBe('tw');
    expect(formatHash({ name: 'library', sort: 'place' })).toBe('#/?sort=place');
  });

  it('parses and formats a comparison with per-pane scripts', () => {
    const loc = parseHash('#/compare?ids=a,b,a,,c&scripts=tw,,bogus&script=hk');
    expect(loc.route).toMatchObject({
      name: 'compare',
      ids: ['a', 'b', 'c'],
      scripts: ['tw', null, null],
    });
    expect(loc.params.get('script')).toBe('hk');
    const hash = formatHash(
      { name: 'compare', ids: ['a', 'b'], scripts: [null, 'hk'] },
      loc.params,
    );
    expect(hash).toBe('#/compare?script=hk&ids=a,b&scripts=,hk');
    expect(parseHash(hash).route).toMatchObject({
      name: 'compare',
      ids: ['a', 'b'],
      scripts: [null, 'hk'],
    });
    expect(formatHash({ name: 'compare', ids: ['a', 'b'], scripts: [null, null] })).toBe(
      '#/compare?ids=a,b',
    );
  });

  it('parses and formats search with sort and filters, keeping the query exact', () => {
    const loc = parseHash('#/search?q=%E7%BD%91%E6%A0%BC%E5%8C%96&sort=left&year=2020&script=tw');
    expect(loc.route).toEqual({
      name: 'search',
      q: '网格化',
      sort: 'left',
      filters: { article: null, place: null, year: '2020' },
    });
    const hash = formatHash(loc.route, loc.params);
    expect(parseHash(hash).route).toEqual(loc.route);
    expect(parseHash(hash).params.get('script')).toBe('tw');
    const odd = formatHash({
      name: 'search',
      q: 'a&b=c #x',
      sort: 'date',
      filters: { article: null, place: null, year: null },
    });
    expect(parseHash(odd).route).toMatchObject({ q: 'a&b=c #x' });
  });

  it('keeps a search query on the reader link', () => {
    const hash = formatHash({ name: 'read', id: 'x', paragraph: 2, q: '网格化', hit: 3 });
    expect(parseHash(hash).route).toEqual({
      name: 'read',
      id: 'x',
      paragraph: 2,
      q: '网格化',
      hit: 3,
    });
  });

  it('keeps the selected phrase and the highlight toggles of a comparison', () => {
    const hash = formatHash({
      name: 'compare',
      ids: ['a', 'b'],
      scripts: [null, 'tw'],
      phrase: '外防输入',
      marks: { glossary: true, discovered: true, sharedOnly: false },
    });
    expect(parseHash(hash).route).toEqual({
      name: 'compare',
      ids: ['a', 'b'],
      scripts: [null, 'tw'],
      phrase: '外防输入',
      marks: { glossary: true, discovered: true, sharedOnly: false },
    });
    expect(parseHash('#/compare?ids=a,b').route).toMatchObject({
      marks: { glossary: true, discovered: false, sharedOnly: true },
    });
    expect(parseHash('#/compare?ids=a,b&marks=none').route).toMatchObject({
      marks: { glossary: false, discovered: false, sharedOnly: false },
    });
  });

  it('keeps presentation mode and the paragraph of a reader or a comparison', () => {
    const read = formatHash({ name: 'read', id: 'x', paragraph: 3, present: true });
    expect(read).toBe('#/read/x?p=3&present=1');
    expect(parseHash(read).route).toMatchObject({ paragraph: 3, present: true });
    const compare = formatHash(
      { name: 'compare', ids: ['a', 'b'], scripts: [null, null], paragraph: 2, present: true },
      new URLSearchParams('script=tw&ui=zh'),
    );
    expect(compare).toBe('#/compare?script=tw&ui=zh&ids=a,b&p=2&present=1');
    expect(parseHash(compare).route).toMatchObject({ paragraph: 2, present: true });
    // Presentation belongs to the view: going elsewhere leaves it.
    expect(formatHash({ name: 'library', sort: 'date' }, parseHash(compare).params)).toBe(
      '#/?script=tw&ui=zh',
    );
    expect(parseHash('#/compare?ids=a,b&present=yes').route).not.toHaveProperty('present');
  });

  it('parses and formats the notes view, keeping shared parameters', () => {
    expect(parseHash('#/notes?script=tw').route).toEqual({ name: 'notes' });
    expect(formatHash({ name: 'notes' }, new URLSearchParams('script=tw&q=x'))).toBe(
      '#/notes?script=tw',
    );
    expect(parseHash('#/notes/extra').route.name).toBe('not-found');
  });

  it('parses and formats the import view, keeping shared parameters', () => {
    expect(parseHash('#/import').route).toEqual({ name: 'import' });
    expect(parseHash('#/import/extra').route.name).toBe('not-found');
    expect(formatHash({ name: 'import' }, new URLSearchParams('script=tw&sort=place'))).toBe(
      '#/import?script=tw',
    );
  });

  it('parses phrase routes', () => {
    expect(parseHash('#/phrases?kind=glossary&category=strategy').route).toEqual({
      name: 'phrases',
      kind: 'glossary',
      category: 'strategy',
    });
    expect(parseHash('#/phrases/%E7%BD%91%E6%A0%BC%E5%8C%96').route).toEqual({
      name: 'phrase',
      key: '网格化',
    });
    expect(formatHash({ name: 'phrase', key: '网格化' })).toBe(
      '#/phrases/%E7%BD%91%E6%A0%BC%E5%8C%96',
    );
    expect(parseHash('#/timeline?phrase=waifang').route).toEqual({
      name: 'timeline',
      phrase: 'waifang',
    });
  });
});
