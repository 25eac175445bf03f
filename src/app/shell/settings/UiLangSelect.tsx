import { useId } from 'react';
import { useT, useUiLang } from '../../shared/i18n/useT.ts';
import { useRouteStore } from '../../shared/routing/routeStore.ts';
import { useSettingsStore } from '../../shared/settings/settingsStore.ts';

/** English / 中文. Persisted, and written into the link when a link had chosen another. */
export function UiLangSelect() {
  const t = useT();
  const id = useId();
  const lang = useUiLang();
  return (
    <span className="ui-lang">
      <label htmlFor={id} className="visually-hidden">
        {t('uiLangLabel')}
      </label>
      <select
        id={id}
        value={lang}
        onChange={(e) => {
          const next = e.target.value === 'zh' ? 'zh' : 'en';
          useSettingsStore.getState().setUiLang(next);
          if (useRouteStore.getState().location.params.has('ui'))
            useRouteStore.getState().setParams({ ui: next });
        }}
      >
        <option value="en" lang="en">
          English
        </option>
        <option value="zh" lang="zh">
          中文
        </option>
      </select>
    </span>
  );
}
