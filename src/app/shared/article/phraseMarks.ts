/**
 * Which phrases a comparison highlights, in which style. Phrases of one family (外防输入、内防扩散
 * and 外防输入、内防反弹) are highlighted as one formula with one style, so two articles that use
 * different slots of it are seen to share it. Pure over plain data, tested without a browser.
 */
import type { Phrase } from '../../../core/phrases/analyse.ts';
import type { CompareMarks } from '../routing/route.ts';
import type { Highlight } from './ArticleBody.tsx';
import type { PhraseStyle } from './palette.ts';
import { phraseStyle } from './palette.ts';

export interface StyledPhrase {
  /** The group key: the family id, or the phrase's own key when it has no family. */
  key: string;
  /** What the legend shows: the slot pattern of a family, or the phrase text. */
  label: string;
  members: Phrase[];
  /** Articles where any member occurs. */
  articles: string[];
  style: PhraseStyle;
}

/** The group a phrase belongs to in a comparison. */
export function groupKeyOf(p: Phrase, keyOf: (p: Phrase) => string): string {
  return p.family ? `family:${p.family}` : keyOf(p);
}

/**
 * The groups to highlight across `ids`: of the chosen kinds, occurring in at least two panes (or
 * in every pane with `sharedOnly`), widest spread and longest first; the selected group always
 * included. Styles follow that order, so a phrase keeps its colour while panes scroll.
 */
export function comparePhrases(
  phrases: readonly Phrase[],
  ids: readonly string[],
  marks: CompareMarks,
  keyOf: (p: Phrase) => string,
  selected: string | null,
  labelOf: (p: Phrase) => string = (p) => p.family ?? p.text,
): StyledPhrase[] {
  const groups = new Map<string, Phrase[]>();
  for (const p of phrases) {
    if (p.kind === 'glossary' ? !marks.glossary : !marks.discovered) {
      if (!selected || groupKeyOf(p, keyOf) !== selected) continue;
    }
    const k = groupKeyOf(p, keyOf);
    groups.set(k, [...(groups.get(k) ?? []), p]);
  }
  const need = marks.sharedOnly ? ids.length : Math.min(2, ids.length);
  const spread = (articles: readonly string[]): number =>
    ids.filter((id) => articles.includes(id)).length;
  const chosen = [...groups]
    .map(([key, members]) => ({
      key,
      members,
      articles: [...new Set(members.flatMap((m) => m.articles))],
    }))
    .filter((g) => g.key === selected || spread(g.articles) >= need)
    .sort(
      (a, b) =>
        spread(b.articles) - spread(a.articles) ||
        Math.max(...b.members.map((m) => Array.from(m.text).length)) -
          Math.max(...a.members.map((m) => Array.from(m.text).length)) ||
        (a.key < b.key ? -1 : 1),
    );
  return chosen.map((g, i) => ({
    ...g,
    label:
      g.members.length > 1 || g.members[0]?.family
        ? labelOf(g.members[0] as Phrase)
        : (g.members[0]?.text ?? g.key),
    style: phraseStyle(i),
  }));
}

/**
 * The highlights of one article. Occurrences of different phrases may overlap or nest (外防输入
 * inside 外防输入、内防反弹, 清零 inside 动态清零, 网格化 inside 网格化管理); the body renders
 * non-overlapping ranges, so where two overlap the selected phrase wins, else the longer,
 * whichever starts first (at equal length the earlier, then the first styled group). The others
 * are dropped for this article only.
 */
export function highlightsFor(
  article: string,
  styled: readonly StyledPhrase[],
  selected: string | null,
): Highlight[] {
  const all: Highlight[] = [];
  for (const s of styled) {
    for (const member of s.members) {
      for (const o of member.occurrences) {
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
          label: member.text,
        });
      }
    }
  }
  // The selected group first (a phrase chosen in the legend shows even inside a longer one), then
  // longest first, then the earlier, then the styled order.
  const byLength = all
    .map((h, i) => ({ h, i }))
    .sort(
      (a, b) =>
        Number(b.h.selected) - Number(a.h.selected) ||
        b.h.end - b.h.start - (a.h.end - a.h.start) ||
        a.h.start - b.h.start ||
        a.i - b.i,
    );
  const taken = new Map<number, { start: number; end: number }[]>();
  const kept: Highlight[] = [];
  for (const { h } of byLength) {
    const spans = taken.get(h.paragraph) ?? [];
    if (spans.some((t) => h.start < t.end && h.end > t.start)) continue;
    spans.push({ start: h.start, end: h.end });
    taken.set(h.paragraph, spans);
    kept.push(h);
  }
  kept.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  return kept.map((h, i) => ({ ...h, n: i + 1 }));
}
