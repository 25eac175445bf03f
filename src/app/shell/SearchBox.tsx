import { useEffect, useRef, useState } from 'react';
import { useT } from '../shared/i18n/useT.ts';
import type { SearchFilters, SearchSort } from '../shared/routing/route.ts';
import { useRouteStore } from '../shared/routing/routeStore.ts';

const DEBOUNCE_MS = 250;
const NO_FILTERS: SearchFilters = { article: null, place: null, year: null };

/** True when a key press belongs to a text field, so `/` must type a slash there. */
function typingInField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * The search box on every view (shortcut `/`). Results update as you type: after a short pause the
 * results view opens (or, when it is open, its query is replaced in place, so Back leaves search
 * rather than stepping through every keystroke).
 */
export function SearchBox() {
  const t = useT();
  const route = useRouteStore((s) => s.location.route);
  const routeQuery = route.name === 'search' ? route.q : '';
  const [value, setValue] = useState(routeQuery);
  const input = useRef<HTMLInputElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // Follow the address bar (back/forward, deep links) unless the reader is mid-typing.
  useEffect(() => {
    if (document.activeElement !== input.current) setValue(routeQuery);
  }, [routeQuery]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || typingInField(e.target)) return;
      e.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => () => clearTimeout(timer.current), []);

  const go = (q: string, immediate: boolean): void => {
    clearTimeout(timer.current);
    const run = (): void => {
      const { location, navigate, replace } = useRouteStore.getState();
      const current = location.route;
      if (current.name === 'search') {
        if (current.q !== q) replace({ ...current, q });
      } else if (q.trim() !== '') {
        navigate({ name: 'search', q, sort: 'date' as SearchSort, filters: NO_FILTERS });
      }
    };
    if (immediate) run();
    else timer.current = setTimeout(run, DEBOUNCE_MS);
  };

  return (
    <form
      role="search"
      className="search-box"
      onSubmit={(e) => {
        e.preventDefault();
        go(value, true);
      }}
    >
      <input
        ref={input}
        type="search"
        aria-label={t('search')}
        placeholder={t('searchPlaceholder')}
        title={t('searchShortcut')}
        value={value}
        maxLength={10000}
        onChange={(e) => {
          setValue(e.target.value);
          go(e.target.value, false);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') input.current?.blur();
        }}
        data-testid="search-input"
      />
      <kbd aria-hidden="true">/</kbd>
    </form>
  );
}
