import { create } from 'zustand';
import type { Location, Route } from '../routing/route.ts';
import { formatHash, parseHash } from '../routing/route.ts';

interface RouteState {
  /** The parsed current hash; the single source of truth for which view is shown. */
  location: Location;
  /** Go to a route, keeping shared parameters (script, ui…). */
  navigate: (route: Route) => void;
}

export const useRouteStore = create<RouteState>()((_set, get) => ({
  location: parseHash(typeof window === 'undefined' ? '' : window.location.hash),
  navigate: (route) => {
    const hash = formatHash(route, get().location.params);
    if (window.location.hash !== hash) window.location.hash = hash;
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
