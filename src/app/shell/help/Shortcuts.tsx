import { useEffect } from 'react';
import { useRouteStore } from '../../shared/routing/routeStore.ts';
import {
  enterPresentation,
  isPresenting,
  leavePresentation,
  presentable,
} from '../../features/classroom/presentation.ts';
import { useHelpStore } from './helpStore.ts';
import { ignoreShortcut } from '../../shared/keys.ts';

/**
 * The global single-key shortcuts (listed in the help dialog): `?` opens the help, `p` enters or
 * leaves presentation mode. `/` belongs to the search box, paragraph keys to the presenter. None
 * fires while typing in a field, with a modifier held, or under a modal dialog.
 */
export function Shortcuts() {
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (ignoreShortcut(e)) return;
      if (e.key === '?') {
        e.preventDefault();
        useHelpStore.getState().setOpen(true);
      } else if (e.key === 'p' || e.key === 'P') {
        const route = useRouteStore.getState().location.route;
        if (!presentable(route)) return;
        e.preventDefault();
        if (isPresenting(route)) leavePresentation();
        else enterPresentation();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return null;
}
