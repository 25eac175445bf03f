import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/shell/App.tsx';
import { listenToHash } from './app/shared/routing/routeStore.ts';
import { initialUiTag } from './app/shared/i18n/useT.ts';
import { loadTable } from './app/shared/i18n/tables.ts';
import { preloadView } from './app/shell/lazyViews.tsx';
import { useRouteStore } from './app/shared/routing/routeStore.ts';
import './app/styles.css';

listenToHash();
// Before the first render: the interface's language table and the linked view's chunk (both
// already on their way, see src/node/routePreload.ts). A failure falls back to English / to the
// view's loading state.
await Promise.all([
  loadTable(initialUiTag()).catch(() => undefined),
  preloadView(useRouteStore.getState().location.route).catch(() => undefined),
]);
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
