import { useT } from '../../shared/i18n/useT.ts';
import type { Theme } from '../../shared/settings/settingsStore.ts';
import { useSettingsStore } from '../../shared/settings/settingsStore.ts';

export function ThemeSelect() {
  const t = useT();
  const theme = useSettingsStore((s) => s.theme);
  return (
    <label className="theme-select">
      {/* The options say "theme" themselves: the label is read out, not shown. */}
      <span className="visually-hidden">{t('themeLabel')}</span>
      <select
        value={theme}
        onChange={(e) => useSettingsStore.getState().setTheme(e.target.value as Theme)}
      >
        <option value="system">{t('themeSystem')}</option>
        <option value="light">{t('themeLight')}</option>
        <option value="dark">{t('themeDark')}</option>
      </select>
    </label>
  );
}
