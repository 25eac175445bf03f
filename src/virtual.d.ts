/// <reference types="vite-plugin-pwa/react" />
declare module 'virtual:refrain/corpus' {
  import type { Corpus } from './core/corpus/model.ts';
  /** The corpus without its phrase data, which is a separate lazy chunk. */
  const corpus: Omit<Corpus, 'glossary' | 'phrases'>;
  export default corpus;
}

declare module 'virtual:refrain/phrases' {
  import type { Corpus } from './core/corpus/model.ts';
  const phrases: Pick<Corpus, 'glossary' | 'phrases'>;
  export default phrases;
}

declare module 'virtual:refrain/raw' {
  import type { RawSources } from './core/corpus/model.ts';
  const raw: RawSources;
  export default raw;
}

declare module 'virtual:refrain/ui-hant' {
  import type { Messages } from './app/shared/i18n/messages.ts';
  const tables: { tw: Messages; hk: Messages };
  export default tables;
}
