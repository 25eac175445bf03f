import { placeParts } from '../../../core/corpus/model.ts';
import { ARTICLES } from '../../data/corpus.ts';
import type { PhraseData } from '../../data/phrases.ts';
import { phraseKey, usePhraseData } from '../../data/phrases.ts';
import { Loading } from '../../shared/Loading.tsx';
import { formatArticleDate } from '../../shared/format.ts';
import { useLocale } from '../../shared/i18n/useLocale.ts';
import { useT, useUiLang } from '../../shared/i18n/useT.ts';
import { hrefFor, useRouteStore } from '../../shared/routing/routeStore.ts';
import { usePhraseText } from '../../shared/script/usePhraseText.ts';
import { ArticleTitle } from '../../shared/ArticleTitle.tsx';
import { timeX } from '../phrases/PhraseTimeline.tsx';

/**
 * `#/timeline?phrase=<key>`: the articles on a time axis, one row per province, with the glossary
 * formulas each uses; following a formula lights up the articles that use it.
 */
export function TimelineView(props: { phrase: string | null }) {
  const data = usePhraseData();
  return data ? <Timeline {...props} data={data} /> : <Loading />;
}

function Timeline({ phrase: key, data }: { phrase: string | null; data: PhraseData }) {
  const { findPhrase } = data;
  const GLOSSARY_PHRASES = data.phrases.filter((p) => p.kind === 'glossary');
  const t = useT();
  const ui = useUiLang();
  const locale = useLocale();
  const { show, lang } = usePhraseText();
  const followed = key ? findPhrase(key) : undefined;
  const provinces = [
    ...new Map(ARTICLES.map((a) => [a.meta.place.province.en, a.meta.place.province])).values(),
  ].filter((p) => p.en !== ''); // own articles may have no place yet;
  const width = 720;
  const rowH = 34;
  const height = provinces.length * rowH + 30;
  const x = (date: string): number => 110 + timeX(date) * (width - 130);

  return (
    <section className="timeline-view" aria-labelledby="timeline-title">
      <h1 id="timeline-title">{t('timelineTitle')}</h1>
      <p className="intro">{t('timelineIntro')}</p>
      <label className="compare-add">
        <span>{t('timelineFollow')}</span>
        <select
          value={followed ? phraseKey(followed) : ''}
          onChange={(e) =>
            useRouteStore.getState().replace({ name: 'timeline', phrase: e.target.value || null })
          }
          data-testid="timeline-phrase"
        >
          <option value="">{t('timelineNone')}</option>
          {GLOSSARY_PHRASES.map((p) => (
            <option key={p.text} value={phraseKey(p)} lang={lang}>
              {show(p.text)} ({p.articles.length})
            </option>
          ))}
        </select>
      </label>
      <div className="timeline-axis-wrap">
        <svg
          viewBox={`0 0 ${width} ${height}`}
          className="timeline-axis"
          // A group, not an image: its dots are links (an image may not contain controls).
          role="group"
          aria-label={t('timelineTitle')}
        >
          {['2020-01', '2021-01', '2022-01'].map((d) => (
            <g key={d}>
              <line x1={x(`${d}-01`)} x2={x(`${d}-01`)} y1={0} y2={height - 20} className="tick" />
              <text x={x(`${d}-01`) + 4} y={height - 6} className="tick-label">
                {d.slice(0, 4)}
              </text>
            </g>
          ))}
          {provinces.map((p, row) => (
            <g key={p.en}>
              <text x={4} y={row * rowH + 22} className="row-label">
                {ui === 'en' ? p.en : p.zh}
              </text>
              <line
                x1={110}
                x2={width - 20}
                y1={row * rowH + 18}
                y2={row * rowH + 18}
                className="axis"
              />
              {ARTICLES.filter((a) => a.meta.place.province.en === p.en).map((a) => {
                const on = followed?.articles.includes(a.meta.id);
                return (
                  <a
                    key={a.meta.id}
                    href={hrefFor({ name: 'read', id: a.meta.id, paragraph: null })}
                  >
                    <circle
                      cx={x(a.meta.date)}
                      cy={row * rowH + 18}
                      r={on ? 10 : 7}
                      className={followed ? (on ? 'on' : 'dim') : 'on'}
                      data-testid="timeline-dot"
                      data-on={on ? 'true' : 'false'}
                    >
                      <title>{`${a.meta.title} · ${a.meta.date}`}</title>
                    </circle>
                  </a>
                );
              })}
            </g>
          ))}
        </svg>
      </div>
      <ol className="timeline-list">
        {ARTICLES.map((a) => {
          const uses = GLOSSARY_PHRASES.filter((p) => p.articles.includes(a.meta.id));
          const on = followed?.articles.includes(a.meta.id);
          return (
            <li
              key={a.meta.id}
              className={followed && !on ? 'dim' : undefined}
              data-testid="timeline-article"
              data-id={a.meta.id}
            >
              <p className="muted">
                <time dateTime={a.meta.date}>{formatArticleDate(a.meta, locale)}</time> ·{' '}
                {ui === 'en'
                  ? placeParts(a.meta, 'en').join(', ')
                  : placeParts(a.meta, 'zh').join(' ')}
                {on && <span className="badge warn"> {t('timelineUses')}</span>}
              </p>
              <h2>
                <a href={hrefFor({ name: 'read', id: a.meta.id, paragraph: null })}>
                  <ArticleTitle article={a} />
                </a>
              </h2>
              <p className="chips">
                {uses.map((p) => (
                  <a
                    key={p.text}
                    className={`chip${followed === p ? ' selected' : ''}`}
                    href={hrefFor({ name: 'timeline', phrase: phraseKey(p) })}
                    lang={lang}
                  >
                    {show(p.text)}
                  </a>
                ))}
              </p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
