import { useUiLangTag } from './useT.ts';

/** The locale for dates and numbers, following the interface language. */
export function useLocale(): string {
  const tag = useUiLangTag();
  return tag === 'en' ? 'en-GB' : tag;
}
