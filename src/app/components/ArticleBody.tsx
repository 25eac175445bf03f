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
export function ArticleBody({
  article,
  paragraphs,
  scope = '',
}: {
  article: CorpusArticle;
  paragraphs: readonly string[];
  /** Prefix for element ids, so several articles on one page keep ids unique. */
  scope?: string;
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

  return (
    <div className="article-body" data-testid="article-body">
      {paragraphs.map((text, i) => {
        const flags = byParagraph.get(i) ?? [];
        const content = flags.length
          ? segmentByRanges(
              text,
              flags.map((f) => f.flag),
            ).map((seg) => {
              const hit = seg.range === null ? undefined : flags[seg.range];
              return hit ? (
                <DamageMark
                  key={seg.start}
                  flag={hit.flag}
                  n={hit.n}
                  shownText={seg.text}
                  id={`${scope}dmg-${hit.n}`}
                />
              ) : (
                seg.text
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
