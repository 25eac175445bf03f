import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CorpusArticle } from '../../../core/corpus/model.ts';
import { ARTICLES, findArticle } from '../../data/corpus.ts';
import { useT } from '../../shared/i18n/useT.ts';
import {
  measureScriptSwitch,
  setGlobalScript,
  useArticleTexts,
  useGlobalScript,
} from '../../shared/script/useScript.ts';
import { hrefFor } from '../../shared/routing/routeStore.ts';
import { FONT_SIZES, useSettingsStore } from '../../shared/settings/settingsStore.ts';
import type { Highlight } from '../../shared/article/ArticleBody.tsx';
import { ArticleBody } from '../../shared/article/ArticleBody.tsx';
import { HitNavigator } from './HitNavigator.tsx';
import { useSearch } from '../search/useSearch.ts';
import { usePhraseData } from '../../data/phrases.ts';
import { highlightsFor } from '../../shared/article/phraseMarks.ts';
import { GlossaryCard } from './GlossaryCard.tsx';
import { ArticleHeader } from './ArticleHeader.tsx';
import { ArticleTitle } from '../../shared/ArticleTitle.tsx';
import { ApparatusList } from './ApparatusList.tsx';
import { CleaningReport } from './CleaningReport.tsx';
import { FontSizeControl } from '../../shell/settings/FontSizeControl.tsx';
import { ScriptNotice } from '../../shared/script/ScriptNotice.tsx';
import { ScriptSelect } from '../../shared/script/ScriptSelect.tsx';
import { SourcePanel } from './SourcePanel.tsx';
import { NotFoundView } from '../../shell/NotFoundView.tsx';
import { useArticleNotes } from '../notes/useArticleNotes.ts';
import { NoteToolbar } from '../notes/NoteToolbar.tsx';
import { NoteFootnotes, NotesPanel } from '../notes/NotesPanel.tsx';

/** `#/read/<id>`: one article, cleaned, with its provenance, apparatus and raw source. */
export function ReaderView({
  id,
  paragraph,
  q,
  hit,
}: {
  id: string;
  paragraph: number | null;
  q: string | null;
  hit: number | null;
}) {
  const article = findArticle(id);
  if (!article) return <NotFoundView articleId={id} />;
  return <Reader article={article} paragraph={paragraph} q={q} hit={hit} />;
}

function Reader({
  article,
  paragraph,
  q,
  hit,
}: {
  article: CorpusArticle;
  paragraph: number | null;
  q: string | null;
  hit: number | null;
}) {
  const t = useT();
  const fontStep = useSettingsStore((s) => s.fontStep);
  const script = useGlobalScript();
  const display = useArticleTexts(article, script);
  const { texts, lang } = display;
  // The reader's notes on this article, placed on its canonical text (notes/useArticleNotes.ts).
  const articleNotes = useArticleNotes(article);
  const readingRef = useRef<HTMLDivElement>(null);
  const search = useSearch(q, { approx: false, channel: 'reader' });
  const highlights = useMemo((): Highlight[] => {
    if (search.status !== 'done') return [];
    const id = article.meta.id;
    return [...search.result.exact, ...search.result.pinyin]
      .filter((h) => h.article === id && h.field === 'body')
      .sort((a, b) => a.index - b.index || a.start - b.start)
      .map((h, i) => ({ paragraph: h.index, start: h.start, end: h.end, n: i + 1 }));
  }, [search, article]);
  const currentHit = highlights.length ? Math.min(hit ?? 1, highlights.length) : null;
  const markGlossary = useSettingsStore((s) => s.markGlossary);
  const [openEntry, setOpenEntry] = useState<string | null>(null);
  const closeEntry = useCallback(() => setOpenEntry(null), []);
  // Glossary marks appear once the phrase chunk has loaded; the text does not wait for it.
  const phraseData = usePhraseData();
  const glossaryMarks = useMemo((): Highlight[] => {
    if (!markGlossary || !phraseData) return [];
    const styled = phraseData.phrases
      .filter((p) => p.kind === 'glossary' && p.articles.includes(article.meta.id))
      .map((p) => ({
        key: p.glossaryId ?? p.text,
        label: p.text,
        members: [p],
        articles: p.articles,
        style: { colour: '#56B4E9', line: 'dotted' as const },
      }));
    return highlightsFor(article.meta.id, styled, null).map((h) => ({
      ...h,
      n: h.n + 10000,
      label: (() => {
        const e = h.phrase ? phraseData.entryById(h.phrase) : undefined;
        return e ? `${e.text} — ${e.english}` : h.label;
      })(),
    }));
  }, [markGlossary, article, phraseData]);
  const entry = openEntry ? phraseData?.entryById(openEntry) : undefined;
  // Search hits win over glossary marks where they overlap: the reader came for the hits.
  const marks = useMemo(
    () => [
      ...highlights,
      ...glossaryMarks.filter(
        (g) =>
          !highlights.some(
            (h) => h.paragraph === g.paragraph && h.start < g.end && g.start < h.end,
          ),
      ),
    ],
    [highlights, glossaryMarks],
  );

  useEffect(() => {
    if (paragraph) document.getElementById(`p-${paragraph}`)?.scrollIntoView({ block: 'start' });
  }, [paragraph]);

  useEffect(() => {
    if (display.shown === script) measureScriptSwitch();
  }, [display, script]);

  const index = ARTICLES.indexOf(article);
  const prev = ARTICLES[index - 1];
  const next = ARTICLES[index + 1];

  return (
    <article className="reader" data-testid="reader" aria-labelledby="article-title">
      <ArticleHeader article={article} display={display} />
      <div className="reader-toolbar">
        {q && search.status === 'done' && (
          <HitNavigator q={q} total={highlights.length} current={currentHit ?? 0} />
        )}
        <ScriptSelect
          value={script}
          onChange={(c) => setGlobalScript(c ?? 'orig')}
          label={t('scriptLabel')}
        />
        <label className="toggle">
          <input
            type="checkbox"
            checked={markGlossary}
            onChange={(e) => useSettingsStore.getState().setMarkGlossary(e.target.checked)}
            data-testid="mark-glossary"
          />
          {t('readerMarkGlossary')}
        </label>
        <FontSizeControl />
      </div>
      {entry && <GlossaryCard entry={entry} onClose={closeEntry} />}
      <ScriptNotice status={display.status} />
      <div
        className="reading"
        ref={readingRef}
        lang={lang}
        style={{ fontSize: `${FONT_SIZES[fontStep] ?? 18}px` }}
      >
        <ArticleBody
          article={article}
          paragraphs={texts.paragraphs}
          highlights={marks}
          currentHit={currentHit}
          onMarkClick={(h) => h.phrase && setOpenEntry(h.phrase)}
          notes={articleNotes.marks}
        />
        <NoteToolbar
          articleId={article.meta.id}
          paragraphs={articleNotes.paragraphs}
          containerRef={readingRef}
        />
      </div>
      <NotesPanel notes={articleNotes} shownParagraphs={texts.paragraphs} lang={lang} />
      <NoteFootnotes notes={articleNotes} shownParagraphs={texts.paragraphs} lang={lang} />
      {texts.captions.length > 0 && (
        <section className="captions" aria-labelledby="captions-title">
          <h2 id="captions-title">{t('captionsTitle')}</h2>
          <ul lang={lang}>
            {texts.captions.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </section>
      )}
      {texts.credits.length > 0 && (
        <section className="credits" aria-labelledby="credits-title">
          <h2 id="credits-title">{t('creditsTitle')}</h2>
          <ul lang={lang}>
            {texts.credits.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </section>
      )}
      <ApparatusList article={article} />
      <SourcePanel article={article} />
      <CleaningReport article={article} />
      <nav className="prev-next" aria-label={`${t('readerPrev')} / ${t('readerNext')}`}>
        {prev ? (
          <a rel="prev" href={hrefFor({ name: 'read', id: prev.meta.id, paragraph: null })}>
            <span className="muted">← {t('readerPrev')}</span>
            <ArticleTitle article={prev} />
          </a>
        ) : (
          <span />
        )}
        {next && (
          <a rel="next" href={hrefFor({ name: 'read', id: next.meta.id, paragraph: null })}>
            <span className="muted">{t('readerNext')} →</span>
            <ArticleTitle article={next} />
          </a>
        )}
      </nav>
    </article>
  );
}
