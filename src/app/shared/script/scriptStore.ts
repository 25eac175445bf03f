import { create } from 'zustand';
import { loadTraditionalConverters } from '../../../core/script/opencc.ts';
import type { Converters } from '../../../core/script/variants.ts';

export type DictionaryStatus = 'idle' | 'loading' | 'ready' | 'error';

interface ScriptState {
  /** State of the Simplified→Traditional dictionary (loaded on first use, ~450 KB gzip). */
  status: DictionaryStatus;
  /** The loaded converters, once `status` is 'ready'. */
  converters: Converters | null;
  /** Why the last load failed, for the message shown instead of a blank page. */
  error: string | null;
  /** Start loading the dictionary unless it is loaded or loading. */
  ensureTraditional: () => void;
}

export const useScriptStore = create<ScriptState>()((set, get) => ({
  status: 'idle',
  converters: null,
  error: null,
  ensureTraditional: () => {
    if (get().status === 'loading' || get().status === 'ready') return;
    set({ status: 'loading', error: null });
    performance.mark('refrain:dict:start');
    loadTraditionalConverters().then(
      (converters) => {
        set({ status: 'ready', converters });
        performance.measure('refrain:dict:load', 'refrain:dict:start');
      },
      (e: unknown) => set({ status: 'error', error: e instanceof Error ? e.message : String(e) }),
    );
  },
}));
