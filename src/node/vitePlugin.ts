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
const PHRASES_ID = 'virtual:refrain/phrases';
const IDS = [CORPUS_ID, RAW_ID, PHRASES_ID];

export function refrainCorpus(): Plugin {
  // One build serves the three modules; a change to any corpus file drops it.
  let built: ReturnType<typeof buildCorpus> | undefined;
  return {
    name: 'refrain-corpus',
    watchChange(file) {
      if (corpusDependencies().includes(file)) built = undefined;
    },
    resolveId(id) {
      if (IDS.includes(id)) return `\0${id}`;
      return null;
    },
    async load(id) {
      if (!IDS.some((x) => id === `\0${x}`)) return null;
      for (const file of corpusDependencies()) this.addWatchFile(file);
      built ??= buildCorpus({ ...readCorpusInputs(), fold: await loadFolding() });
      if (!built.ok) this.error(`The corpus does not build:\n${built.error}`);
      const { glossary, phrases, ...corpus } = built.value.corpus;
      const value =
        id === `\0${CORPUS_ID}`
          ? corpus
          : id === `\0${PHRASES_ID}`
            ? { glossary, phrases }
            : built.value.raw;
      // JSON.parse of a string literal parses faster than the equivalent object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});`;
    },
  };
}
