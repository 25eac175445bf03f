import { Fragment, useCallback } from 'react';
import { useT } from '../i18n/useT.ts';
import { useHelpStore } from './helpStore.ts';
import { SHORTCUTS } from './keys.ts';
import { Modal } from './Modal.tsx';

/** The keyboard shortcuts, opened by `?` or the header button. */
export function HelpDialog() {
  const t = useT();
  const open = useHelpStore((s) => s.open);
  const close = useCallback(() => useHelpStore.getState().setOpen(false), []);
  if (!open) return null;
  return (
    <Modal title={t('helpTitle')} onClose={close} className="help-dialog" testId="help-dialog">
      <p>{t('helpIntro')}</p>
      {SHORTCUTS.map((group) => (
        <table key={group.title} className="shortcuts">
          <caption>{t(group.title)}</caption>
          <thead>
            <tr>
              <th scope="col">{t('helpKeys')}</th>
              <th scope="col">{t('helpAction')}</th>
            </tr>
          </thead>
          <tbody>
            {group.items.map((s) => (
              <tr key={s.action}>
                <td>
                  {s.keys.map((k, i) => (
                    <Fragment key={k}>
                      {i > 0 && <span className="muted"> {t('or')} </span>}
                      <kbd>{k}</kbd>
                    </Fragment>
                  ))}
                </td>
                <td>{t(s.action)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </Modal>
  );
}

/** The header button that opens the dialog. */
export function HelpButton() {
  const t = useT();
  return (
    <button
      type="button"
      className="help-button"
      aria-label={t('helpButton')}
      title={t('helpButton')}
      onClick={() => useHelpStore.getState().setOpen(true)}
      data-testid="help-button"
    >
      {/* A keyboard, so it is not mistaken for the script help's "?" beside it. */}
      <svg viewBox="0 0 24 16" width="22" height="15" aria-hidden="true" focusable="false">
        <rect x="1" y="1" width="22" height="14" rx="2" fill="none" stroke="currentColor" />
        <path
          d="M5 5h2M9 5h2M13 5h2M17 5h2M5 8h2M9 8h2M13 8h2M17 8h2M7 11h10"
          stroke="currentColor"
          strokeWidth="1.5"
          strokeLinecap="round"
        />
      </svg>
    </button>
  );
}
