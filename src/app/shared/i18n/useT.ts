import { useCallback, useEffect } from 'react';
import type { MessageKey, Messages, UiLang } from './messages.ts';
import { en } from './messages.ts';
import type { UiTag } from './tables.ts';
import { loadTable, pickTable, useTablesStore } from './tables.ts';
import { format } from './template.ts';
import { useRouteStore } from '../routing/routeStore.ts';
import { useSettingsStore } from '../settings/settingsStore.ts';
import { useGlobalScript } from '../script/useScript.ts';
import { parseScriptChoice } from '../../../core/script/variants.ts';

export function parseUiLang(v: string | null | undefined): UiLang | null {
  return v === 'en' || v === 'zh' ? v : null;
}

/** The browser's preference, for readers who have not chosen. */
export function browserUiLang(): UiLang {
  const langs =
    typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  for (const l of langs) {
    if (/^zh\b/i.test(l)) return 'zh';
    if (/^en\b/i.test(l)) return 'en';
  }
  return 'en';
}

/** Interface language: `?ui=` in the link, else the reader's choice, else the browser's. */
export function useUiLang(): UiLang {
  const fromUrl = useRouteStore((s) => parseUiLang(s.location.params.get('ui')));
  const stored = useSettingsStore((s) => s.uiLang);
  return fromUrl ?? stored ?? browserUiLang();
}

const tagOf = (lang: UiLang, script: string): UiTag =>
  lang === 'en'
    ? 'en'
    : script === 'tw'
      ? 'zh-Hant-TW'
      : script === 'hk'
        ? 'zh-Hant-HK'
        : 'zh-Hans';

/** The interface's BCP 47 tag: Chinese follows the chosen script (Traditional for tw and hk). */
export function useUiLangTag(): UiTag {
  return tagOf(useUiLang(), useGlobalScript());
}

/** The tag the app starts in (outside React: main.tsx loads its table before the first render). */
export function initialUiTag(): UiTag {
  const params = useRouteStore.getState().location.params;
  const settings = useSettingsStore.getState();
  const lang = parseUiLang(params.get('ui')) ?? settings.uiLang ?? browserUiLang();
  return tagOf(lang, parseScriptChoice(params.get('script')) ?? settings.script);
}

/** The current interface messages (loading the table on a switch; English until it arrives). */
export function useMessages(): Messages {
  const tag = useUiLangTag();
  const loaded = useTablesStore((s) => s.tables[tag] !== undefined);
  const messages = useTablesStore((s) => pickTable(s.tables, tag));
  useEffect(() => {
    if (!loaded) loadTable(tag).catch(() => undefined);
  }, [tag, loaded]);
  return messages;
}

/** `t('key', { vars })` for flat string messages. */
export function useT(): (key: MessageKey, vars?: Record<string, string | number>) => string {
  const messages = useMessages();
  const locale = messages === en ? 'en' : 'zh';
  return useCallback((key, vars) => format(messages[key], vars, locale), [messages, locale]);
}
