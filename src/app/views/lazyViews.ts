/**
 * Views as lazy chunks: only the library is in the entry bundle; the reader, compare, search,
 * phrases, timeline, notes and import load on first use (a deep link starts fetching its view's
 * chunk as soon as the entry runs). The service worker precaches every chunk, so after the first
 * visit this costs nothing, offline included.
 */
import { lazy } from 'react';

export const ReaderView = lazy(() =>
  import('./ReaderView.tsx').then((m) => ({ default: m.ReaderView })),
);
export const CompareView = lazy(() =>
  import('./CompareView.tsx').then((m) => ({ default: m.CompareView })),
);
export const SearchView = lazy(() =>
  import('./SearchView.tsx').then((m) => ({ default: m.SearchView })),
);
export const PhrasesView = lazy(() =>
  import('./PhrasesView.tsx').then((m) => ({ default: m.PhrasesView })),
);
export const PhraseView = lazy(() =>
  import('./PhraseView.tsx').then((m) => ({ default: m.PhraseView })),
);
export const TimelineView = lazy(() =>
  import('./TimelineView.tsx').then((m) => ({ default: m.TimelineView })),
);
export const NotesView = lazy(() =>
  import('./NotesView.tsx').then((m) => ({ default: m.NotesView })),
);
export const ImportView = lazy(() =>
  import('./ImportView.tsx').then((m) => ({ default: m.ImportView })),
);
