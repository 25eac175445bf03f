import { Fragment, useCallback } from 'react';
import { useT } from '../../shared/i18n/useT.ts';
import { useHelpStore } from './helpStore.ts';
import { SHORTCUTS } from '../../shared/keys.ts';
import { Modal } from '../../shared/Modal.tsx';

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
