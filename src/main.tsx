import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { listenToHash } from './app/stores/routeStore.ts';
import { initialUiTag } from './app/i18n/useT.ts';
import { loadTable } from './app/i18n/tables.ts';
import './app/styles.css';

listenToHash();
// The interface's language table, before the first render (a failure falls back to English).
await loadTable(initialUiTag()).catch(() => undefined);
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
