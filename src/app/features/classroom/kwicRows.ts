import type { CorpusArticle } from '../../../core/corpus/model.ts';
import { placeParts } from '../../../core/corpus/model.ts';
import type { ArticleTexts } from '../../../core/corpus/texts.ts';
import type { KwicRow } from '../../../core/export/csv.ts';
import type { ScriptChoice } from '../../../core/script/variants.ts';
import { kwic } from '../../../core/search/kwic.ts';
import type { LocatedHit } from '../../../core/search/resolve.ts';
import type { UiLang } from '../../shared/i18n/messages.ts';
import { textsIn } from '../../shared/script/exportTexts.ts';

/** Where a line was found: a search hit or a phrase occurrence, in code points. */
export interface KwicSource {
  article: CorpusArticle;
  field: 'title' | 'meta' | 'caption' | 'body';
  index: number;
  start: number;
  end: number;
  /** For metadata hits: the unit's own text. */
  text?: string;
}

/** A search hit as an export source. */
export function hitSource(article: CorpusArticle, hit: LocatedHit): KwicSource {
  const { field, index, start, end, text } = hit;
  return { article, field, index, start, end, ...(text === undefined ? {} : { text }) };
}

/** The text a line was found in (paragraph, title, caption or metadata unit), in `texts`' script. */
export function sourceText(
  texts: ArticleTexts,
  s: Pick<KwicSource, 'field' | 'index' | 'text'>,
): string {
  const text =
    s.field === 'body'
      ? texts.paragraphs[s.index]
      : s.field === 'title'
        ? texts.title
        : s.field === 'caption'
          ? texts.captions[s.index]
          : s.text;
  return text ?? '';
}

/**
 * Export rows for concordance lines, cut from the texts in the script shown on screen (each
 * article converted once per export). Place names follow the interface language.
 */
export function kwicRows(
  sources: readonly KwicSource[],
  phrase: string,
  script: ScriptChoice,
  ui: UiLang,
): KwicRow[] {
  const cache = new Map<string, ArticleTexts>();
  return sources.map((s) => {
    const { meta } = s.article;
    let texts = cache.get(meta.id);
    if (!texts) cache.set(meta.id, (texts = textsIn(s.article, script)));
    const k = kwic(sourceText(texts, s), s.start, s.end);
    return {
      article: meta.id,
      outlet: texts.outlet,
      place: ui === 'en' ? placeParts(meta, 'en').join(', ') : texts.place.join(' '),
      date: meta.date,
      phrase,
      left: k.left,
      hit: k.hit,
      right: k.right,
    };
  });
}
