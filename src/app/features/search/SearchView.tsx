import { useMemo } from 'react';
import type { CorpusArticle } from '../../../core/corpus/model.ts';
import { placeParts } from '../../../core/corpus/model.ts';
import { compareLeft, compareRight, kwic } from '../../../core/search/kwic.ts';
import { MAX_QUERY_CHARS } from '../../../core/search/query.ts';
import type { LocatedHit, ResolvedResult } from '../../../core/search/resolve.ts';
import { ARTICLES, findArticle } from '../../data/corpus.ts';
import { formatArticleDate } from '../../shared/format.ts';
import { useLocale } from '../../shared/i18n/useLocale.ts';
import { useMessages, useT, useUiLang } from '../../shared/i18n/useT.ts';
import type { SearchFilters, SearchSort } from '../../shared/routing/route.ts';
import { useArticleTexts, useGlobalScript } from '../../shared/script/useScript.ts';
import { useSearch } from './useSearch.ts';
import { hrefFor, useRouteStore } from '../../shared/routing/routeStore.ts';
import { ArticleTitle } from '../../shared/ArticleTitle.tsx';
import { CsvButton } from '../classroom/CsvButton.tsx';
import { hitSource, sourceText } from '../classroom/kwicRows.ts';

interface Line {
  hit: LocatedHit;
  article: CorpusArticle;
  /** 1-based position among the article's body hits (the reader's "hit n of m"). */
  n: number | null;
}

const articleOrder = new Map(ARTICLES.map((a, i) => [a.meta.id, i]));

function applyFilters(hits: LocatedHit[], f: SearchFilters): Line[] {
  const counters = new Map<string, number>();
  const lines: Line[] = [];
  for (const hit of hits) {
    const article = findArticle(hit.article);
    if (!article) continue;
    let n: number | null = null;
    if (hit.field === 'body') {
      n = (counters.get(hit.article) ?? 0) + 1;
      counters.set(hit.article, n);
    }
    if (f.article && article.meta.id !== f.article) continue;
    if (f.place && article.meta.place.province.en !== f.place) continue;
    if (f.year && !article.meta.date.startsWith(f.year)) continue;
    lines.push({ hit, article, n });
  }
  return lines;
}

function sortLines(lines: Line[], sort: SearchSort): Line[] {
  const byDate = (a: Line, b: Line): number =>
    (articleOrder.get(a.hit.article) ?? 0) - (articleOrder.get(b.hit.article) ?? 0) ||
    a.hit.index - b.hit.index ||
    a.hit.start - b.hit.start;
  if (sort === 'left')
    return [...lines].sort((a, b) => compareLeft(a.hit.context, b.hit.context) || byDate(a, b));
  if (sort === 'right')
    return [...lines].sort((a, b) => compareRight(a.hit.context, b.hit.context) || byDate(a, b));
  return [...lines].sort(byDate);
}

/** `#/search?q=…`: a concordance of every hit, grouped by article or sorted by context. */
export function SearchView({
  q,
  sort,
  filters,
}: {
  q: string;
  sort: SearchSort;
  filters: SearchFilters;
}) {
  const t = useT();
  const state = useSearch(q);
  const result: ResolvedResult | null =
    state.status === 'done' ? state.result : state.status === 'searching' ? state.previous : null;
  const setRoute = (next: Partial<{ sort: SearchSort; filters: SearchFilters }>): void =>
    useRouteStore
      .getState()
      .replace({ name: 'search', q, sort: next.sort ?? sort, filters: next.filters ?? filters });

  const ui = useUiLang();
  const years = [...new Set(ARTICLES.map((a) => a.meta.date.slice(0, 4)))].sort();
  const places = [
    ...new Map(ARTICLES.map((a) => [a.meta.place.province.en, a.meta.place.province])).values(),
  ].filter((p) => p.en !== ''); // own articles may have no place yet.sort((a, b) => a.en.localeCompare(b.en));

  return (
    <section className="search-view" aria-labelledby="search-title">
      <h1 id="search-title">{t('searchTitle')}</h1>
      <p className="intro">{t('searchIntro')}</p>
      <p className="visually-hidden" role="status" aria-live="polite">
        {state.status === 'searching' ? t('searchSearching') : ''}
      </p>
      {state.status === 'error' && (
        <p className="notice warn" role="alert">
          {t('searchFailed', { error: state.error })}
        </p>
      )}
      {result && <QueryNotice result={result} />}
      <div className="search-controls">
        <label>
          <span>{t('searchSort')}</span>
          <select
            value={sort}
            onChange={(e) => setRoute({ sort: e.target.value as SearchSort })}
            data-testid="search-sort"
          >
            <option value="date">{t('searchSortDate')}</option>
            <option value="left">{t('searchSortLeft')}</option>
            <option value="right">{t('searchSortRight')}</option>
          </select>
        </label>
        <label>
          <span>{t('searchFilterArticle')}</span>
          <select
            value={filters.article ?? ''}
            onChange={(e) => setRoute({ filters: { ...filters, article: e.target.value || null } })}
            data-testid="filter-article"
          >
            <option value="">{t('searchFilterAll')}</option>
            {ARTICLES.map((a) => (
              <option key={a.meta.id} value={a.meta.id}>
                {a.meta.title}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('searchFilterPlace')}</span>
          <select
            value={filters.place ?? ''}
            onChange={(e) => setRoute({ filters: { ...filters, place: e.target.value || null } })}
            data-testid="filter-place"
          >
            <option value="">{t('searchFilterAll')}</option>
            {places.map((p) => (
              <option key={p.en} value={p.en}>
                {ui === 'en' ? p.en : p.zh}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('searchFilterYear')}</span>
          <select
            value={filters.year ?? ''}
            onChange={(e) => setRoute({ filters: { ...filters, year: e.target.value || null } })}
            data-testid="filter-year"
          >
            <option value="">{t('searchFilterAll')}</option>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
      </div>
      {result && result.parsed.terms.length > 0 && (
        <Results q={q} result={result} sort={sort} filters={filters} />
      )}
    </section>
  );
}

function QueryNotice({ result }: { result: ResolvedResult }) {
  const t = useT();
  const notice = result.parsed.notice;
  if (notice === 'empty') return <p className="notice">{t('searchEmpty')}</p>;
  if (notice === 'punctuation-only') return <p className="notice">{t('searchPunctuationOnly')}</p>;
  if (notice === 'truncated')
    return (
      <p className="notice warn" data-testid="search-truncated">
        {t('searchTruncated', { max: MAX_QUERY_CHARS })}
      </p>
    );
  return null;
}

function Results({
  q,
  result,
  sort,
  filters,
}: {
  q: string;
  result: ResolvedResult;
  sort: SearchSort;
  filters: SearchFilters;
}) {
  const t = useT();
  const exact = useMemo(
    () => sortLines(applyFilters(result.exact, filters), sort),
    [result, filters, sort],
  );
  const pinyin = useMemo(
    () => sortLines(applyFilters(result.pinyin, filters), sort),
    [result, filters, sort],
  );
  const approx = useMemo(() => applyFilters(result.approx, filters), [result, filters]);
  const english = useMemo(
    () =>
      result.english
        .map((e) => ({ ...e, lines: sortLines(applyFilters(e.hits, filters), sort) }))
        .filter((e) => e.lines.length > 0),
    [result, filters, sort],
  );
  const articles = new Set(exact.map((l) => l.hit.article)).size;
  return (
    <>
      <p className="search-summary" data-testid="search-summary">
        {exact.length
          ? t('searchSummary', { hits: exact.length, articles })
          : english.length && !pinyin.length
            ? t('searchEnglishSummary', { entries: english.length })
            : pinyin.length
              ? t('searchPinyinSummary', {
                  hits: pinyin.length,
                  articles: new Set(pinyin.map((l) => l.hit.article)).size,
                })
              : t('searchNone', { q: result.parsed.terms.join(' ') })}
      </p>
      <CsvButton
        kind="search"
        phrase={q}
        sources={[...exact, ...pinyin, ...english.flatMap((e) => e.lines)].map((l) =>
          hitSource(l.article, l.hit),
        )}
      />
      {exact.length > 0 && (
        <section aria-label={t('searchExact')} data-testid="exact-results">
          <LineList lines={exact} sort={sort} q={q} />
        </section>
      )}
      {pinyin.length > 0 && (
        <section aria-labelledby="pinyin-title" data-testid="pinyin-results">
          <h2 id="pinyin-title">{t('searchPinyin', { q: result.parsed.pinyin ?? q })}</h2>
          <LineList lines={pinyin} sort={sort} q={q} />
        </section>
      )}
      {english.length > 0 && (
        <section aria-labelledby="english-title" data-testid="english-results">
          <h2 id="english-title">{t('searchEnglish', { q: result.parsed.terms.join(' ') })}</h2>
          {english.map((e) => (
            <section key={e.id} className="hit-group" data-testid="english-entry" data-id={e.id}>
              <h3>
                <a href={hrefFor({ name: 'phrase', key: e.id })} lang="zh-Hans">
                  {e.text}
                </a>{' '}
                <span lang="en" className="muted">
                  {e.english}
                </span>
              </h3>
              <LineList lines={e.lines} sort="left" q={q} />
            </section>
          ))}
        </section>
      )}
      {approx.length > 0 && (
        <section aria-labelledby="approx-title" data-testid="approx-results" className="approx">
          <h2 id="approx-title">{t('searchApprox')}</h2>
          <p className="muted">{t('searchApproxNote')}</p>
          <ul className="approx-list">
            {approx.map((l) => (
              <li key={`${l.hit.article}-${l.hit.index}-${l.hit.start}`}>
                <ApproxLine line={l} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

/** Grouped by article (date order) or one flat concordance (context orders). */
function LineList({ lines, sort, q }: { lines: Line[]; sort: SearchSort; q: string }) {
  if (sort !== 'date') {
    return (
      <ol className="kwic-list">
        {lines.map((l) => (
          <KwicLine
            key={`${l.hit.article}-${l.hit.field}-${l.hit.index}-${l.hit.start}`}
            line={l}
            q={q}
            showArticle
          />
        ))}
      </ol>
    );
  }
  const groups: Line[][] = [];
  for (const l of lines) {
    const last = groups[groups.length - 1];
    if (last && last[0]?.hit.article === l.hit.article) last.push(l);
    else groups.push([l]);
  }
  return (
    <>
      {groups.map((g) => (
        <ArticleGroup key={g[0]?.hit.article} lines={g} q={q} />
      ))}
    </>
  );
}

function ArticleGroup({ lines, q }: { lines: Line[]; q: string }) {
  const t = useT();
  const ui = useUiLang();
  const locale = useLocale();
  const first = lines[0];
  if (!first) return null;
  const { meta } = first.article;
  return (
    <section className="hit-group" data-testid="hit-group" data-id={meta.id}>
      <h2>
        <a href={hrefFor({ name: 'read', id: meta.id, paragraph: null, q, hit: 1 })}>
          <ArticleTitle article={first.article} />
        </a>{' '}
        <span className="badge" data-testid="hit-count">
          {t('searchHitsIn', { count: lines.length })}
        </span>
      </h2>
      <p className="muted">
        {ui === 'en' ? placeParts(meta, 'en').join(', ') : placeParts(meta, 'zh').join(' ')} ·{' '}
        {formatArticleDate(meta, locale)}
      </p>
      <ol className="kwic-list">
        {lines.map((l) => (
          <KwicLine key={`${l.hit.field}-${l.hit.index}-${l.hit.start}`} line={l} q={q} />
        ))}
      </ol>
    </section>
  );
}

/** One concordance line in the global script: left | hit | right, linking to the hit in the reader. */
function KwicLine({ line, q, showArticle }: { line: Line; q: string; showArticle?: boolean }) {
  const messages = useMessages();
  const { texts, lang } = useArticleTexts(line.article, useGlobalScript());
  const { hit } = line;
  const k = kwic(sourceText(texts, hit), hit.start, hit.end);
  const href = hrefFor({
    name: 'read',
    id: line.article.meta.id,
    paragraph: hit.field === 'body' ? hit.index + 1 : null,
    q,
    hit: line.n,
  });
  return (
    <li className="kwic" data-testid="kwic-line">
      <a href={href} lang={lang}>
        <span className="kwic-left">{k.left}</span>
        <mark className="kwic-hit">{k.hit}</mark>
        <span className="kwic-right">{k.right}</span>
      </a>
      {(showArticle || hit.field !== 'body') && (
        <span className="kwic-where">
          {hit.field !== 'body' && <span className="badge">{messages.searchField[hit.field]}</span>}
          {showArticle && <ArticleTitle article={line.article} />}
        </span>
      )}
    </li>
  );
}

function ApproxLine({ line }: { line: Line }) {
  const { texts, lang } = useArticleTexts(line.article, useGlobalScript());
  const paragraph = Array.from(texts.paragraphs[line.hit.index] ?? '');
  const sentence = paragraph.slice(line.hit.start, line.hit.end).join('');
  return (
    <a
      href={hrefFor({ name: 'read', id: line.article.meta.id, paragraph: line.hit.index + 1 })}
      lang={lang}
      data-testid="approx-line"
    >
      {sentence}{' '}
      <span className="muted">
        — <ArticleTitle article={line.article} />
      </span>
    </a>
  );
}
