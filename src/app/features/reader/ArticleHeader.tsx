import type { CorpusArticle } from '../../../core/corpus/model.ts';
import { placeParts } from '../../../core/corpus/model.ts';
import { formatArticleDate } from '../../shared/format.ts';
import { ArticleDate } from '../../shared/ArticleDate.tsx';
import { useLocale } from '../../shared/i18n/useLocale.ts';
import { useT, useUiLang } from '../../shared/i18n/useT.ts';
import type { DisplayTexts } from '../../shared/script/useScript.ts';
import { SCRIPT_LABEL } from '../../shared/script/ScriptSelect.tsx';
import { CiteButton } from '../classroom/CiteButton.tsx';
import { GuessNotes } from '../import/GuessNotes.tsx';

/** On a phone the provenance starts folded, so the text is on the first screen. */
function wideScreen(): boolean {
  return typeof window === 'undefined' || window.matchMedia('(min-width: 48rem)').matches;
}

/** Title and provenance: outlet, publisher, place, date (and how it is known), people, script. */
export function ArticleHeader({
  article,
  display,
}: {
  article: CorpusArticle;
  display: DisplayTexts;
}) {
  const t = useT();
  const ui = useUiLang();
  const locale = useLocale();
  const { meta } = article;
  const { texts, lang } = display;
  const people = (names: string[], roles: string[]) =>
    names.map((n, i) => (
      <span key={`${n}-${i}`}>
        {i > 0 && '、'}
        <span lang={lang}>{n}</span>
        {ui === 'en' && <span className="muted"> ({roles[i]})</span>}
      </span>
    ));
  const originalScript =
    meta.script === 'traditional' ? t('scriptTraditional') : t('scriptSimplified');
  return (
    <header className="article-header">
      {texts.column && (
        <p className="column" lang={lang}>
          【{texts.column}】
        </p>
      )}
      <h1 id="article-title" lang={lang}>
        {texts.title}
      </h1>
      {meta.titleSource === 'editor' && (
        <p className="editorial-note">
          <span className="badge editorial">{t('editorsTitle')}</span>{' '}
          {ui === 'en' && <span lang="en">{meta.titleNote}</span>}
        </p>
      )}
      {texts.subtitle && (
        <p className="subtitle" lang={lang}>
          {texts.subtitle}
        </p>
      )}
      {ui === 'en' && (
        <p className="title-en" lang="en">
          {meta.titleEn}
        </p>
      )}
      <p className="script-status" data-testid="script-status">
        <span className="badge">
          {t('scriptShowing', { script: t(SCRIPT_LABEL[display.shown]) })}
        </span>
        <span className="badge">{t('scriptOriginalIs', { script: originalScript })}</span>
      </p>
      <CiteButton article={article} display={display} />
      <details className="provenance-box" open={wideScreen()}>
        <summary>
          <span className="visually-hidden">{t('provenance')}: </span>
          {/* Outlet · place · date; an own article may lack the first two: no dangling dots. */}
          {texts.outlet && (
            <>
              <span lang={lang}>{texts.outlet}</span> ·{' '}
            </>
          )}
          {(ui === 'en' ? placeParts(meta, 'en').at(-1) : texts.place.at(-1)) && (
            <>
              {ui === 'en' ? (
                placeParts(meta, 'en').at(-1)
              ) : (
                <span lang={lang}>{texts.place.at(-1)}</span>
              )}{' '}
              ·{' '}
            </>
          )}
          {formatArticleDate(meta, locale)}
        </summary>
        <dl className="provenance">
          <div>
            <dt>{t('metaOutlet')}</dt>
            <dd>
              <span lang={lang}>{texts.outlet}</span>
              {/* Own articles have no English name for their outlet: it is not printed twice. */}
              {ui === 'en' && meta.outlet.en !== meta.outlet.zh && <> · {meta.outlet.en}</>}
            </dd>
          </div>
          {meta.publisher && texts.publisher && (
            <div>
              <dt>{t('metaPublisher')}</dt>
              <dd>
                <span lang={lang}>{texts.publisher}</span>
                {ui === 'en' && <> · {meta.publisher.en}</>}
              </dd>
            </div>
          )}
          <div>
            <dt>{t('metaPlace')}</dt>
            <dd>
              <span lang={lang}>{texts.place.join(' ')}</span>
              {ui === 'en' && <> · {placeParts(meta, 'en').join(', ')}</>}
            </dd>
          </div>
          <div>
            <dt>{t('metaDate')}</dt>
            <dd>
              <ArticleDate meta={meta} />
            </dd>
          </div>
          {texts.dateline && (
            <div>
              <dt>{t('metaDateline')}</dt>
              <dd lang={lang}>{texts.dateline}</dd>
            </div>
          )}
          {texts.authors.length > 0 && (
            <div>
              <dt>{t('metaAuthors')}</dt>
              <dd>
                {people(
                  texts.authors,
                  meta.authors.map((p) => p.role),
                )}
              </dd>
            </div>
          )}
          {texts.editors.length > 0 && (
            <div>
              <dt>{t('metaEditors')}</dt>
              <dd>
                {people(
                  texts.editors,
                  meta.editors.map((p) => p.role),
                )}
              </dd>
            </div>
          )}
          <div>
            <dt>{t('metaScript')}</dt>
            <dd>{originalScript}</dd>
          </div>
          <div>
            <dt>{t('metaSource')}</dt>
            <dd>
              <code>{meta.source}</code>
              {article.own && (
                <>
                  {' '}
                  <span className="badge own">{t('ownBadge')}</span>
                </>
              )}
            </dd>
          </div>
        </dl>
      </details>
      <details className="editor-notes">
        <summary>{t('metaNotes')}</summary>
        {/* The editor's notes are written in English; they are marked as such for screen readers. */}
        <div lang="en">
          <dl>
            <dt>{t('metaDate')}</dt>
            <dd>
              {article.own
                ? t(
                    meta.dateNote === 'import-date'
                      ? 'ownDateImport'
                      : article.own.guessed
                        ? 'ownDateEditable'
                        : 'ownDateGuessed',
                  )
                : meta.dateNote}
            </dd>
            {article.own && (
              <dd>
                <GuessNotes guessed={article.own.guessed} edited={article.own.edited} />
              </dd>
            )}
            {meta.titleNote && (
              <>
                <dt>{t('editorsTitle')}</dt>
                <dd>{meta.titleNote}</dd>
              </>
            )}
            {meta.outletNote && (
              <>
                <dt>{t('metaOutlet')}</dt>
                <dd>{meta.outletNote}</dd>
              </>
            )}
            {meta.publisherNote && (
              <>
                <dt>{t('metaPublisher')}</dt>
                <dd>{meta.publisherNote}</dd>
              </>
            )}
          </dl>
          <ul>
            {meta.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </div>
      </details>
    </header>
  );
}
