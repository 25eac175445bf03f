import type { Route } from '../../shared/routing/route.ts';
import { useRouteStore } from '../../shared/routing/routeStore.ts';
import { firstVisibleParagraph, paragraphCount } from './paragraphs.ts';

type Presentable = Extract<Route, { name: 'read' } | { name: 'compare' }>;

/** The reader and the comparison can be presented; other views cannot. */
export function presentable(route: Route): route is Presentable {
  return route.name === 'read' || route.name === 'compare';
}

/** True when the route is in presentation mode. */
export function isPresenting(route: Route): boolean {
  return presentable(route) && route.present === true;
}

/** Enter presentation mode on the paragraph in view (or the one in the link). */
export function enterPresentation(): void {
  const { location, replace } = useRouteStore.getState();
  const route = location.route;
  if (!presentable(route) || route.present) return;
  replace({ ...route, present: true, paragraph: route.paragraph ?? firstVisibleParagraph() });
}

/** Leave presentation mode, keeping the paragraph in the link. */
export function leavePresentation(): void {
  const { location, replace } = useRouteStore.getState();
  const route = location.route;
  if (presentable(route) && route.present) replace({ ...route, present: false });
}

/** Move to paragraph `n` (clamped to the page), or by `delta` from the current one. */
export function goToParagraph(target: { n: number } | { delta: number }): void {
  const { location, replace } = useRouteStore.getState();
  const route = location.route;
  if (!presentable(route)) return;
  const total = paragraphCount();
  if (total === 0) return;
  const current = route.paragraph ?? 1;
  const n = 'n' in target ? target.n : current + target.delta;
  const next = Math.min(total, Math.max(1, n));
  if (next !== route.paragraph) replace({ ...route, paragraph: next });
}
