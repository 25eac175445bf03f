import type { CorpusArticle } from '../../../core/corpus/model.ts';
import type { GlossaryEntry } from '../../../core/phrases/glossary.ts';
import { findArticle } from '../../data/corpus.ts';
import { usePhraseData } from '../../data/phrases.ts';
import { useLocale } from '../../shared/i18n/useLocale.ts';
import { useT, useUiLang } from '../../shared/i18n/useT.ts';
import { usePhraseText } from '../../shared/script/usePhraseText.ts';
import type { Route } from '../../shared/routing/route.ts';
import { useArticleTexts, useGlobalScript } from '../../shared/script/useScript.ts';
import { citationOf } from './citation.ts';

/** The articles a printed handout of this route covers (a comparison shows at most five). */
function handoutArticles(route: Route): CorpusArticle[] {
  const ids = route.name === 'read' ? [route.id] : route.name === 'compare' ? route.ids : [];
  return ids
    .map((id) => findArticle(id))
    .filter((a): a is CorpusArticle => a !== undefined)
    .slice(0, 5);
}

/**
 * What a printed reader or comparison adds after the text (print only; hidden on screen): the
 * sources as full references with date and link, and the glossary entries the articles use.
 */
export function Handout({ route }: { route: Route }) {
  const t = useT();
  const locale = useLocale();
  const articles = handoutArticles(route);
  const data = usePhraseData();
  if (articles.length === 0) return null;
  const ids = new Set(articles.map((a) => a.meta.id));
  const entries = new Map<string, GlossaryEntry>();
  for (const p of data?.phrases ?? []) {
    if (p.kind !== 'glossary' || !p.articles.some((id) => ids.has(id))) continue;
    const entry = data?.glossaryEntryOf(p);
    if (entry) entries.set(entry.id, entry);
  }
  return (
    <aside className="handout print-only" aria-labelledby="handout-sources" data-testid="handout">
      <h2 id="handout-sources">{t('handoutSources')}</h2>
      <ol className="handout-sources">
        {articles.map((a) => (
          <SourceLine key={a.meta.id} article={a} />
        ))}
      </ol>
      {entries.size > 0 && (
        <>
          <h2>{t('handoutGlossary')}</h2>
          <dl className="handout-glossary" data-testid="handout-glossary">
            {[...entries.values()].map((e) => (
              <GlossaryLine key={e.id} entry={e} />
            ))}
          </dl>
        </>
      )}
      <p className="muted">
        {t('handoutPrinted', {
          date: new Date().toLocaleDateString(locale, {
            year: 'numeric',
            month: 'long',
            day: 'numeric',
          }),
        })}
      </p>
    </aside>
  );
}

function SourceLine({ article }: { article: CorpusArticle }) {
  const t = useT();
  const ui = useUiLang();
  const locale = useLocale();
  const script = useGlobalScript();
  const { texts } = useArticleTexts(article, script);
  return (
    <li>
      {citationOf(article, texts, { template: t('citeFormat'), ui, locale, script })}{' '}
      <span className="muted">
        (<code>{article.meta.source}</code>)
      </span>
    </li>
  );
}

function GlossaryLine({ entry }: { entry: GlossaryEntry }) {
  const { show, lang } = usePhraseText();
  return (
    <div>
      <dt>
        <span lang={lang}>{show(entry.text)}</span>{' '}
        <span lang="zh-Latn-pinyin" className="muted">
          {entry.pinyin}
        </span>
      </dt>
      <dd lang="en">
        <strong>{entry.english}</strong> — {entry.explanation}
      </dd>
    </div>
  );
}
