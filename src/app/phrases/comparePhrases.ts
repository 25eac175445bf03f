/**
 * Which phrases a comparison highlights, in which style. Pure over plain data, so it is tested
 * without a browser.
 */
import type { Phrase } from '../../core/phrases/analyse.ts';
import type { CompareMarks } from '../routing/route.ts';
import type { Highlight } from '../components/ArticleBody.tsx';
import type { PhraseStyle } from './palette.ts';
import { phraseStyle } from './palette.ts';

export interface StyledPhrase {
  phrase: Phrase;
  key: string;
  style: PhraseStyle;
}

/**
 * The phrases to highlight across `ids`: of the chosen kinds, occurring in at least two of the
 * panes (or in every pane with `sharedOnly`), widest spread first; the selected phrase is always
 * included. Styles follow that order, so a phrase keeps its colour while panes scroll.
 */
export function comparePhrases(
  phrases: readonly Phrase[],
  ids: readonly string[],
  marks: CompareMarks,
  keyOf: (p: Phrase) => string,
  selected: string | null,
): StyledPhrase[] {
  const need = marks.sharedOnly ? ids.length : Math.min(2, ids.length);
  const chosen = phrases.filter((p) => {
    if (selected && keyOf(p) === selected) return true;
    if (p.kind === 'glossary' ? !marks.glossary : !marks.discovered) return false;
    return ids.filter((id) => p.articles.includes(id)).length >= need;
  });
  // Longer phrases first when spread is equal: inside 疫情防控阻击战 the longer mark wins.
  chosen.sort(
    (a, b) =>
      ids.filter((id) => b.articles.includes(id)).length -
        ids.filter((id) => a.articles.includes(id)).length ||
      Array.from(b.text).length - Array.from(a.text).length ||
      (a.text < b.text ? -1 : 1),
  );
  return chosen.map((phrase, i) => ({ phrase, key: keyOf(phrase), style: phraseStyle(i) }));
}

/** The highlights of one article, longest phrase first where occurrences overlap. */
export function highlightsFor(
  article: string,
  styled: readonly StyledPhrase[],
  selected: string | null,
): Highlight[] {
  const all: Highlight[] = [];
  for (const s of styled) {
    for (const o of s.phrase.occurrences) {
      if (o.article !== article) continue;
      all.push({
        paragraph: o.paragraph,
        start: o.start,
        end: o.end,
        n: 0,
        phrase: s.key,
        colour: s.style.colour,
        line: s.style.line,
        selected: selected === s.key,
        label: s.phrase.text,
      });
    }
  }
  all.sort(
    (a, b) => a.paragraph - b.paragraph || a.start - b.start || b.end - b.start - (a.end - a.start),
  );
  // Overlaps: keep the first (longest at a position); the body renders non-overlapping ranges.
  const kept: Highlight[] = [];
  for (const h of all) {
    const last = kept[kept.length - 1];
    if (last && last.paragraph === h.paragraph && h.start < last.end) continue;
    kept.push({ ...h, n: kept.length + 1 });
  }
  return kept;
}
