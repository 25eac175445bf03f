import { create } from 'zustand';
import type { Location, Route } from './route.ts';
import { formatHash, parseHash } from './route.ts';

interface RouteState {
  /** The parsed current hash; the single source of truth for which view is shown. */
  location: Location;
  /** Go to a route (a new history entry), keeping shared parameters (script, ui…). */
  navigate: (route: Route) => void;
  /**
   * Change shared parameters of the current view in place (no new history entry: switching the
   * script is not a place to go back to). `null` removes a parameter.
   */
  setParams: (update: Record<string, string | null>) => void;
  /** Replace the current route in place (e.g. a pane's script in a comparison). */
  replace: (route: Route) => void;
}

function replaceHash(hash: string): void {
  const url = `${window.location.pathname}${window.location.search}${hash}`;
  window.history.replaceState(window.history.state, '', url);
}

export const useRouteStore = create<RouteState>()((set, get) => ({
  location: parseHash(typeof window === 'undefined' ? '' : window.location.hash),
  navigate: (route) => {
    const hash = formatHash(route, get().location.params);
    if (window.location.hash !== hash) window.location.hash = hash;
  },
  setParams: (update) => {
    const { route, params } = get().location;
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(update)) {
      if (v === null) next.delete(k);
      else next.set(k, v);
    }
    const hash = formatHash(route, next);
    replaceHash(hash);
    set({ location: parseHash(hash) });
  },
  replace: (route) => {
    const hash = formatHash(route, get().location.params);
    replaceHash(hash);
    set({ location: parseHash(hash) });
  },
}));

/** Follow the address bar (links, back/forward, typed URLs). Call once at start-up. */
export function listenToHash(): () => void {
  const update = (): void => useRouteStore.setState({ location: parseHash(window.location.hash) });
  window.addEventListener('hashchange', update);
  return () => window.removeEventListener('hashchange', update);
}

/** Href for a link to a route, keeping shared parameters. */
export function hrefFor(route: Route): string {
  return formatHash(route, useRouteStore.getState().location.params);
}
