import { useEffect } from 'react';
import { useT } from './i18n/useT.ts';
import { hrefFor, useRouteStore } from './stores/routeStore.ts';
import { useSettingsStore } from './stores/settingsStore.ts';
import { ThemeSelect } from './components/ThemeSelect.tsx';
import { LibraryView } from './views/LibraryView.tsx';
import { NotFoundView } from './views/NotFoundView.tsx';
import { ReaderView } from './views/ReaderView.tsx';

/** The shell: skip link, header, the routed view. Views read their own state from the stores. */
export function App() {
  const t = useT();
  const route = useRouteStore((s) => s.location.route);
  const theme = useSettingsStore((s) => s.theme);

  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
  }, [theme]);

  // A new view starts at the top, unless it scrolls itself to an anchor.
  const routeKey = route.name === 'read' ? `read/${route.id}` : route.name;
  useEffect(() => {
    window.scrollTo(0, 0);
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
          <span className="brand-en">{t('appName')}</span>
        </a>
        <nav aria-label="Main">
          <a
            href={hrefFor({ name: 'library', sort: 'date' })}
            aria-current={route.name === 'library' ? 'page' : undefined}
          >
            {t('navLibrary')}
          </a>
        </nav>
        <ThemeSelect />
      </header>
      <main id="main" tabIndex={-1}>
        {route.name === 'library' && <LibraryView sort={route.sort} />}
        {route.name === 'read' && (
          <ReaderView key={route.id} id={route.id} paragraph={route.paragraph} />
        )}
        {route.name === 'not-found' && <NotFoundView path={route.path} />}
      </main>
    </>
  );
}
