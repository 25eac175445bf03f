import type { CorpusArticle } from '../../../core/corpus/model.ts';
import { placeParts } from '../../../core/corpus/model.ts';
import type { Occurrence } from '../../../core/phrases/analyse.ts';
import { kwic } from '../../../core/search/kwic.ts';
import { ARTICLES } from '../../data/corpus.ts';
import type { PhraseData } from '../../data/phrases.ts';
import { phraseKey, usePhraseData } from '../../data/phrases.ts';
import { Loading } from '../../shared/Loading.tsx';
import { formatArticleDate } from '../../shared/format.ts';
import { useLocale } from '../../shared/i18n/useLocale.ts';
import { useMessages, useT, useUiLang } from '../../shared/i18n/useT.ts';
import { useArticleTexts, useGlobalScript } from '../../shared/script/useScript.ts';
import { hrefFor } from '../../shared/routing/routeStore.ts';
import { usePhraseText } from '../../shared/script/usePhraseText.ts';
import { ArticleTitle } from '../../shared/ArticleTitle.tsx';
import { PhraseTimeline } from './PhraseTimeline.tsx';
import { CsvButton } from '../classroom/CsvButton.tsx';

/** `#/phrases/<key>`: the glossary entry, every occurrence as a concordance line, time and place. */
export function PhraseView(props: { phraseKey: string }) {
  const data = usePhraseData();
  return data ? <PhraseDetail {...props} data={data} /> : <Loading />;
}

function PhraseDetail({ phraseKey: key, data }: { phraseKey: string; data: PhraseData }) {
  const { phrases: PHRASES, findPhrase, glossaryEntryOf } = data;
  const t = useT();
  const messages = useMessages();
  const ui = useUiLang();
  const locale = useLocale();
  const { show, lang } = usePhraseText();
  const phrase = findPhrase(key);
  if (!phrase) {
    return (
      <section className="not-found">
        <h1>{t('notFoundTitle')}</h1>
        <p data-testid="not-found-message">{t('phraseNotFound', { key })}</p>
        <p>
          <a href={hrefFor({ name: 'phrases', kind: 'all', category: null })}>
            {t('phrasesTitle')}
          </a>
        </p>
      </section>
    );
  }
  const entry = glossaryEntryOf(phrase);
  const siblings = phrase.family
    ? PHRASES.filter((p) => p.family === phrase.family && p !== phrase)
    : [];
  const articles = ARTICLES.filter((a) => phrase.articles.includes(a.meta.id));
  const places = new Map<string, number>();
  for (const a of articles) {
    const name =
      ui === 'en' ? placeParts(a.meta, 'en').join(', ') : placeParts(a.meta, 'zh').join(' ');
    places.set(
      name,
      (places.get(name) ?? 0) + phrase.occurrences.filter((o) => o.article === a.meta.id).length,
    );
  }
  return (
    <article className="phrase-view" aria-labelledby="phrase-title" data-testid="phrase-detail">
      <p className="muted">
        <a href={hrefFor({ name: 'phrases', kind: 'all', category: null })}>{t('phrasesTitle')}</a>
      </p>
      <h1 id="phrase-title" lang={lang}>
        {show(phrase.text)}
      </h1>
      {entry ? (
        <section
          className="glossary-entry"
          aria-label={t('phraseGlossary')}
          data-testid="glossary-entry"
        >
          <dl className="provenance">
            <div>
              <dt>{t('phrasePinyin')}</dt>
              <dd lang="zh-Latn-pinyin">{entry.pinyin}</dd>
            </div>
            <div>
              <dt>{t('phraseEnglish')}</dt>
              <dd lang="en">
                {entry.english}{' '}
                <span className="muted">
                  (
                  {entry.englishSource === 'official'
                    ? t('phraseEnglishOfficial')
                    : t('phraseEnglishOurs')}
                  {entry.englishSourceNote ? `: ${entry.englishSourceNote}` : ''})
                </span>
              </dd>
            </div>
            <div>
              <dt>{t('phraseCategoryLabel')}</dt>
              <dd>{messages.category[entry.category]}</dd>
            </div>
            <div>
              <dt>{t('phraseInUse')}</dt>
              <dd lang="en">
                {entry.inUse} <span className="note">{entry.inUseEvidence}</span>
              </dd>
            </div>
          </dl>
          <p className="explanation" lang="en">
            {entry.explanation}
          </p>
        </section>
      ) : (
        <p className="notice">{t('phraseDiscovered', { count: phrase.articles.length })}</p>
      )}
      {siblings.length > 0 && (
        <p>
          {t('phraseFamilyMembers')}:{' '}
          {siblings.map((s, i) => (
            <span key={s.text}>
              {i > 0 && '、'}
              <a href={hrefFor({ name: 'phrase', key: phraseKey(s) })} lang={lang}>
                {show(s.text)}
              </a>
            </span>
          ))}
        </p>
      )}
      <section aria-labelledby="phrase-timeline-title">
        <h2 id="phrase-timeline-title">{t('phraseTimeline')}</h2>
        <PhraseTimeline phrase={phrase} />
      </section>
      <section aria-labelledby="phrase-places-title">
        <h2 id="phrase-places-title">{t('phrasePlaces')}</h2>
        <ul>
          {[...places].map(([name, n]) => (
            <li key={name}>
              {name} <span className="badge">{n}</span>
            </li>
          ))}
        </ul>
        {articles.length >= 2 && (
          <p>
            <a
              href={hrefFor({
                name: 'compare',
                ids: articles.slice(0, 5).map((a) => a.meta.id),
                scripts: articles.slice(0, 5).map(() => null),
                phrase: phraseKey(phrase),
              })}
            >
              {t('phraseCompare')}
            </a>
          </p>
        )}
      </section>
      <section aria-labelledby="phrase-occ-title">
        <h2 id="phrase-occ-title">{t('phraseOccurrences', { count: phrase.count })}</h2>
        <CsvButton
          kind="phrase"
          phrase={show(phrase.text)}
          sources={articles.flatMap((a) =>
            phrase.occurrences
              .filter((o) => o.article === a.meta.id)
              .map((o) => ({
                article: a,
                field: 'body' as const,
                index: o.paragraph,
                start: o.start,
                end: o.end,
              })),
          )}
        />
        {articles.map((a) => (
          <section
            key={a.meta.id}
            className="hit-group"
            data-testid="occurrence-group"
            data-id={a.meta.id}
          >
            <h3>
              <a href={hrefFor({ name: 'read', id: a.meta.id, paragraph: null })}>
                <ArticleTitle article={a} />
              </a>{' '}
              <span className="muted">
                {ui === 'en'
                  ? placeParts(a.meta, 'en').join(', ')
                  : placeParts(a.meta, 'zh').join(' ')}{' '}
                · {formatArticleDate(a.meta, locale)}
              </span>
            </h3>
            <ol className="kwic-list">
              {phrase.occurrences
                .filter((o) => o.article === a.meta.id)
                .map((o) => (
                  <OccurrenceLine key={`${o.paragraph}-${o.start}`} article={a} occurrence={o} />
                ))}
            </ol>
          </section>
        ))}
      </section>
    </article>
  );
}

function OccurrenceLine({
  article,
  occurrence,
}: {
  article: CorpusArticle;
  occurrence: Occurrence;
}) {
  const { texts, lang } = useArticleTexts(article, useGlobalScript());
  const k = kwic(texts.paragraphs[occurrence.paragraph] ?? '', occurrence.start, occurrence.end);
  return (
    <li className="kwic" data-testid="kwic-line">
      <a
        href={hrefFor({ name: 'read', id: article.meta.id, paragraph: occurrence.paragraph + 1 })}
        lang={lang}
      >
        <span className="kwic-left">{k.left}</span>
        <mark className="kwic-hit">{k.hit}</mark>
        <span className="kwic-right">{k.right}</span>
      </a>
    </li>
  );
}
