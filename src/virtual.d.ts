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

declare module 'virtual:refrain/ui-hant' {
  import type { Messages } from './app/i18n/messages.ts';
  const tables: { tw: Messages; hk: Messages };
  export default tables;
}
