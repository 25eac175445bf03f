declare module 'virtual:refrain/corpus' {
  import type { Corpus } from './core/corpus/model';
  const corpus: Corpus;
  export default corpus;
}

declare module 'virtual:refrain/raw' {
  import type { RawSources } from './core/corpus/model';
  const raw: RawSources;
  export default raw;
}
