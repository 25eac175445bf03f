import { useT } from '../../shared/i18n/useT.ts';
import { FONT_SIZES, useSettingsStore } from '../../shared/settings/settingsStore.ts';

export function FontSizeControl() {
  const t = useT();
  const step = useSettingsStore((s) => s.fontStep);
  const change = (d: number) => useSettingsStore.getState().changeFont(d);
  return (
    <div className="font-size" role="group" aria-label={t('fontSize')}>
      <button
        type="button"
        onClick={() => change(-1)}
        disabled={step === 0}
        aria-label={t('fontSmaller')}
      >
        A−
      </button>
      <output aria-live="polite">{FONT_SIZES[step]}px</output>
      <button
        type="button"
        onClick={() => change(1)}
        disabled={step === FONT_SIZES.length - 1}
        aria-label={t('fontLarger')}
      >
        A+
      </button>
    </div>
  );
}
