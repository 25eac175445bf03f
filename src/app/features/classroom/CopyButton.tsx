import { useEffect, useRef, useState } from 'react';
import type { MessageKey } from '../../shared/i18n/messages.ts';
import { useT } from '../../shared/i18n/useT.ts';
import { copyText } from './clipboard.ts';

/**
 * A button that copies `text()` and says so ("Link copied"), or, when the clipboard is refused,
 * shows the text in a selected read-only field to copy by hand.
 */
export function CopyButton({
  text,
  label,
  done,
  testId,
}: {
  /** Computed at the moment of copying (the current address may have changed since render). */
  text: () => string;
  label: MessageKey;
  done: MessageKey;
  testId?: string;
}) {
  const t = useT();
  const [state, setState] = useState<
    { kind: 'idle' } | { kind: 'copied' } | { kind: 'manual'; text: string }
  >({ kind: 'idle' });
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (state.kind === 'manual') field.current?.select();
    if (state.kind !== 'copied') return;
    const timer = setTimeout(() => setState({ kind: 'idle' }), 2500);
    return () => clearTimeout(timer);
  }, [state]);
  return (
    <span className="copy">
      <button
        type="button"
        data-testid={testId}
        onClick={() => {
          const value = text();
          void copyText(value).then((ok) =>
            setState(ok ? { kind: 'copied' } : { kind: 'manual', text: value }),
          );
        }}
      >
        {t(label)}
      </button>
      <span className="copy-status" role="status" data-testid={testId && `${testId}-status`}>
        {state.kind === 'copied' ? t(done) : ''}
      </span>
      {state.kind === 'manual' && (
        <label className="copy-fallback">
          <span>{t('shareCopyFallback')}</span>
          <input
            ref={field}
            readOnly
            value={state.text}
            onFocus={(e) => e.target.select()}
            data-testid={testId && `${testId}-fallback`}
          />
        </label>
      )}
    </span>
  );
}
