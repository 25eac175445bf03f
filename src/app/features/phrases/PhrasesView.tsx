import { useMemo } from 'react';
import type { Phrase } from '../../../core/phrases/analyse.ts';
import { placeParts } from '../../../core/corpus/model.ts';
import { ARTICLES } from '../../data/corpus.ts';
import type { PhraseData } from '../../data/phrases.ts';
import { phraseKey, usePhraseData } from '../../data/phrases.ts';
import { PhrasesRediscovering } from './PhrasesRediscovering.tsx';
import { Loading } from '../../shared/Loading.tsx';
import { useMessages, useT, useUiLang } from '../../shared/i18n/useT.ts';
import type { PhraseKindFilter } from '../../shared/routing/route.ts';
import { hrefFor, useRouteStore } from '../../shared/routing/routeStore.ts';
import { usePhraseText } from '../../shared/script/usePhraseText.ts';
import { PhraseTimeline } from './PhraseTimeline.tsx';

/** Discovered phrases shown in the matrix: the most widespread first. */
const MAX_DISCOVERED = 40;

/** The order categories appear in: the overall strategy first, where the big shifts are. */
const CATEGORY_ORDER = [
  'strategy',
  'grid-governance',
  'responsibility',
  'military-metaphor',
  'mobilisation',
  'party-building',
  'testing-isolation',
  'livelihood',
  'publicity',
];

/**
 * Glossary rows: by category, members of a family together (so 内防扩散 sits above 内防反弹), then
 * by first appearance in time and spread.
 */
function orderPhrases(
  phrases: readonly Phrase[],
  glossaryEntryOf: PhraseData['glossaryEntryOf'],
): Phrase[] {
  const firstDate = (p: Phrase): string =>
    ARTICLES.find((a) => p.articles.includes(a.meta.id))?.meta.date ?? '9999';
  const rank = (p: Phrase): number => {
    const c = glossaryEntryOf(p)?.category ?? '';
    const i = CATEGORY_ORDER.indexOf(c);
    return i < 0 ? CATEGORY_ORDER.length : i;
  };
  const familyFirst = new Map<string, Phrase>();
  for (const p of phrases) {
    if (!p.family) continue;
    const prev = familyFirst.get(p.family);
    if (!prev || rank(p) < rank(prev) || (rank(p) === rank(prev) && firstDate(p) < firstDate(prev)))
      familyFirst.set(p.family, p);
  }
  const anchor = (p: Phrase): Phrase => (p.family ? (familyFirst.get(p.family) ?? p) : p);
  return [...phrases].sort((a, b) => {
    const A = anchor(a);
    const B = anchor(b);
    return (
      rank(A) - rank(B) ||
      B.articles.length - A.articles.length ||
      firstDate(A).localeCompare(firstDate(B)) ||
      (A.text < B.text ? -1 : A.text > B.text ? 1 : 0) ||
      firstDate(a).localeCompare(firstDate(b)) ||
      (a.text < b.text ? -1 : 1)
    );
  });
}

/** `#/phrases`: every glossary phrase and the most widespread discovered ones, as a heat map over time. */
export function PhrasesView(props: { kind: PhraseKindFilter; category: string | null }) {
  const data = usePhraseData();
  return data ? <PhrasesMatrix {...props} data={data} /> : <Loading />;
}

function PhrasesMatrix({
  kind,
  category,
  data,
}: {
  kind: PhraseKindFilter;
  category: string | null;
  data: PhraseData;
}) {
  const { glossary: GLOSSARY, phrases: PHRASES, glossaryEntryOf } = data;
  const t = useT();
  const messages = useMessages();
  const ui = useUiLang();
  const { show, lang } = usePhraseText();
  const categories = [...new Set(GLOSSARY.map((g) => g.category))].sort();
  const { rows, discoveredTotal } = useMemo(() => {
    const glossary = PHRASES.filter(
      (p) => p.kind === 'glossary' && (!category || glossaryEntryOf(p)?.category === category),
    );
    const discovered = PHRASES.filter((p) => p.kind === 'discovered');
    const shownDiscovered = category ? [] : discovered.slice(0, MAX_DISCOVERED);
    const chosen = [
      ...(kind !== 'discovered' ? orderPhrases(glossary, glossaryEntryOf) : []),
      ...(kind !== 'glossary' ? shownDiscovered : []),
    ];
    return { rows: chosen, discoveredTotal: discovered.length };
  }, [kind, category, PHRASES, glossaryEntryOf]);
  const max = Math.max(
    1,
    ...rows.flatMap((p) =>
      ARTICLES.map((a) => p.occurrences.filter((o) => o.article === a.meta.id).length),
    ),
  );
  const set = (next: { kind?: PhraseKindFilter; category?: string | null }): void =>
    useRouteStore.getState().replace({
      name: 'phrases',
      kind: next.kind ?? kind,
      category: next.category === undefined ? category : next.category,
    });

  return (
    <section className="phrases-view" aria-labelledby="phrases-title">
      <h1 id="phrases-title">{t('phrasesTitle')}</h1>
      <p className="intro">{t('phrasesIntro')}</p>
      <PhrasesRediscovering />
      <div className="search-controls">
        <label>
          <span>{t('phrasesKind')}</span>
          <select
            value={kind}
            onChange={(e) => set({ kind: e.target.value as PhraseKindFilter })}
            data-testid="phrases-kind"
          >
            <option value="all">{t('phrasesKindAll')}</option>
            <option value="glossary">{t('phrasesKindGlossary')}</option>
            <option value="discovered">{t('phrasesKindDiscovered')}</option>
          </select>
        </label>
        <label>
          <span>{t('phrasesCategory')}</span>
          <select
            value={category ?? ''}
            onChange={(e) => set({ category: e.target.value || null })}
            data-testid="phrases-category"
          >
            <option value="">{t('phrasesKindAll')}</option>
            {categories.map((c) => (
              <option key={c} value={c}>
                {messages.category[c]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {kind !== 'glossary' && !category && discoveredTotal > MAX_DISCOVERED && (
        <p className="muted">
          {t('phrasesDiscoveredShown', { shown: MAX_DISCOVERED, total: discoveredTotal })}
        </p>
      )}
      {rows.length === 0 ? (
        <p className="notice">{t('phrasesNone')}</p>
      ) : (
        <div className="matrix-wrap" tabIndex={0} role="region" aria-labelledby="matrix-caption">
          <table className="matrix" data-testid="phrase-matrix">
            <caption id="matrix-caption">{t('phrasesMatrixCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('phrasesPhrase')}</th>
                {ARTICLES.map((a) => (
                  <th
                    key={a.meta.id}
                    scope="col"
                    className="matrix-article"
                    data-testid="matrix-article"
                  >
                    <a href={hrefFor({ name: 'read', id: a.meta.id, paragraph: null })}>
                      <span>
                        {ui === 'en'
                          ? placeParts(a.meta, 'en').at(-1)
                          : placeParts(a.meta, 'zh').at(-1)}
                      </span>
                      <span className="muted">{a.meta.date}</span>
                    </a>
                  </th>
                ))}
                <th scope="col">{t('phrasesArticles')}</th>
                <th scope="col" className="matrix-timeline-head">
                  {t('phraseTimeline')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((p, i) => {
                const startsFamily = p.family && rows[i - 1]?.family !== p.family;
                return (
                  <tr
                    key={`${p.kind}-${p.text}`}
                    className={`${p.kind}${p.family ? ' in-family' : ''}${startsFamily ? ' family-start' : ''}`}
                    data-testid="matrix-row"
                    data-kind={p.kind}
                    data-family={p.family ?? undefined}
                  >
                    <th scope="row">
                      <a href={hrefFor({ name: 'phrase', key: phraseKey(p) })} lang={lang}>
                        {show(p.text)}
                      </a>
                      {p.family && startsFamily && (
                        <span className="family-label" lang={lang}>
                          {t('phrasesFamily', {
                            pattern: show(glossaryEntryOf(p)?.slots ?? p.family),
                          })}
                        </span>
                      )}
                    </th>
                    {ARTICLES.map((a) => {
                      const n = p.occurrences.filter((o) => o.article === a.meta.id).length;
                      return (
                        <td
                          key={a.meta.id}
                          className={n ? 'hit' : 'empty'}
                          style={
                            n
                              ? { ['--heat' as string]: String(0.25 + 0.75 * (n / max)) }
                              : undefined
                          }
                          title={t('phrasesCell', {
                            phrase: show(p.text),
                            article: a.meta.title,
                            count: n,
                          })}
                          data-count={n}
                        >
                          {n || ''}
                        </td>
                      );
                    })}
                    <td className="matrix-spread">{p.articles.length}</td>
                    <td className="matrix-timeline">
                      <PhraseTimeline phrase={p} compact />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
