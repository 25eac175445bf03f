import { useT } from '../../shared/i18n/useT.ts';
import { useHelpStore } from './helpStore.ts';

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
