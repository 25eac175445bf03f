/**
 * Views as lazy chunks: only the library is in the entry bundle; the reader, compare, search,
 * phrases, timeline, notes and import load on first use. The service worker precaches every chunk,
 * so after the first visit this costs nothing, offline included. A deep link's chunk downloads in
 * parallel with the entry (src/node/routePreload.ts adds a modulepreload for it), and main.tsx
 * awaits `preloadView` before the first render, so the view appears at once: no loading flash, no
 * layout shift.
 */
import type { ComponentType } from 'react';
import { createElement, lazy, useState } from 'react';
import type { Route } from '../shared/routing/route.ts';

type View<P> = ComponentType<P> & { preload: () => Promise<unknown> };

function lazyView<P extends object>(load: () => Promise<ComponentType<P>>): View<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const preload = (): Promise<ComponentType<P>> => {
    pending ??= load().then(
      (c) => (loaded = c),
      (e: unknown) => {
        pending = null; // offline before caching, say: a later visit may retry
        throw e;
      },
    );
    return pending;
  };
  const Lazy = lazy(() => preload().then((c) => ({ default: c })));
  function LazyView(props: P) {
    // Chosen once per mount: switching from the lazy wrapper to the loaded component would remount
    // the view and lose its state.
    const [Ready] = useState(() => loaded);
    return Ready ? createElement(Ready, props) : createElement(Lazy, props);
  }
  return Object.assign(LazyView, { preload });
}

export const ReaderView = lazyView(() =>
  import('../features/reader/ReaderView.tsx').then((m) => m.ReaderView),
);
export const CompareView = lazyView(() =>
  import('../features/compare/CompareView.tsx').then((m) => m.CompareView),
);
export const SearchView = lazyView(() =>
  import('../features/search/SearchView.tsx').then((m) => m.SearchView),
);
export const PhrasesView = lazyView(() =>
  import('../features/phrases/PhrasesView.tsx').then((m) => m.PhrasesView),
);
export const PhraseView = lazyView(() =>
  import('../features/phrases/PhraseView.tsx').then((m) => m.PhraseView),
);
export const TimelineView = lazyView(() =>
  import('../features/timeline/TimelineView.tsx').then((m) => m.TimelineView),
);
export const NotesView = lazyView(() =>
  import('../features/notes/NotesView.tsx').then((m) => m.NotesView),
);
export const ImportView = lazyView(() =>
  import('../features/import/ImportView.tsx').then((m) => m.ImportView),
);

const BY_ROUTE: Partial<Record<Route['name'], { preload: () => Promise<unknown> }>> = {
  read: ReaderView,
  compare: CompareView,
  search: SearchView,
  phrases: PhrasesView,
  phrase: PhraseView,
  timeline: TimelineView,
  notes: NotesView,
  import: ImportView,
};

/** Loads the chunk of the view `route` shows (nothing for the library, which is in the entry). */
export function preloadView(route: Route): Promise<unknown> {
  return BY_ROUTE[route.name]?.preload() ?? Promise.resolve();
}
