import { useEffect, useMemo, useState } from 'react';
import type { CorpusArticle } from '../../../core/corpus/model.ts';
import { placeParts } from '../../../core/corpus/model.ts';
import type { ScriptChoice } from '../../../core/script/variants.ts';
import { ARTICLES, findArticle } from '../../data/corpus.ts';
import { phraseKey, usePhraseData } from '../../data/phrases.ts';
import type { Phrase } from '../../../core/phrases/analyse.ts';

import { formatArticleDate } from '../../shared/format.ts';
import { useLocale } from '../../shared/i18n/useLocale.ts';
import { useT, useUiLang } from '../../shared/i18n/useT.ts';
import type { CompareMarks } from '../../shared/routing/route.ts';
import {
  measureScriptSwitch,
  useArticleTexts,
  useGlobalScript,
} from '../../shared/script/useScript.ts';
import { hrefFor, useRouteStore } from '../../shared/routing/routeStore.ts';
import { useScriptStore } from '../../shared/script/scriptStore.ts';
import { FONT_SIZES, useSettingsStore } from '../../shared/settings/settingsStore.ts';
import type { StyledPhrase } from '../../shared/article/phraseMarks.ts';
import { comparePhrases, groupKeyOf, highlightsFor } from '../../shared/article/phraseMarks.ts';
import { usePhraseText } from '../../shared/script/usePhraseText.ts';
import type { Highlight } from '../../shared/article/ArticleBody.tsx';
import { ArticleBody } from '../../shared/article/ArticleBody.tsx';
import { useArticleNotes } from '../notes/useArticleNotes.ts';
import { ArticleTitle } from '../../shared/ArticleTitle.tsx';
import { ScriptNotice } from '../../shared/script/ScriptNotice.tsx';
import { ScriptSelect } from '../../shared/script/ScriptSelect.tsx';

const MAX_PANES = 5;

interface CompareProps {
  ids: string[];
  scripts: (ScriptChoice | null)[];
  phrase: string | null;
  marks: CompareMarks;
}

/** Scroll a pane's own scroll box so `mark` sits a third of the way down it. */
function scrollWithin(scroller: HTMLElement, mark: HTMLElement): void {
  const delta =
    mark.getBoundingClientRect().top -
    scroller.getBoundingClientRect().top -
    scroller.clientHeight / 3;
  scroller.scrollTo({ top: scroller.scrollTop + delta });
}

/**
 * Scroll every pane to the first occurrence of a phrase. On a phone the panes are not scroll
 * boxes (they are tabs in the page), so the active pane's mark is scrolled into the page view.
 */
function scrollPanesTo(key: string): void {
  requestAnimationFrame(() => {
    // Bring the panes into the page view first (the legend that was clicked sits above them).
    const panes = document.querySelector<HTMLElement>('.panes');
    if (panes && panes.getBoundingClientRect().top > window.innerHeight / 2)
      panes.scrollIntoView({ block: 'start' });
    document.querySelectorAll<HTMLElement>('[data-testid="compare-pane"]').forEach((pane) => {
      const mark = pane.querySelector<HTMLElement>(`mark[data-phrase="${CSS.escape(key)}"]`);
      const scroller = pane.querySelector<HTMLElement>('.pane-reading');
      if (!mark || !scroller) return;
      if (scroller.scrollHeight > scroller.clientHeight + 1) scrollWithin(scroller, mark);
      else if (pane.classList.contains('active')) mark.scrollIntoView({ block: 'center' });
    });
  });
}

/**
 * `#/compare?ids=a,b[,…]&scripts=,tw&phrase=<key>&marks=glossary,shared`: two to five articles side
 * by side (tabs on a phone), each pane with its own script; shared phrases highlighted in one
 * colour and underline style per phrase, with a legend; clicking a phrase finds it in every pane.
 */
export function CompareView({ ids, scripts, phrase, marks }: CompareProps) {
  const t = useT();
  const global = useGlobalScript();
  const { show, lang } = usePhraseText();
  const [active, setActive] = useState(0);
  const known = ids.filter((id) => findArticle(id));
  const unknown = ids.filter((id) => !findArticle(id));
  const shown = known.slice(0, MAX_PANES);
  const paneScripts = shown.map((id) => scripts[ids.indexOf(id)] ?? null);
  const articles = shown
    .map((id) => findArticle(id))
    .filter((a): a is CorpusArticle => a !== undefined);
  // A link may name a phrase (glossary id or text) or a whole family group.
  // Highlights appear once the phrase chunk has loaded; the panes' text does not wait for it.
  const phraseData = usePhraseData();
  const found =
    phrase && !phrase.startsWith('family:') ? phraseData?.findPhrase(phrase) : undefined;
  const selected = found
    ? groupKeyOf(found, phraseKey)
    : phrase?.startsWith('family:')
      ? phrase
      : null;
  const shownKey = shown.join(',');
  const styled = useMemo(
    () =>
      phraseData
        ? comparePhrases(
            phraseData.phrases,
            shownKey.split(','),
            marks,
            phraseKey,
            selected,
            (p: Phrase) => phraseData.glossaryEntryOf(p)?.slots ?? p.family ?? p.text,
          )
        : [],
    [shownKey, marks, selected, phraseData],
  );

  // Close the switch measurement only once converted text can be on screen: while the
  // Traditional dictionary loads, the panes commit the original with a notice, not the switch.
  const dictionary = useScriptStore((s) => s.status);
  useEffect(() => {
    if ((global === 'tw' || global === 'hk') && dictionary !== 'ready') return;
    measureScriptSwitch();
  }, [global, scripts, dictionary]);

  useEffect(() => {
    if (selected) scrollPanesTo(selected);
  }, [selected]);

  const update = (next: Partial<CompareProps> & { ids?: string[] }): void => {
    // Keep what the view does not own (the paragraph anchor, presentation mode).
    const current = useRouteStore.getState().location.route;
    useRouteStore.getState().replace({
      ...(current.name === 'compare' ? current : {}),
      name: 'compare',
      ids: next.ids ?? shown,
      scripts: next.scripts ?? paneScripts,
      phrase: next.phrase === undefined ? phrase : next.phrase,
      marks: next.marks ?? marks,
    });
  };
  const select = (key: string): void => {
    if (key === selected) scrollPanesTo(key);
    update({ phrase: key });
  };
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
      <div className="compare-bar">
        {addable.length > 0 && shown.length < MAX_PANES && (
          <label className="compare-add">
            <span>{t('compareAdd')}</span>
            <select
              value=""
              onChange={(e) => {
                if (e.target.value)
                  update({ ids: [...shown, e.target.value], scripts: [...paneScripts, null] });
              }}
            >
              <option value="">—</option>
              {addable.map((a) => (
                <ArticleOption key={a.meta.id} article={a} />
              ))}
            </select>
          </label>
        )}
        <fieldset className="mark-toggles">
          <legend>{t('compareMarks')}</legend>
          {(
            [
              ['glossary', 'compareMarkGlossary'],
              ['discovered', 'compareMarkDiscovered'],
              ['sharedOnly', 'compareMarkShared'],
            ] as const
          ).map(([k, label]) => (
            <label key={k}>
              <input
                type="checkbox"
                checked={marks[k]}
                onChange={(e) => update({ marks: { ...marks, [k]: e.target.checked } })}
                data-testid={`mark-${k}`}
              />
              {t(label)}
            </label>
          ))}
        </fieldset>
      </div>
      {articles.length > 1 && (
        <section className="legend" aria-labelledby="legend-title" data-testid="legend">
          <h2 id="legend-title">{t('compareLegend')}</h2>
          {styled.length === 0 ? (
            <p className="muted">{t('compareLegendNone')}</p>
          ) : (
            <ul>
              {styled.map((s) => (
                <li key={s.key}>
                  <button
                    type="button"
                    className={`legend-item${selected === s.key ? ' selected' : ''}`}
                    aria-pressed={selected === s.key}
                    onClick={() => select(s.key)}
                    data-testid="legend-item"
                    data-phrase={s.key}
                  >
                    <span
                      className={`swatch phrase-mark line-${s.style.line}`}
                      style={{ ['--hl' as string]: s.style.colour }}
                      lang={lang}
                    >
                      {show(s.label)}
                    </span>
                    <span className="muted">
                      {' '}
                      {shown.filter((id) => s.articles.includes(id)).length}/{shown.length}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
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
            styled={styled}
            selected={selected}
            onSelect={select}
            onScript={(c) => update({ scripts: paneScripts.map((s, k) => (k === i ? c : s)) })}
            onRemove={() =>
              update({
                ids: shown.filter((_, k) => k !== i),
                scripts: paneScripts.filter((_, k) => k !== i),
              })
            }
          />
        ))}
      </div>
    </section>
  );
}

/** An article as a select option, its title in the global script. */
function ArticleOption({ article }: { article: CorpusArticle }) {
  const { texts, lang } = useArticleTexts(article, useGlobalScript());
  return (
    <option value={article.meta.id} lang={lang}>
      {texts.title} · {article.meta.date}
    </option>
  );
}

function ComparePane({
  article,
  index,
  active,
  script,
  styled,
  selected,
  onSelect,
  onScript,
  onRemove,
}: {
  article: CorpusArticle;
  index: number;
  active: boolean;
  script: ScriptChoice | null;
  styled: readonly StyledPhrase[];
  selected: string | null;
  onSelect: (key: string) => void;
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
  const highlights = useMemo(
    () => highlightsFor(meta.id, styled, selected),
    [meta.id, styled, selected],
  );
  const scope = `pane${index}-`;
  // The reader's notes show in comparisons too (read-only here; made and edited in the reader).
  const paneNotes = useArticleNotes(article);
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
      <div className="pane-body">
        <div
          className="reading pane-reading"
          lang={lang}
          style={{ fontSize: `${(FONT_SIZES[fontStep] ?? 18) - 2}px` }}
        >
          <ArticleBody
            article={article}
            paragraphs={texts.paragraphs}
            scope={scope}
            highlights={highlights}
            onMarkClick={(h: Highlight) => h.phrase && onSelect(h.phrase)}
            notes={paneNotes.marks}
          />
        </div>
        <OverviewRuler paragraphs={texts.paragraphs} highlights={highlights} scope={scope} />
      </div>
    </section>
  );
}

/**
 * Beside each pane: where the highlighted phrases sit in the whole article, as coloured ticks at
 * their relative position. A tick is a button that scrolls the pane to that occurrence.
 */
function OverviewRuler({
  paragraphs,
  highlights,
  scope,
}: {
  paragraphs: readonly string[];
  highlights: readonly Highlight[];
  scope: string;
}) {
  const t = useT();
  const offsets = useMemo(() => {
    const out: number[] = [];
    let total = 0;
    for (const p of paragraphs) {
      out.push(total);
      total += Array.from(p).length;
    }
    return { out, total: Math.max(1, total) };
  }, [paragraphs]);
  return (
    <div className="ruler" aria-label={t('compareRuler')} role="group" data-testid="ruler">
      {highlights.map((h) => (
        <button
          key={h.n}
          type="button"
          tabIndex={-1}
          className={`tick${h.selected ? ' selected' : ''}`}
          style={{
            top: `${(((offsets.out[h.paragraph] ?? 0) + h.start) / offsets.total) * 100}%`,
            ['--hl' as string]: h.colour,
          }}
          aria-label={h.label}
          onClick={() => {
            const mark = document.getElementById(`${scope}mark-${h.n}`);
            const scroller = mark?.closest<HTMLElement>('.pane-reading');
            if (mark && scroller) scrollWithin(scroller, mark);
          }}
        />
      ))}
    </div>
  );
}
