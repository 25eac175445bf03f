import { describe, expect, it } from 'vitest';
import { runInNewContext } from 'node:vm';
import type { Rollup } from 'vite';
import type { PreloadMap } from './routePreload.ts';
import { HANT_SOURCE, VIEW_SOURCES, ZH_SOURCE, preloadMap, preloadScript } from './routePreload.ts';

const chunk = (fileName: string, facade: string | null, imports: string[], isEntry = false) =>
  ({ type: 'chunk', fileName, facadeModuleId: facade, imports, isEntry }) as Rollup.OutputChunk;

describe('preloadMap', () => {
  it('lists each lazy view with the chunks it needs beyond the entry', () => {
    const bundle: Record<string, Rollup.OutputChunk> = {};
    const add = (c: Rollup.OutputChunk) => (bundle[c.fileName] = c);
    add(chunk('assets/index.js', '/repo/index.html', ['assets/react.js'], true));
    add(chunk('assets/react.js', null, []));
    add(chunk('assets/shared.js', null, ['assets/react.js']));
    for (const [name, source] of Object.entries(VIEW_SOURCES))
      add(chunk(`assets/${name}.js`, `/repo/${source}`, ['assets/shared.js', 'assets/react.js']));
    add(chunk('assets/zh.js', `/repo/${ZH_SOURCE}`, []));
    add(chunk('assets/hant.js', `\0${HANT_SOURCE}`, []));
    const map = preloadMap(bundle);
    expect(map.views.read).toEqual(['assets/read.js', 'assets/shared.js']);
    expect(map.views.phrase).toEqual(['assets/phrase.js', 'assets/shared.js']);
    expect(map.zh).toEqual(['assets/zh.js']);
    expect(map.hant).toEqual(['assets/hant.js']);
  });

  it('fails the build when a view is no longer a chunk of its own', () => {
    const bundle = { 'assets/index.js': chunk('assets/index.js', '/r/index.html', [], true) };
    expect(() => preloadMap(bundle)).toThrow(/ReaderView.tsx is not a chunk/);
  });
});

describe('preloadScript', () => {
  const map: PreloadMap = {
    views: { read: ['assets/read.js'], phrase: ['assets/phrase.js'], phrases: ['assets/ps.js'] },
    zh: ['assets/zh.js'],
    hant: ['assets/hant.js'],
  };
  /** Runs the script against a fake page; returns the hrefs it preloads. */
  const run = (hash: string, opts: { stored?: string; languages?: string[] } = {}) => {
    const links: { rel: string; href: string }[] = [];
    runInNewContext(preloadScript(map, './'), {
      location: { hash },
      URLSearchParams,
      JSON,
      localStorage: { getItem: () => opts.stored ?? null },
      navigator: { languages: opts.languages ?? ['en-GB'], language: 'en-GB' },
      document: {
        createElement: () => ({ rel: '', href: '', crossOrigin: null }),
        head: { appendChild: (l: { rel: string; href: string }) => links.push(l) },
      },
    });
    return links.map((l) => `${l.rel} ${l.href}`);
  };

  it('preloads the linked view, nothing for the library', () => {
    expect(run('#/read/abc?p=3')).toEqual(['modulepreload ./assets/read.js']);
    expect(run('#/phrases/dongtai-qingling')).toEqual(['modulepreload ./assets/phrase.js']);
    expect(run('#/phrases?kind=glossary')).toEqual(['modulepreload ./assets/ps.js']);
    expect(run('#/')).toEqual([]);
    expect(run('')).toEqual([]);
  });

  it('adds the Chinese tables from the link, the stored choice or the browser', () => {
    expect(run('#/?ui=zh')).toEqual(['modulepreload ./assets/zh.js']);
    expect(run('#/read/x?ui=zh&script=tw')).toEqual([
      'modulepreload ./assets/read.js',
      'modulepreload ./assets/zh.js',
      'modulepreload ./assets/hant.js',
    ]);
    const stored = JSON.stringify({ state: { uiLang: 'zh', script: 'hk' }, version: 2 });
    expect(run('#/', { stored })).toEqual([
      'modulepreload ./assets/zh.js',
      'modulepreload ./assets/hant.js',
    ]);
    expect(run('#/', { languages: ['zh-TW', 'en'] })).toEqual(['modulepreload ./assets/zh.js']);
    expect(run('#/?ui=en', { languages: ['zh-CN'] })).toEqual([]);
  });

  it('never throws, whatever is stored', () => {
    expect(run('#/', { stored: '{not json' })).toEqual([]);
  });
});
