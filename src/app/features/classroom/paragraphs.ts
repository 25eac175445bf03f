/**
 * The DOM side of paragraph navigation. Article bodies give their paragraphs ids `p-1`, `p-2`… (in a
 * comparison `pane0-p-1`…); the n-th paragraph of every body on the page is "paragraph n", so one
 * index moves every pane of a comparison together.
 */

const CURRENT = 'present-current';

function bodies(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('main [data-testid="article-body"]')];
}

function paragraphsOf(body: HTMLElement): HTMLElement[] {
  return [...body.children].filter(
    (el): el is HTMLElement => el instanceof HTMLElement && /(^|-)p-\d+$/.test(el.id),
  );
}

/** The number of paragraphs of the longest article on the page (0 when there is none). */
export function paragraphCount(): number {
  return Math.max(0, ...bodies().map((b) => paragraphsOf(b).length));
}

/** The first paragraph whose bottom is below the top of the viewport: where the reader is. */
export function firstVisibleParagraph(): number {
  const body = bodies()[0];
  if (!body) return 1;
  const list = paragraphsOf(body);
  const i = list.findIndex((el) => el.getBoundingClientRect().bottom > 80);
  return i < 0 ? 1 : i + 1;
}

/** Scroll a pane's own scroll box so `el` sits near its top. */
function scrollWithin(scroller: HTMLElement, el: HTMLElement): void {
  const delta =
    el.getBoundingClientRect().top -
    scroller.getBoundingClientRect().top -
    scroller.clientHeight / 8;
  scroller.scrollTo({ top: scroller.scrollTop + delta });
}

/**
 * Bring paragraph `n` (1-based; a shorter article shows its last) into view in every body. With
 * `mark`, it is also outlined and the first one takes focus, so screen readers read it.
 */
export function showParagraph(n: number, mark: boolean): void {
  document.querySelectorAll(`.${CURRENT}`).forEach((el) => el.classList.remove(CURRENT));
  let focused = false;
  for (const body of bodies()) {
    const list = paragraphsOf(body);
    const el = list[Math.min(n, list.length) - 1];
    if (!el) continue;
    if (mark) {
      el.classList.add(CURRENT);
      if (!focused) {
        el.tabIndex = -1;
        el.focus({ preventScroll: true });
        focused = true;
      }
    }
    const scroller = el.closest<HTMLElement>('.pane-reading');
    if (scroller && scroller.scrollHeight > scroller.clientHeight + 1) scrollWithin(scroller, el);
    else if (el.getClientRects().length > 0)
      el.scrollIntoView({ block: scroller ? 'start' : 'center' });
  }
}

/** Remove the outline left by presentation mode. */
export function clearParagraphMark(): void {
  document.querySelectorAll(`.${CURRENT}`).forEach((el) => el.classList.remove(CURRENT));
}
