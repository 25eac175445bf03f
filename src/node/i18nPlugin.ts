/**
 * Derives the Traditional-character interface tables (Taiwan and Hong Kong forms) from the
 * Simplified one at build time with the same OpenCC locales the reader uses, and serves them as
 * `virtual:refrain/ui-hant`. Editing zhHans.ts rebuilds them.
 */
import type { Plugin } from 'vite';
import { loadTraditionalConverters } from '../core/script/opencc.ts';
import type { Messages } from '../app/shared/i18n/messages.ts';
import { zhHans } from '../app/shared/i18n/zhHans.ts';

const ID = 'virtual:refrain/ui-hant';

/** Convert every string leaf of a message table. */
export function convertMessages(m: Messages, convert: (s: string) => string): Messages {
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return convert(v);
    if (v && typeof v === 'object')
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(m) as Messages;
}

export function refrainUiHant(): Plugin {
  return {
    name: 'refrain-ui-hant',
    resolveId: (id) => (id === ID ? `\0${ID}` : null),
    async load(id) {
      if (id !== `\0${ID}`) return null;
      this.addWatchFile(new URL('../app/shared/i18n/zhHans.ts', import.meta.url).pathname);
      const c = await loadTraditionalConverters();
      const tables = {
        tw: convertMessages(zhHans, c.cnToTw),
        hk: convertMessages(zhHans, c.cnToHk),
      };
      return `export default ${JSON.stringify(tables)};`;
    },
  };
}
