/**
 * Phrases and the glossary as the app sees them: computed at build time with the corpus, so no
 * discovery runs on start-up. Lookups are precomputed once here.
 */
import corpus from 'virtual:refrain/corpus';
import type { Occurrence, Phrase } from '../../core/phrases/analyse.ts';
import type { GlossaryEntry } from '../../core/phrases/glossary.ts';

export const GLOSSARY: readonly GlossaryEntry[] = corpus.glossary;
export const PHRASES: readonly Phrase[] = corpus.phrases.filter((p: Phrase) => p.count > 0);

const byGlossaryId = new Map(GLOSSARY.map((g) => [g.id, g]));
const byKey = new Map<string, Phrase>();
for (const p of PHRASES) {
  byKey.set(p.text, p);
  if (p.glossaryId) byKey.set(p.glossaryId, p);
}

export function glossaryEntryOf(p: Phrase): GlossaryEntry | undefined {
  return p.glossaryId ? byGlossaryId.get(p.glossaryId) : undefined;
}

/** A phrase by its folded text or its glossary id (both appear in links). */
export function findPhrase(key: string): Phrase | undefined {
  return byKey.get(key);
}

/** The key used in URLs: the glossary id when there is one (stable, ASCII), else the text. */
export function phraseKey(p: Phrase): string {
  return p.glossaryId ?? p.text;
}

/** Occurrences of a phrase in one article, by paragraph. */
export function occurrencesIn(p: Phrase, article: string): Occurrence[] {
  return p.occurrences.filter((o) => o.article === article);
}

/** Phrases occurring in every one of `articles` (the "shared by the visible panes" filter). */
export function sharedBy(
  articles: readonly string[],
  phrases: readonly Phrase[] = PHRASES,
): Phrase[] {
  return phrases.filter((p) => articles.every((a) => p.articles.includes(a)));
}
