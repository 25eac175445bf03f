import { useEffect, useMemo } from 'react';
import type { CorpusArticle } from '../../../core/corpus/model.ts';
import { articleTexts } from '../../../core/corpus/texts.ts';
import { bodyText, toParagraphSpans } from '../../../core/notes/body.ts';
import type { Placement } from '../../../core/notes/place.ts';
import { placeNotes } from '../../../core/notes/place.ts';
import type { NoteMark } from '../../shared/article/noteLayer.tsx';
import { useNotesStore } from './notesStore.ts';

/**
 * The paragraphs notes are anchored to: the article's canonical fold (Simplified), the text search
 * and phrases match on. Every script shows the same code-point counts, so offsets carry over.
 */
export function canonicalParagraphs(article: CorpusArticle): string[] {
  return (article.folded ?? articleTexts(article)).paragraphs;
}

export interface ArticleNotes extends Placement {
  /** The canonical paragraphs the offsets refer to. */
  paragraphs: string[];
  /** The placed notes cut into per-paragraph highlights, for ArticleBody. */
  marks: NoteMark[];
}

/** Start loading notes (once) when a view that shows them mounts. */
export function useLoadNotes(): void {
  useEffect(() => {
    void useNotesStore.getState().load();
  }, []);
}

/** The notes of one article, placed on its text (orphans kept apart), numbered in reading order. */
export function useArticleNotes(article: CorpusArticle): ArticleNotes {
  useLoadNotes();
  const all = useNotesStore((s) => s.notes);
  return useMemo(() => {
    const paragraphs = canonicalParagraphs(article);
    const mine = all.filter((n) => n.articleId === article.meta.id);
    const placement = placeNotes(bodyText(paragraphs), mine);
    const marks = placement.placed.flatMap((p): NoteMark[] => {
      const spans = toParagraphSpans(paragraphs, p.start, p.end);
      return spans.map((s, i) => ({
        ...s,
        n: p.n,
        noteId: p.note.id,
        colour: p.note.colour,
        last: i === spans.length - 1,
      }));
    });
    return { ...placement, paragraphs, marks };
  }, [all, article]);
}
