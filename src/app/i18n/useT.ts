import { useCallback } from 'react';
import hant from 'virtual:refrain/ui-hant';
import type { MessageKey, Messages, UiLang } from './messages.ts';
import { en } from './messages.ts';
import { zhHans } from './zhHans.ts';
import { format } from './template.ts';
import { useRouteStore } from '../stores/routeStore.ts';
import { useSettingsStore } from '../stores/settingsStore.ts';
import { useGlobalScript } from '../script/useScript.ts';

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

/** The interface's BCP 47 tag: Chinese follows the chosen script (Traditional for tw and hk). */
export function useUiLangTag(): 'en' | 'zh-Hans' | 'zh-Hant-TW' | 'zh-Hant-HK' {
  const lang = useUiLang();
  const script = useGlobalScript();
  if (lang === 'en') return 'en';
  return script === 'tw' ? 'zh-Hant-TW' : script === 'hk' ? 'zh-Hant-HK' : 'zh-Hans';
}

const TABLES: Record<ReturnType<typeof useUiLangTag>, Messages> = {
  en,
  'zh-Hans': zhHans,
  'zh-Hant-TW': hant.tw,
  'zh-Hant-HK': hant.hk,
};

/** The current interface messages. */
export function useMessages(): Messages {
  return TABLES[useUiLangTag()];
}

/** `t('key', { vars })` for flat string messages. */
export function useT(): (key: MessageKey, vars?: Record<string, string | number>) => string {
  const messages = useMessages();
  const locale = messages === en ? 'en' : 'zh';
  return useCallback((key, vars) => format(messages[key], vars, locale), [messages, locale]);
}
