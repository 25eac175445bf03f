import { useState } from 'react';
import { SCRIPT_CHOICES } from '../../core/script/variants.ts';
import { useT } from '../shared/i18n/useT.ts';
import { useRouteStore } from '../shared/routing/routeStore.ts';
import { useSettingsStore } from '../shared/settings/settingsStore.ts';
import { SCRIPT_LABEL } from '../shared/script/ScriptSelect.tsx';

/** Messages about the link itself: a `?script=` or `?ui=` value that means nothing is explained, not ignored. */
export function LinkNotices() {
  const t = useT();
  const params = useRouteStore((s) => s.location.params);
  // An unknown ?script= falls back to the reader's stored choice: the notice names that one.
  const stored = useSettingsStore((s) => s.script);
  const [dismissed, setDismissed] = useState<string>('');
  const notes: string[] = [];
  const script = params.get('script');
  if (script !== null && !SCRIPT_CHOICES.some((c) => c === script)) {
    notes.push(
      t('badParam', {
        name: 'script',
        value: script,
        allowed: SCRIPT_CHOICES.join(' | '),
        fallback: t(SCRIPT_LABEL[stored]),
      }),
    );
  }
  const ui = params.get('ui');
  if (ui !== null && ui !== 'en' && ui !== 'zh') {
    notes.push(
      t('badParam', { name: 'ui', value: ui, allowed: 'en | zh', fallback: t('uiLangLabel') }),
    );
  }
  const key = notes.join('\n');
  if (!notes.length || dismissed === key) return null;
  return (
    <div className="notice" role="status" data-testid="link-notice">
      {notes.map((n) => (
        <p key={n}>{n}</p>
      ))}
      <button type="button" onClick={() => setDismissed(key)}>
        {t('dismiss')}
      </button>
    </div>
  );
}
