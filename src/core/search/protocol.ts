/**
 * The typed messages between the app and the search worker. Plain, structured-clonable data only.
 */
import type { SearchDoc } from './searchIndex.ts';
import type { ResolvedResult } from './resolve.ts';
import type { Gloss } from './search.ts';

export type SearchRequest =
  | { type: 'init'; docs: SearchDoc[]; glosses: Gloss[] }
  | { type: 'search'; id: number; query: string; approx: boolean }
  /** The article list changed (the reader's own articles): rebuild the index over `docs`. */
  | { type: 'docs'; docs: SearchDoc[] };

export type SearchResponse =
  | { type: 'ready'; units: number; ms: number }
  | { type: 'result'; id: number; result: ResolvedResult; ms: number }
  | { type: 'error'; id: number | null; error: string };
