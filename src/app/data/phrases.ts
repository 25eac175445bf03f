/**
 * Phrases and the glossary, computed at build time with the corpus but shipped as their own chunk
 * (`virtual:refrain/phrases`), loaded when a view first needs them: the library and the reader's
 * text do not wait for them, and the first visit stays small.
 */
import { create } from 'zustand';
import type { Occurrence, Phrase } from '../../core/phrases/analyse.ts';
import type { GlossaryEntry } from '../../core/phrases/glossary.ts';

/** The key used in URLs: the glossary id when there is one (stable, ASCII), else the text. */
export function phraseKey(p: Phrase): string {
  return p.glossaryId ?? p.text;
}

/** The loaded phrase data with its lookups. */
export interface PhraseData {
  glossary: readonly GlossaryEntry[];
  /** Phrases with at least one occurrence. */
  phrases: readonly Phrase[];
  glossaryEntryOf: (p: Phrase) => GlossaryEntry | undefined;
  entryById: (id: string) => GlossaryEntry | undefined;
  /** A phrase by its folded text or its glossary id (both appear in links). */
  findPhrase: (key: string) => Phrase | undefined;
  occurrencesIn: (p: Phrase, article: string) => Occurrence[];
}

export function makePhraseData(
  glossary: readonly GlossaryEntry[],
  all: readonly Phrase[],
): PhraseData {
  const phrases = all.filter((p) => p.count > 0);
  const byId = new Map(glossary.map((g) => [g.id, g]));
  const byKey = new Map<string, Phrase>();
  for (const p of phrases) {
    byKey.set(p.text, p);
    if (p.glossaryId) byKey.set(p.glossaryId, p);
  }
  return {
    glossary,
    phrases,
    glossaryEntryOf: (p) => (p.glossaryId ? byId.get(p.glossaryId) : undefined),
    entryById: (id) => byId.get(id),
    findPhrase: (key) => byKey.get(key),
    occurrencesIn: (p, article) => p.occurrences.filter((o) => o.article === article),
  };
}

interface PhraseDataState {
  data: PhraseData | null;
  error: string | null;
  load: () => void;
}

/** One store for the concern "phrase data": loaded once, on first use. */
export const usePhraseDataStore = create<PhraseDataState>()((set, get) => ({
  data: null,
  error: null,
  load: () => {
    if (get().data) return;
    import('virtual:refrain/phrases').then(
      (m) => set({ data: makePhraseData(m.default.glossary, m.default.phrases), error: null }),
      (e: unknown) => set({ error: e instanceof Error ? e.message : String(e) }),
    );
  },
}));

/** The phrase data, starting its load on first use; null until it has arrived. */
export function usePhraseData(): PhraseData | null {
  const data = usePhraseDataStore((s) => s.data);
  if (!data) queueMicrotask(() => usePhraseDataStore.getState().load());
  return data;
}
