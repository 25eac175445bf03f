import { useEffect, useState } from 'react';
import type { ResolvedResult } from '../../../core/search/resolve.ts';
import { searchClient } from '../../platform/searchClient.ts';

export type SearchState =
  | { status: 'idle' }
  | { status: 'searching'; previous: ResolvedResult | null }
  | { status: 'done'; result: ResolvedResult }
  | { status: 'error'; error: string };

/**
 * Run `query` through the search worker whenever it changes. Results of an overtaken query are
 * dropped (the client returns null for them), and the previous result stays visible while the
 * next one is computed, so the list does not flash empty between keystrokes.
 */
export function useSearch(
  query: string | null,
  options: { approx?: boolean; channel?: string } = {},
): SearchState {
  const [state, setState] = useState<SearchState>({ status: 'idle' });
  const approx = options.approx ?? true;
  const channel = options.channel ?? 'results';
  useEffect(() => {
    if (query === null) {
      setState({ status: 'idle' });
      return;
    }
    let live = true;
    setState((s) => ({
      status: 'searching',
      previous: s.status === 'done' ? s.result : s.status === 'searching' ? s.previous : null,
    }));
    searchClient.search(query, { approx, channel }).then(
      (result) => {
        if (live && result) setState({ status: 'done', result });
      },
      (e: unknown) => {
        if (live) setState({ status: 'error', error: e instanceof Error ? e.message : String(e) });
      },
    );
    return () => {
      live = false;
    };
  }, [query, approx, channel]);
  return state;
}
