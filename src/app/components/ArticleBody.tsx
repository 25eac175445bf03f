import { useMemo } from 'react';
import type { CorpusArticle } from '../../core/corpus/model.ts';
import type { LocatedDamage } from '../../core/clean/pipeline.ts';
import { segmentByRanges } from '../../core/text/segments.ts';
import { DamageMark } from './DamageMark.tsx';

/**
 * The body: headings and paragraphs, each with an anchor id (`p-1`, `p-2`…, prefixed by `scope` in a
 * comparison), and the damaged or restored stretches marked in place. `paragraphs` are the
 * article's paragraphs in the script being shown; damage offsets (code points) are valid in every
 * script because conversion keeps code-point counts. Rendered as React text nodes only.
 */
/** A highlighted search hit: code points within a paragraph; `n` is its 1-based number. */
export interface Highlight {
  paragraph: number;
  start: number;
  end: number;
  n: number;
}

export function ArticleBody({
  article,
  paragraphs,
  scope = '',
  highlights = [],
  currentHit = null,
}: {
  article: CorpusArticle;
  paragraphs: readonly string[];
  /** Prefix for element ids, so several articles on one page keep ids unique. */
  scope?: string;
  highlights?: readonly Highlight[];
  currentHit?: number | null;
}) {
  const { kinds, damaged } = article.text;
  const byParagraph = useMemo(() => {
    const map = new Map<number, { flag: LocatedDamage; n: number }[]>();
    damaged.forEach((flag, i) => {
      const list = map.get(flag.paragraph) ?? [];
      list.push({ flag, n: i + 1 });
      map.set(flag.paragraph, list);
    });
    return map;
  }, [damaged]);

  const hitsByParagraph = useMemo(() => {
    const map = new Map<number, Highlight[]>();
    for (const h of highlights) map.set(h.paragraph, [...(map.get(h.paragraph) ?? []), h]);
    return map;
  }, [highlights]);

  return (
    <div className="article-body" data-testid="article-body">
      {paragraphs.map((text, i) => {
        const flags = byParagraph.get(i) ?? [];
        const hits = hitsByParagraph.get(i) ?? [];
        // Where a hit and a damage mark overlap, the one starting first is shown (rare; both are
        // still listed: the hit in the search results, the mark in the apparatus).
        const ranges = [...flags.map((f) => f.flag), ...hits];
        const content = ranges.length
          ? segmentByRanges(text, ranges).map((seg) => {
              if (seg.range === null) return seg.text;
              const flag = flags[seg.range];
              if (flag) {
                return (
                  <DamageMark
                    key={seg.start}
                    flag={flag.flag}
                    n={flag.n}
                    shownText={seg.text}
                    id={`${scope}dmg-${flag.n}`}
                  />
                );
              }
              const hit = hits[seg.range - flags.length];
              return (
                <mark
                  key={seg.start}
                  id={hit ? `${scope}hit-${hit.n}` : undefined}
                  className={`hit${hit && hit.n === currentHit ? ' current' : ''}`}
                  data-testid="hit-mark"
                >
                  {seg.text}
                </mark>
              );
            })
          : text;
        const id = `${scope}p-${i + 1}`;
        return kinds[i] === 'heading' ? (
          <h2 key={id} id={id} className="body-heading">
            {content}
          </h2>
        ) : (
          <p key={id} id={id} data-testid="paragraph">
            {content}
          </p>
        );
      })}
    </div>
  );
}
