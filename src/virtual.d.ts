declare module 'virtual:refrain/corpus' {
  import type { Corpus } from './core/corpus/model.ts';
  const corpus: Corpus;
  export default corpus;
}

declare module 'virtual:refrain/raw' {
  import type { RawSources } from './core/corpus/model.ts';
  const raw: RawSources;
  export default raw;
}
