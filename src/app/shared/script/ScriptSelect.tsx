import { useId } from 'react';
import type { ScriptChoice } from '../../../core/script/variants.ts';
import { SCRIPT_CHOICES } from '../../../core/script/variants.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { useT } from '../i18n/useT.ts';

export const SCRIPT_LABEL: Record<ScriptChoice, MessageKey> = {
  orig: 'scriptOrig',
  cn: 'scriptCn',
  tw: 'scriptTw',
  hk: 'scriptHk',
};

/**
 * Choose a script. With `inherit`, a first option "same as everywhere" stands for null (a pane
 * that follows the global choice).
 */
export function ScriptSelect({
  value,
  onChange,
  label,
  inherit,
  testId,
}: {
  value: ScriptChoice | null;
  onChange: (choice: ScriptChoice | null) => void;
  label: string;
  inherit?: ScriptChoice;
  testId?: string;
}) {
  const t = useT();
  const id = useId();
  return (
    <span className="script-select">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        data-testid={testId}
        value={value ?? ''}
        onChange={(e) => onChange(SCRIPT_CHOICES.find((c) => c === e.target.value) ?? null)}
      >
        {inherit && (
          <option value="">{t('paneScriptDefault', { script: t(SCRIPT_LABEL[inherit]) })}</option>
        )}
        {SCRIPT_CHOICES.map((c) => (
          <option key={c} value={c}>
            {t(SCRIPT_LABEL[c])}
          </option>
        ))}
      </select>
    </span>
  );
}

/** Why tw/hk and not the phrase variants: a short explanation next to the global selector. */
export function ScriptHelp() {
  const t = useT();
  return (
    <details className="script-help">
      <summary aria-label={t('scriptHelpTitle')} title={t('scriptHelpTitle')}>
        ?
      </summary>
      <div className="script-help-body" role="note">
        <strong>{t('scriptHelpTitle')}</strong>
        <p>{t('scriptHelp')}</p>
      </div>
    </details>
  );
}
