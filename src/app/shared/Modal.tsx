import type { ReactNode } from 'react';
import { useEffect, useRef } from 'react';
import { useT } from './i18n/useT.ts';

/**
 * A modal dialog on the native `<dialog>` element: `showModal()` makes the page behind it inert,
 * keeps Tab inside, closes on Esc and returns focus to what had it. Mounted while open; `onClose`
 * runs when it closes by any of those means.
 */
export function Modal({
  title,
  onClose,
  className,
  testId,
  children,
}: {
  title: string;
  onClose: () => void;
  className?: string;
  testId?: string;
  children: ReactNode;
}) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const closeRef = useRef(onClose);
  useEffect(() => {
    closeRef.current = onClose;
  }, [onClose]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    const onCloseEvent = (): void => closeRef.current();
    dialog.addEventListener('close', onCloseEvent);
    return () => {
      dialog.removeEventListener('close', onCloseEvent);
      if (dialog.open) dialog.close();
      opener?.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={`modal${className ? ` ${className}` : ''}`}
      aria-labelledby="modal-title"
      data-testid={testId}
    >
      <div className="modal-head">
        <h2 id="modal-title">{title}</h2>
        <button type="button" className="modal-close" onClick={() => ref.current?.close()}>
          {t('close')}
        </button>
      </div>
      {children}
    </dialog>
  );
}
