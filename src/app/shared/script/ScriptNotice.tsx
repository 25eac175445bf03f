import { useT } from '../i18n/useT.ts';
import type { DisplayTexts } from './useScript.ts';
import { useScriptStore } from './scriptStore.ts';

/** While the Traditional dictionary loads, or after it failed: say so above the (original) text. */
export function ScriptNotice({ status }: { status: DisplayTexts['status'] }) {
  const t = useT();
  const error = useScriptStore((s) => s.error);
  if (status === 'loading' || status === 'idle') {
    return (
      <p className="notice" role="status" data-testid="script-loading">
        {t('scriptLoading')}
      </p>
    );
  }
  if (status === 'error') {
    return (
      <div className="notice warn" role="alert">
        <p>{t('scriptLoadFailed', { error: error ?? '' })}</p>
        <button type="button" onClick={() => useScriptStore.getState().ensureTraditional()}>
          {t('scriptRetry')}
        </button>
      </div>
    );
  }
  return null;
}
