import { useEffect } from 'react';
import { traditionalConverter } from '../../../core/script/variants.ts';
import { useGlobalScript } from './useScript.ts';
import { useScriptStore } from './scriptStore.ts';

/**
 * Phrases are stored in folded Simplified; show them in the global script (Traditional when tw/hk
 * is chosen and the dictionary is ready; Simplified otherwise, including for "original").
 */
export function usePhraseText(): { show: (s: string) => string; lang: string } {
  const script = useGlobalScript();
  const converters = useScriptStore((s) => s.converters);
  const traditional = script === 'tw' || script === 'hk';
  useEffect(() => {
    if (traditional) useScriptStore.getState().ensureTraditional();
  }, [traditional]);
  if (traditional && converters) {
    const convert = traditionalConverter('simplified', script, converters);
    return { show: convert, lang: script === 'tw' ? 'zh-Hant-TW' : 'zh-Hant-HK' };
  }
  return { show: (s) => s, lang: 'zh-Hans' };
}
