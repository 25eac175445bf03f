import { Suspense, lazy, useEffect } from 'react';
import { useT, useUiLangTag } from '../shared/i18n/useT.ts';
import { hrefFor, useRouteStore } from '../shared/routing/routeStore.ts';
import { useSettingsStore } from '../shared/settings/settingsStore.ts';
import { setGlobalScript, useGlobalScript } from '../shared/script/useScript.ts';
import { LinkNotices } from './Notices.tsx';
import { ScriptHelp, ScriptSelect } from '../shared/script/ScriptSelect.tsx';
import { ThemeSelect } from './settings/ThemeSelect.tsx';
import { UiLangSelect } from './settings/UiLangSelect.tsx';
import { PwaStatus } from './PwaStatus.tsx';
import { LibraryView } from '../features/library/LibraryView.tsx';
import {
  CompareView,
  ImportView,
  NotesView,
  PhraseView,
  PhrasesView,
  ReaderView,
  SearchView,
  TimelineView,
} from './lazyViews.tsx';
import { NotFoundView } from './NotFoundView.tsx';
import { DEFAULT_MARKS } from '../shared/routing/route.ts';
import { SearchBox } from './SearchBox.tsx';
import { useFileDrop } from '../features/import/useFileDrop.ts';
import { routeNeedsOwnArticles, useLibraryStore } from '../data/libraryStore.ts';
import { useArticles } from '../data/corpus.ts';
import { Loading } from '../shared/Loading.tsx';
import { NotesStatus } from '../features/notes/NotesStatus.tsx';
import { HelpButton } from './help/HelpButton.tsx';
import { useHelpStore } from './help/helpStore.ts';
import { Shortcuts } from './help/Shortcuts.tsx';
import { Presenter } from '../features/classroom/Presenter.tsx';
import { ViewTools } from '../features/classroom/ViewTools.tsx';

// Only wanted on a reader or a comparison (the print handout) or once asked for (the shortcuts):
// lazy chunks, off the first visit's critical path.
const Handout = lazy(() =>
  import('../features/classroom/Handout.tsx').then((m) => ({ default: m.Handout })),
);
const HelpDialog = lazy(() =>
  import('./help/HelpDialog.tsx').then((m) => ({ default: m.HelpDialog })),
);

/** The shell: skip link, header with the global settings, the routed view. */
export function App() {
  const t = useT();
  const route = useRouteStore((s) => s.location.route);
  const helpOpen = useHelpStore((s) => s.open);
  const theme = useSettingsStore((s) => s.theme);
  const script = useGlobalScript();
  const uiTag = useUiLangTag();
  // Own articles: loaded once at start; views re-render when the article list changes.
  useArticles();
  const dropping = useFileDrop();
  const ownPending = useLibraryStore((s) => s.status === 'idle' || s.status === 'loading');
  const waitForOwn = ownPending && routeNeedsOwnArticles(route);
  useEffect(() => {
    void useLibraryStore.getState().load();
  }, []);

  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
  }, [theme]);

  useEffect(() => {
    document.documentElement.lang = uiTag;
    document.title = `${t('appName')} ${t('appNameZh')}`;
  }, [uiTag, t]);

  // A new view starts at the top, unless it scrolls itself to a paragraph anchor (the reader does
  // that in its own effect, which React runs before this one: so skip, or we would undo it).
  const routeKey = route.name === 'read' ? `read/${route.id}` : route.name;
  const toParagraph = route.name === 'read' && route.paragraph !== null;
  useEffect(() => {
    if (!toParagraph) window.scrollTo(0, 0);
    // Only a change of view scrolls to the top, not a change of paragraph within it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [routeKey]);

  return (
    <>
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('skipToContent')}
      </a>
      <header className="site-header">
        <a className="brand" href={hrefFor({ name: 'library', sort: 'date' })}>
          <span className="brand-zh" lang="zh-Hans">
            {t('appNameZh')}
          </span>
          <span className="brand-en" lang="en">
            {t('appName')}
          </span>
        </a>
        <nav aria-label={t('navLibrary')}>
          <a
            href={hrefFor({ name: 'library', sort: 'date' })}
            aria-current={route.name === 'library' ? 'page' : undefined}
          >
            {t('navLibrary')}
          </a>
          <a
            href={hrefFor({ name: 'compare', ids: [], scripts: [] })}
            aria-current={route.name === 'compare' ? 'page' : undefined}
          >
            {t('navCompare')}
          </a>
          <a
            href={hrefFor({ name: 'phrases', kind: 'all', category: null })}
            aria-current={route.name === 'phrases' || route.name === 'phrase' ? 'page' : undefined}
          >
            {t('navPhrases')}
          </a>
          <a
            href={hrefFor({ name: 'timeline', phrase: null })}
            aria-current={route.name === 'timeline' ? 'page' : undefined}
          >
            {t('navTimeline')}
          </a>
          <a
            href={hrefFor({ name: 'import' })}
            aria-current={route.name === 'import' ? 'page' : undefined}
          >
            {t('navImport')}
          </a>
          <a
            href={hrefFor({ name: 'notes' })}
            aria-current={route.name === 'notes' ? 'page' : undefined}
          >
            {t('notesNav')}
          </a>
        </nav>
        <SearchBox />
        <div className="header-controls">
          <ScriptSelect
            value={script}
            onChange={(c) => setGlobalScript(c ?? 'orig')}
            label={t('scriptLabel')}
            testId="global-script"
          />
          <ScriptHelp />
          <UiLangSelect />
          <ThemeSelect />
          <HelpButton />
          <PwaStatus />
        </div>
      </header>
      <LinkNotices />
      {dropping && (
        <div className="drop-overlay" aria-hidden="true">
          <p>{t('importDropHere')}</p>
        </div>
      )}
      <main id="main" tabIndex={-1}>
        {/* Inside a landmark: notes messages belong to the page's content. */}
        <NotesStatus />
        <ViewTools />
        <Suspense fallback={<Loading />}>
          {route.name === 'library' && <LibraryView sort={route.sort} />}
          {waitForOwn && <Loading />}
          {route.name === 'read' && !waitForOwn && (
            <ReaderView
              key={route.id}
              id={route.id}
              paragraph={route.paragraph}
              q={route.q ?? null}
              hit={route.hit ?? null}
            />
          )}
          {route.name === 'compare' && !waitForOwn && (
            <CompareView
              ids={route.ids}
              scripts={route.scripts}
              phrase={route.phrase ?? null}
              marks={route.marks ?? DEFAULT_MARKS}
            />
          )}
          {route.name === 'phrases' && <PhrasesView kind={route.kind} category={route.category} />}
          {route.name === 'phrase' && <PhraseView phraseKey={route.key} />}
          {route.name === 'timeline' && <TimelineView phrase={route.phrase} />}
          {route.name === 'search' && (
            <SearchView q={route.q} sort={route.sort} filters={route.filters} />
          )}
          {route.name === 'not-found' && <NotFoundView path={route.path} />}
          {route.name === 'import' && <ImportView />}
          {route.name === 'notes' && <NotesView />}
        </Suspense>
        {(route.name === 'read' || route.name === 'compare') && (
          <Suspense fallback={null}>
            <Handout route={route} />
          </Suspense>
        )}
        <Presenter />
      </main>
      {helpOpen && (
        <Suspense fallback={null}>
          <HelpDialog />
        </Suspense>
      )}
      <Shortcuts />
    </>
  );
}
