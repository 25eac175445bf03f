/**
 * Deep links without a waterfall. Every view but the library is a lazy chunk (first visit stays
 * small), which would make a deep link fetch the entry, run it, and only then ask for its view's
 * chunk. This build plugin writes a tiny classic script, loaded from index.html before the entry,
 * that reads the address (and the stored or browser interface language) and adds
 * `<link rel="modulepreload">` for exactly the chunks that view needs — so they download in
 * parallel with the entry. An external file, not inline, because the CSP allows no inline script.
 */
import type { Plugin, Rollup } from 'vite';

type OutputBundle = Rollup.OutputBundle;
type OutputChunk = Rollup.OutputChunk;

/** First path segment of the hash route → the view's source module (see routing/route.ts). */
export const VIEW_SOURCES: Readonly<Record<string, string>> = {
  read: 'src/app/features/reader/ReaderView.tsx',
  compare: 'src/app/features/compare/CompareView.tsx',
  search: 'src/app/features/search/SearchView.tsx',
  phrases: 'src/app/features/phrases/PhrasesView.tsx',
  phrase: 'src/app/features/phrases/PhraseView.tsx', // #/phrases/<key>
  timeline: 'src/app/features/timeline/TimelineView.tsx',
  notes: 'src/app/features/notes/NotesView.tsx',
  import: 'src/app/features/import/ImportView.tsx',
};
export const ZH_SOURCE = 'src/app/shared/i18n/zhHans.ts';
export const HANT_SOURCE = 'virtual:refrain/ui-hant';

export interface PreloadMap {
  views: Record<string, string[]>;
  zh: string[];
  hant: string[];
}

const isChunk = (o: OutputBundle[string]): o is OutputChunk => o.type === 'chunk';

/**
 * For each lazily loaded source, the chunk files it needs that the entry does not already load
 * (the chunk itself and its static imports, recursively).
 */
export function preloadMap(bundle: OutputBundle): PreloadMap {
  const chunks = Object.values(bundle).filter(isChunk);
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const closure = (start: OutputChunk, skip: ReadonlySet<string>): string[] => {
    const out: string[] = [];
    const seen = new Set<string>();
    const walk = (c: OutputChunk): void => {
      if (seen.has(c.fileName) || skip.has(c.fileName)) return;
      seen.add(c.fileName);
      out.push(c.fileName);
      for (const i of c.imports) {
        const next = byFile.get(i);
        if (next) walk(next);
      }
    };
    walk(start);
    return out;
  };
  const entry = chunks.find(
    (c) => c.isEntry && /(index\.html|src\/main\.tsx)$/.test(c.facadeModuleId ?? ''),
  );
  if (!entry) throw new Error('route preload: no entry chunk (index.html / src/main.tsx)');
  const initial = new Set(closure(entry, new Set()));
  const forSource = (source: string): string[] => {
    const chunk = chunks.find((c) => c.facadeModuleId?.replace(/^\0/, '').endsWith(source));
    if (!chunk) throw new Error(`route preload: ${source} is not a chunk of its own any more`);
    return closure(chunk, initial);
  };
  const views: Record<string, string[]> = {};
  for (const [name, source] of Object.entries(VIEW_SOURCES)) views[name] = forSource(source);
  return { views, zh: forSource(ZH_SOURCE), hant: forSource(HANT_SOURCE) };
}

/**
 * The script's source. `base` is the prefix of asset URLs in index.html ('./' or '/refrain/').
 * It must never throw (a failure only loses the head start): everything is in a try.
 */
export function preloadScript(map: PreloadMap, base: string): string {
  return `(function(){try{
var m=${JSON.stringify(map)},b=${JSON.stringify(base)};
var h=location.hash.replace(/^#\\/?/,''),q=h.indexOf('?'),path=q<0?h:h.slice(0,q);
var p=new URLSearchParams(q<0?'':h.slice(q+1)),seg=path.split('/');
var view=seg[0]==='phrases'&&seg[1]?'phrase':seg[0];
var files=(m.views[view]||[]).slice();
var s={};try{s=(JSON.parse(localStorage.getItem('refrain.settings')||'{}').state)||{};}catch(e){}
var ui=p.get('ui')||s.uiLang||((navigator.languages||[navigator.language]).filter(function(l){return/^(zh|en)\\b/i.test(l)})[0]||'en').slice(0,2).toLowerCase();
if(ui==='zh'){files=files.concat(m.zh);var sc=p.get('script')||s.script;if(sc==='tw'||sc==='hk')files=files.concat(m.hant);}
files.forEach(function(f){var l=document.createElement('link');l.rel='modulepreload';l.crossOrigin='';l.href=b+f;document.head.appendChild(l);});
}catch(e){}})();
`;
}

/** The build plugin: emits the script and loads it from index.html before the entry. */
export function refrainRoutePreload(): Plugin {
  let base = './';
  return {
    name: 'refrain-route-preload',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      base = config.base;
    },
    generateBundle(_options, bundle) {
      const html = bundle['index.html'];
      if (!html || html.type !== 'asset' || typeof html.source !== 'string') return;
      const ref = this.emitFile({
        type: 'asset',
        name: 'route-preload.js',
        source: preloadScript(preloadMap(bundle), base),
      });
      const file = this.getFileName(ref);
      html.source = html.source.replace(
        '<script type="module"',
        // async: it must not block parsing (Lighthouse counted ~300 ms of render-blocking on slow
        // 4G); being tiny, it still runs long before the entry has downloaded.
        `<script async src="${base}${file}"></script>\n    <script type="module"`,
      );
    },
  };
}
