import { useEffect, useState } from 'react';
import type { CorpusArticle } from '../../core/corpus/model.ts';
import { placeParts } from '../../core/corpus/model.ts';
import type { ScriptChoice } from '../../core/script/variants.ts';
import { ARTICLES, findArticle } from '../data/corpus.ts';
import { formatArticleDate } from '../format.ts';
import { useLocale } from '../i18n/useLocale.ts';
import { useT, useUiLang } from '../i18n/useT.ts';
import { measureScriptSwitch, useArticleTexts, useGlobalScript } from '../script/useScript.ts';
import { hrefFor, useRouteStore } from '../stores/routeStore.ts';
import { FONT_SIZES, useSettingsStore } from '../stores/settingsStore.ts';
import { ArticleBody } from '../components/ArticleBody.tsx';
import { ArticleTitle } from '../components/ArticleTitle.tsx';
import { ScriptNotice } from '../components/ScriptNotice.tsx';
import { ScriptSelect } from '../components/ScriptSelect.tsx';

const MAX_PANES = 5;

/**
 * `#/compare?ids=a,b[,…]&scripts=,tw`: two to five articles side by side (tabs on a phone), each
 * pane with its own script. Unknown ids and extra articles are reported, not silently dropped.
 */
export function CompareView({ ids, scripts }: { ids: string[]; scripts: (ScriptChoice | null)[] }) {
  const t = useT();
  const global = useGlobalScript();
  const [active, setActive] = useState(0);
  const known = ids.filter((id) => findArticle(id));
  const unknown = ids.filter((id) => !findArticle(id));
  const shown = known.slice(0, MAX_PANES);
  const paneScripts = shown.map((id) => scripts[ids.indexOf(id)] ?? null);
  const articles = shown
    .map((id) => findArticle(id))
    .filter((a): a is CorpusArticle => a !== undefined);

  useEffect(() => {
    measureScriptSwitch();
  }, [global, scripts]);

  const update = (nextIds: string[], nextScripts: (ScriptChoice | null)[]): void =>
    useRouteStore.getState().replace({ name: 'compare', ids: nextIds, scripts: nextScripts });
  const activeIndex = Math.min(active, Math.max(0, articles.length - 1));
  const addable = ARTICLES.filter((a) => !shown.includes(a.meta.id));

  return (
    <section className="compare" aria-labelledby="compare-title">
      <h1 id="compare-title">{t('compareTitle')}</h1>
      <p className="intro">{t('compareIntro')}</p>
      {unknown.length > 0 && (
        <p className="notice warn" role="status" data-testid="compare-unknown">
          {t('compareUnknown', { ids: unknown.join(', ') })}
        </p>
      )}
      {known.length > MAX_PANES && (
        <p className="notice warn" role="status">
          {t('compareTooMany')}
        </p>
      )}
      {articles.length < 2 && <p className="notice">{t('compareNeedTwo')}</p>}
      {addable.length > 0 && shown.length < MAX_PANES && (
        <label className="compare-add">
          <span>{t('compareAdd')}</span>
          <select
            value=""
            onChange={(e) => {
              if (!e.target.value) return;
              update([...shown, e.target.value], [...paneScripts, null]);
            }}
          >
            <option value="">—</option>
            {addable.map((a) => (
              <option key={a.meta.id} value={a.meta.id}>
                {a.meta.title} · {a.meta.date}
              </option>
            ))}
          </select>
        </label>
      )}
      {articles.length > 1 && (
        <div className="pane-tabs" role="tablist" aria-label={t('compareTitle')}>
          {articles.map((a, i) => (
            <button
              key={a.meta.id}
              type="button"
              role="tab"
              id={`tab-${i}`}
              aria-selected={i === activeIndex}
              aria-controls={`pane-${i}`}
              onClick={() => setActive(i)}
            >
              <ArticleTitle article={a} />
            </button>
          ))}
        </div>
      )}
      <div
        className="panes"
        style={{ ['--panes' as string]: String(Math.max(1, articles.length)) }}
      >
        {articles.map((a, i) => (
          <ComparePane
            key={a.meta.id}
            article={a}
            index={i}
            active={i === activeIndex}
            script={paneScripts[i] ?? null}
            onScript={(c) =>
              update(
                shown,
                paneScripts.map((s, k) => (k === i ? c : s)),
              )
            }
            onRemove={() =>
              update(
                shown.filter((_, k) => k !== i),
                paneScripts.filter((_, k) => k !== i),
              )
            }
          />
        ))}
      </div>
    </section>
  );
}

function ComparePane({
  article,
  index,
  active,
  script,
  onScript,
  onRemove,
}: {
  article: CorpusArticle;
  index: number;
  active: boolean;
  script: ScriptChoice | null;
  onScript: (choice: ScriptChoice | null) => void;
  onRemove: () => void;
}) {
  const t = useT();
  const ui = useUiLang();
  const locale = useLocale();
  const global = useGlobalScript();
  const fontStep = useSettingsStore((s) => s.fontStep);
  const display = useArticleTexts(article, script ?? global);
  const { texts, lang } = display;
  const { meta } = article;
  return (
    <section
      className={`pane${active ? ' active' : ''}`}
      id={`pane-${index}`}
      role="tabpanel"
      aria-labelledby={`pane-title-${index}`}
      data-testid="compare-pane"
      data-id={meta.id}
    >
      <header className="pane-header">
        <h2 id={`pane-title-${index}`} lang={lang}>
          {texts.title}
        </h2>
        <p className="muted">
          {ui === 'en' ? (
            placeParts(meta, 'en').join(', ')
          ) : (
            <span lang={lang}>{texts.place.join(' ')}</span>
          )}{' '}
          · {formatArticleDate(meta, locale)}
        </p>
        <div className="pane-controls">
          <ScriptSelect
            value={script}
            onChange={onScript}
            label={t('paneScript')}
            inherit={global}
            testId="pane-script"
          />
          <a href={hrefFor({ name: 'read', id: meta.id, paragraph: null })}>{t('openInReader')}</a>
          <button type="button" onClick={onRemove}>
            {t('compareRemove')}
          </button>
        </div>
      </header>
      <ScriptNotice status={display.status} />
      <div
        className="reading pane-reading"
        lang={lang}
        style={{ fontSize: `${(FONT_SIZES[fontStep] ?? 18) - 2}px` }}
      >
        <ArticleBody article={article} paragraphs={texts.paragraphs} scope={`pane${index}-`} />
      </div>
    </section>
  );
}
