/**
 * The phrase analysis of a corpus: curated glossary entries found in the folded text, plus the
 * discovered recurring phrases, with every occurrence located (article, paragraph, code points).
 * Offsets are in the folded text and, because conversion keeps code points, valid in every script.
 */
import type { DiscoveryOptions } from './discover.ts';
import { discoverPhrases } from './discover.ts';
import { groupFamilies } from './families.ts';

/** What the analysis needs from a glossary entry (see glossary.ts for the full record). */
export interface GlossaryLike {
  id: string;
  text: string;
  family: string | null;
  /** Folded Simplified strings that count as an occurrence. */
  match: string[];
  contextOnly: boolean;
}

export interface AnalysedDoc {
  id: string;
  /** Folded paragraphs. */
  paragraphs: string[];
}

export interface Occurrence {
  article: string;
  paragraph: number;
  start: number;
  end: number;
}

export interface Phrase {
  /** Folded Simplified text. */
  text: string;
  kind: 'glossary' | 'discovered';
  /** The glossary entry, for kind 'glossary'. */
  glossaryId?: string;
  articles: string[];
  count: number;
  occurrences: Occurrence[];
  /** Family id (glossary) or slot pattern (discovered): phrases that are one formula with a slot. */
  family?: string;
}

/** Every non-overlapping occurrence of any of `needles` (longest first at a position). */
export function locate(docs: readonly AnalysedDoc[], needles: readonly string[]): Occurrence[] {
  const sorted = [...new Set(needles)].filter(Boolean).sort((a, b) => b.length - a.length);
  const out: Occurrence[] = [];
  for (const d of docs) {
    d.paragraphs.forEach((p, paragraph) => {
      const found: { start: number; end: number }[] = [];
      for (const n of sorted) {
        for (let at = p.indexOf(n); at >= 0; at = p.indexOf(n, at + n.length)) {
          if (found.some((f) => at < f.end && at + n.length > f.start)) continue;
          found.push({ start: at, end: at + n.length });
        }
      }
      for (const f of found.sort((a, b) => a.start - b.start)) {
        // indexOf gives UTF-16 positions: convert when the paragraph has astral characters.
        const start = Array.from(p.slice(0, f.start)).length;
        const end = start + Array.from(p.slice(f.start, f.end)).length;
        out.push({ article: d.id, paragraph, start, end });
      }
    });
  }
  return out;
}

const articlesOf = (occ: readonly Occurrence[]): string[] => [
  ...new Set(occ.map((o) => o.article)),
];

export function analysePhrases(
  docs: readonly AnalysedDoc[],
  glossary: readonly GlossaryLike[],
  options: DiscoveryOptions = {},
): Phrase[] {
  const phrases: Phrase[] = [];
  const covered = new Set<string>();
  for (const g of glossary) {
    if (g.contextOnly) continue;
    const occurrences = locate(docs, g.match);
    g.match.forEach((m) => covered.add(m));
    phrases.push({
      text: g.text,
      kind: 'glossary',
      glossaryId: g.id,
      articles: articlesOf(occurrences),
      count: occurrences.length,
      occurrences,
      ...(g.family ? { family: g.family } : {}),
    });
  }
  const discovered = discoverPhrases(
    docs.map((d) => d.paragraphs),
    options,
  ).filter((p) => !covered.has(p.text));
  const families = groupFamilies(discovered.map((p) => p.text));
  for (const p of discovered) {
    const occurrences = locate(docs, [p.text]);
    const family = families.get(p.text);
    phrases.push({
      text: p.text,
      kind: 'discovered',
      articles: articlesOf(occurrences),
      count: occurrences.length,
      occurrences,
      ...(family ? { family } : {}),
    });
  }
  return phrases;
}
