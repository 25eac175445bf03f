/**
 * The only module that imports opencc-js. Each dictionary is loaded on first use with a dynamic
 * import, so neither is in the first-visit bundle: Simplified→Traditional (`opencc-js/cn2t`,
 * ~450 KB gzip, almost all of it the STPhrases dictionary) and Traditional→Simplified
 * (`opencc-js/t2cn`, ~52 KB gzip). Locales are `tw` and `hk` only — see variants.ts for why.
 */
import type { Converters } from './variants.ts';

let traditional: Promise<Converters> | undefined;
let folding: Promise<(s: string) => string> | undefined;

/** Converters into Traditional (Taiwan, Hong Kong). A failed load can be retried. */
export function loadTraditionalConverters(): Promise<Converters> {
  traditional ??= import('opencc-js/cn2t').then((m) => ({
    cnToTw: m.Converter({ from: 'cn', to: 'tw' }),
    cnToHk: m.Converter({ from: 'cn', to: 'hk' }),
    tToTw: m.Converter({ from: 't', to: 'tw' }),
    tToHk: m.Converter({ from: 't', to: 'hk' }),
  }));
  traditional.catch(() => {
    traditional = undefined;
  });
  return traditional;
}

/**
 * The canonical fold used for matching across scripts: `hk→cn(tw→cn(s))`. On this corpus it
 * makes every article's Traditional text equal its Simplified rendering with zero differences
 * (`t→cn` alone did not: Hong Kong forms such as 衞 survive it).
 */
export function loadFolding(): Promise<(s: string) => string> {
  folding ??= import('opencc-js/t2cn').then((m) => {
    const twToCn = m.Converter({ from: 'tw', to: 'cn' });
    const hkToCn = m.Converter({ from: 'hk', to: 'cn' });
    return (s: string) => hkToCn(twToCn(s));
  });
  folding.catch(() => {
    folding = undefined;
  });
  return folding;
}
