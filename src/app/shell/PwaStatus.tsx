import { useEffect, useState } from 'react';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { useT } from '../shared/i18n/useT.ts';

/** The browser's install prompt event (Chromium), kept until the reader asks to install. */
interface BeforeInstallPromptEvent extends Event {
  prompt: () => Promise<void>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

function useOnline(): boolean {
  const [online, setOnline] = useState(() =>
    typeof navigator === 'undefined' ? true : navigator.onLine,
  );
  useEffect(() => {
    const on = (): void => setOnline(true);
    const off = (): void => setOnline(false);
    window.addEventListener('online', on);
    window.addEventListener('offline', off);
    return () => {
      window.removeEventListener('online', on);
      window.removeEventListener('offline', off);
    };
  }, []);
  return online;
}

let reloading = false;

/** Reload once, however many signals ask for it (the plugin's and ours). */
function reloadOnce(): void {
  if (reloading) return;
  reloading = true;
  window.location.reload();
}

/**
 * Activate the waiting worker, then reload under it. The plugin reloads on `controlling` only
 * when the page was already controlled when it loaded: on the visit that installed the first
 * worker, an update found later would take control and leave the page on the old code. So wait
 * for the controller change here; with no worker waiting (another tab activated it), just reload.
 */
async function activateUpdate(skipWaiting: (reloadPage?: boolean) => Promise<void>): Promise<void> {
  const registration = await navigator.serviceWorker.getRegistration();
  if (!registration?.waiting) {
    reloadOnce();
    return;
  }
  navigator.serviceWorker.addEventListener('controllerchange', reloadOnce, { once: true });
  await skipWaiting(false);
}

/** iOS Safari has no install prompt: readers add the app from the Share menu. */
function isIosBrowser(): boolean {
  const nav = navigator as Navigator & { standalone?: boolean };
  return /iPad|iPhone|iPod/.test(navigator.userAgent) && nav.standalone !== true;
}

/**
 * Offline indicator, install button (or the iOS hint), and the "new version" prompt. The service
 * worker waits for the reader: the app never reloads by itself, so nobody loses their place.
 */
export function PwaStatus() {
  const t = useT();
  const online = useOnline();
  const [installEvent, setInstallEvent] = useState<BeforeInstallPromptEvent | null>(null);
  const [iosHint, setIosHint] = useState(false);
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    onNeedReload: reloadOnce,
    onRegisterError: () => {
      // Without a service worker the app still works online; nothing to tell the reader.
    },
  });

  useEffect(() => {
    const onPrompt = (e: Event): void => {
      e.preventDefault();
      setInstallEvent(e as BeforeInstallPromptEvent);
    };
    const onInstalled = (): void => setInstallEvent(null);
    window.addEventListener('beforeinstallprompt', onPrompt);
    window.addEventListener('appinstalled', onInstalled);
    setIosHint(isIosBrowser());
    return () => {
      window.removeEventListener('beforeinstallprompt', onPrompt);
      window.removeEventListener('appinstalled', onInstalled);
    };
  }, []);

  return (
    <>
      {!online && (
        <p className="offline-badge" role="status" data-testid="offline">
          {t('offline')}
        </p>
      )}
      {installEvent && (
        <button
          type="button"
          className="install"
          data-testid="install"
          onClick={() => {
            void installEvent.prompt();
            void installEvent.userChoice.then(() => setInstallEvent(null));
          }}
        >
          {t('install')}
        </button>
      )}
      {iosHint && !installEvent && (
        <details className="ios-hint">
          <summary>{t('install')}</summary>
          <p>{t('installIos')}</p>
        </details>
      )}
      {needRefresh && (
        <div className="update-prompt" role="alert" data-testid="update-prompt">
          <p>{t('updateAvailable')}</p>
          <button
            type="button"
            className="primary"
            onClick={() => void activateUpdate(updateServiceWorker)}
          >
            {t('updateReload')}
          </button>
          <button type="button" onClick={() => setNeedRefresh(false)}>
            {t('updateLater')}
          </button>
        </div>
      )}
    </>
  );
}
