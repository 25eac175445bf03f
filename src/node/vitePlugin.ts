/**
 * Vite plugin that derives the corpus at build time. The app imports `virtual:refrain/corpus`
 * (cleaned articles + metadata, in the first-visit bundle) and `virtual:refrain/raw` (the raw
 * source files, loaded only when a reader opens "source text"). Editing a raw file, articles.json
 * or apparatus.json rebuilds both, in dev and in `vite build`.
 */
import type { Plugin } from 'vite';
import { buildCorpus } from '../core/corpus/build.ts';
import { corpusDependencies, readCorpusInputs } from './corpusFiles.ts';
import { loadFolding } from '../core/script/opencc.ts';

const CORPUS_ID = 'virtual:refrain/corpus';
const RAW_ID = 'virtual:refrain/raw';

export function refrainCorpus(): Plugin {
  return {
    name: 'refrain-corpus',
    resolveId(id) {
      if (id === CORPUS_ID || id === RAW_ID) return `\0${id}`;
      return null;
    },
    async load(id) {
      if (id !== `\0${CORPUS_ID}` && id !== `\0${RAW_ID}`) return null;
      for (const file of corpusDependencies()) this.addWatchFile(file);
      const built = buildCorpus({ ...readCorpusInputs(), fold: await loadFolding() });
      if (!built.ok) this.error(`The corpus does not build:\n${built.error}`);
      const value = id === `\0${CORPUS_ID}` ? built.value.corpus : built.value.raw;
      // JSON.parse of a string literal parses faster than the equivalent object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});`;
    },
  };
}
