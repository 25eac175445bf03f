import { useEffect, useState } from 'react';
import { useT } from '../../shared/i18n/useT.ts';
import { ignoreShortcut } from '../../shared/keys.ts';
import { useRouteStore } from '../../shared/routing/routeStore.ts';
import { clearParagraphMark, paragraphCount, showParagraph } from './paragraphs.ts';
import { goToParagraph, isPresenting, leavePresentation, presentable } from './presentation.ts';

/**
 * Presentation mode (`present=1` on a reader or comparison link): the page loses its chrome
 * (`data-present` on <html>, see styles.css), the paragraph in the link is outlined, focused and
 * scrolled into view, and keys move it. A small bar gives the same moves to a mouse or a touch
 * screen. Outside presentation, a comparison link's `p=` still scrolls the panes to it.
 */
export function Presenter() {
  const t = useT();
  const route = useRouteStore((s) => s.location.route);
  const present = isPresenting(route);
  const paragraph = presentable(route) ? (route.paragraph ?? null) : null;
  const view =
    route.name === 'read'
      ? `read/${route.id}`
      : route.name === 'compare'
        ? `compare/${route.ids.join(',')}`
        : route.name;
  const [total, setTotal] = useState(0);

  useEffect(() => {
    const root = document.documentElement;
    if (present) root.dataset.present = '';
    else delete root.dataset.present;
    return () => {
      delete root.dataset.present;
    };
  }, [present]);

  useEffect(() => {
    if (!present) {
      clearParagraphMark();
      // A comparison link with a paragraph opens the panes there (the reader does this itself).
      if (!view.startsWith('compare/') || !paragraph) return;
    } else setTotal(paragraphCount());
    // After the frame in which the comparison scrolls its panes to a selected phrase: the
    // paragraph in the link wins.
    const frame = requestAnimationFrame(() => showParagraph(paragraph ?? 1, present));
    return () => cancelAnimationFrame(frame);
  }, [present, paragraph, view]);

  useEffect(() => {
    if (!present) return;
    const onKey = (e: KeyboardEvent): void => {
      if (ignoreShortcut(e)) return;
      const moves: Record<string, { n: number } | { delta: number }> = {
        ArrowRight: { delta: 1 },
        j: { delta: 1 },
        ArrowLeft: { delta: -1 },
        k: { delta: -1 },
        Home: { n: 1 },
        End: { n: Number.MAX_SAFE_INTEGER },
      };
      const move = moves[e.key];
      if (move) {
        e.preventDefault();
        goToParagraph(move);
      } else if (e.key === 'Escape') {
        e.preventDefault();
        leavePresentation();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [present]);

  if (!present) return null;
  const n = Math.min(paragraph ?? 1, Math.max(total, 1));
  return (
    <div
      className="present-bar"
      role="group"
      aria-label={t('presentLabel')}
      data-testid="present-bar"
    >
      <button
        type="button"
        onClick={() => goToParagraph({ delta: -1 })}
        aria-label={t('presentPrev')}
      >
        ←
      </button>
      <span role="status" data-testid="present-position">
        {t('presentPosition', { n, total })}
      </span>
      <button
        type="button"
        onClick={() => goToParagraph({ delta: 1 })}
        aria-label={t('presentNext')}
      >
        →
      </button>
      <button type="button" onClick={leavePresentation} data-testid="present-leave">
        {t('presentLeave')}
      </button>
    </div>
  );
}
