import { useMemo } from 'react';
import type { CorpusArticle } from '../../../core/corpus/model.ts';
import type { LocatedDamage } from '../../../core/clean/pipeline.ts';
import { segmentByRanges } from '../../../core/text/segments.ts';
import { DamageMark } from './DamageMark.tsx';
import type { NoteMark } from './noteLayer.tsx';
import { noteLayer, noteWrap } from './noteLayer.tsx';

/**
 * The body: headings and paragraphs, each with an anchor id (`p-1`, `p-2`…, prefixed by `scope` in a
 * comparison), and the damaged or restored stretches marked in place. `paragraphs` are the
 * article's paragraphs in the script being shown; damage offsets (code points) are valid in every
 * script because conversion keeps code-point counts. Rendered as React text nodes only.
 */
/**
 * A highlighted stretch: a search hit or a phrase occurrence, in code points within a paragraph;
 * `n` is its 1-based number (ids `hit-n` / `<scope>mark-n`).
 */
export interface Highlight {
  paragraph: number;
  start: number;
  end: number;
  n: number;
  /** For phrase marks: the phrase key, its colour and underline style, and whether it is selected. */
  phrase?: string;
  colour?: string;
  line?: string;
  selected?: boolean;
  /** Accessible description, e.g. the phrase and its English rendering. */
  label?: string;
}

export function ArticleBody({
  article,
  paragraphs,
  scope = '',
  highlights = [],
  currentHit = null,
  onMarkClick,
  notes = [],
}: {
  article: CorpusArticle;
  paragraphs: readonly string[];
  /** Prefix for element ids, so several articles on one page keep ids unique. */
  scope?: string;
  highlights?: readonly Highlight[];
  currentHit?: number | null;
  /** Phrase marks become buttons that call this (e.g. "find this phrase in every pane"). */
  onMarkClick?: (h: Highlight) => void;
  /** The reader's note highlights, layered over everything else (notes/noteLayer.tsx). */
  notes?: readonly NoteMark[];
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

  const notesByParagraph = useMemo(() => {
    const map = new Map<number, NoteMark[]>();
    for (const m of notes) map.set(m.paragraph, [...(map.get(m.paragraph) ?? []), m]);
    return map;
  }, [notes]);

  return (
    <div className="article-body" data-testid="article-body">
      {paragraphs.map((text, i) => {
        const flags = byParagraph.get(i) ?? [];
        const hits = hitsByParagraph.get(i) ?? [];
        const noted = notesByParagraph.get(i) ?? [];
        // Where a hit and a damage mark overlap, the one starting first is shown (rare; both are
        // still listed: the hit in the search results, the mark in the apparatus).
        const ranges = [...flags.map((f) => f.flag), ...hits];
        const content = ranges.length
          ? segmentByRanges(text, ranges).map((seg) => {
              if (seg.range === null) return noteLayer(seg.text, seg.start, noted, seg.start);
              const flag = flags[seg.range];
              if (flag) {
                return noteWrap(
                  <DamageMark
                    key={seg.start}
                    flag={flag.flag}
                    n={flag.n}
                    shownText={seg.text}
                    id={`${scope}dmg-${flag.n}`}
                  />,
                  flag.flag.start,
                  flag.flag.end,
                  noted,
                  seg.start,
                );
              }
              const hit = hits[seg.range - flags.length];
              if (hit?.phrase) {
                return (
                  <mark
                    key={seg.start}
                    id={`${scope}mark-${hit.n}`}
                    className={`phrase-mark line-${hit.line ?? 'solid'}${hit.selected ? ' selected' : ''}`}
                    style={{ ['--hl' as string]: hit.colour ?? '#E69F00' }}
                    data-phrase={hit.phrase}
                    data-testid="phrase-mark"
                    title={hit.label}
                    role={onMarkClick ? 'button' : undefined}
                    tabIndex={onMarkClick ? 0 : undefined}
                    onClick={onMarkClick ? () => onMarkClick(hit) : undefined}
                    onKeyDown={
                      onMarkClick
                        ? (e) => {
                            if (e.key === 'Enter' || e.key === ' ') {
                              e.preventDefault();
                              onMarkClick(hit);
                            }
                          }
                        : undefined
                    }
                  >
                    {noteLayer(seg.text, seg.start, noted, 'n')}
                  </mark>
                );
              }
              return (
                <mark
                  key={seg.start}
                  id={hit ? `${scope}hit-${hit.n}` : undefined}
                  className={`hit${hit && hit.n === currentHit ? ' current' : ''}`}
                  data-testid="hit-mark"
                >
                  {noteLayer(seg.text, seg.start, noted, 'n')}
                </mark>
              );
            })
          : noteLayer(text, 0, noted, 'n');
        const id = `${scope}p-${i + 1}`;
        // data-cp-para: the paragraph's index for notes/domOffsets.ts (selection → offsets).
        return kinds[i] === 'heading' ? (
          <h2 key={id} id={id} className="body-heading" data-cp-para={i}>
            {content}
          </h2>
        ) : (
          <p key={id} id={id} data-testid="paragraph" data-cp-para={i}>
            {content}
          </p>
        );
      })}
    </div>
  );
}
