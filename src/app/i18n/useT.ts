import { useCallback } from 'react';
import type { MessageKey, Messages } from './messages.ts';
import { en } from './messages.ts';

/** Fill `{name}` placeholders. Values are plain text: React escapes them when rendered. */
export function format(template: string, vars?: Record<string, string | number>): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

/** The current language's messages (one language until the bilingual interface lands). */
export function useMessages(): Messages {
  return en;
}

/** `t('key', { vars })` for flat string messages. */
export function useT(): (key: MessageKey, vars?: Record<string, string | number>) => string {
  const messages = useMessages();
  return useCallback((key, vars) => format(messages[key], vars), [messages]);
}
