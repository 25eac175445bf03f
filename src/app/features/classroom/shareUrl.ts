import type { ScriptChoice } from '../../../core/script/variants.ts';
import type { UiLang } from '../../shared/i18n/messages.ts';
import type { Location } from '../../shared/routing/route.ts';
import { formatHash } from '../../shared/routing/route.ts';

/**
 * The address to share for the current view: the same route, with the script and interface
 * language pinned (a student's phone may have other defaults stored) and without presentation
 * mode (a phone in the room follows along in the ordinary view, at the same paragraph).
 */
export function shareUrl(
  location: Location,
  script: ScriptChoice,
  ui: UiLang,
  base: { origin: string; pathname: string; search: string },
): string {
  const params = new URLSearchParams(location.params);
  params.set('script', script);
  params.set('ui', ui);
  const route =
    location.route.name === 'read' || location.route.name === 'compare'
      ? { ...location.route, present: false }
      : location.route;
  return `${base.origin}${base.pathname}${base.search}${formatHash(route, params)}`;
}
