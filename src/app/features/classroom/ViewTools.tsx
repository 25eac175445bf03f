import { Suspense, lazy, useCallback, useState } from 'react';
import { Loading } from '../../shared/Loading.tsx';
import { useT, useUiLang } from '../../shared/i18n/useT.ts';
import { Modal } from '../../shared/Modal.tsx';
import { enterPresentation, presentable } from './presentation.ts';
import { useGlobalScript } from '../../shared/script/useScript.ts';
import { useRouteStore } from '../../shared/routing/routeStore.ts';
import { CopyButton } from './CopyButton.tsx';
import { shareUrl } from './shareUrl.ts';

// The QR encoder (qrcode, ~8 KB gzip) is only needed when a teacher opens the dialog: a lazy chunk,
// precached like the rest, so it still works offline.
const QrCode = lazy(() => import('./QrCode.tsx').then((m) => ({ default: m.QrCode })));

/** The address of the current view to share, with script and interface language pinned. */
export function useShareUrl(): () => string {
  const script = useGlobalScript();
  const ui = useUiLang();
  return useCallback(
    () => shareUrl(useRouteStore.getState().location, script, ui, window.location),
    [script, ui],
  );
}

/**
 * Above every view: copy its link, show it as a QR code; on a reader or a comparison also present
 * it and print it as a handout.
 */
export function ViewTools() {
  const t = useT();
  const route = useRouteStore((s) => s.location.route);
  const link = useShareUrl();
  const [qr, setQr] = useState(false);
  const closeQr = useCallback(() => setQr(false), []);
  return (
    <div className="view-tools" role="group" aria-label={t('shareTools')} data-testid="view-tools">
      <CopyButton text={link} label="shareCopyLink" done="shareCopied" testId="copy-link" />
      <button type="button" onClick={() => setQr(true)} data-testid="qr-button">
        {t('shareQr')}
      </button>
      {presentable(route) && (
        <>
          <button
            type="button"
            onClick={enterPresentation}
            data-testid="present-button"
            aria-keyshortcuts="p"
          >
            {t('presentEnter')}
          </button>
          <button type="button" onClick={() => window.print()} data-testid="print-button">
            {t('printHandout')}
          </button>
        </>
      )}
      {qr && <QrDialog url={link()} onClose={closeQr} />}
    </div>
  );
}

/** The QR code of the view, as large as the screen allows, with the address printed beneath. */
function QrDialog({ url, onClose }: { url: string; onClose: () => void }) {
  const t = useT();
  return (
    <Modal title={t('shareQrTitle')} onClose={onClose} className="qr-dialog" testId="qr-dialog">
      <div className="qr-frame">
        <Suspense fallback={<Loading />}>
          <QrCode
            text={url}
            label={t('shareQrImage')}
            fallback={<p className="notice warn">{t('shareQrTooLong')}</p>}
          />
        </Suspense>
      </div>
      <p className="qr-url" data-testid="qr-url">
        {url}
      </p>
    </Modal>
  );
}
