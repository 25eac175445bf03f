/**
 * Hash routes, parsed and formatted in one pure module so every view is a deep link and tests can
 * check the round trip. `#/read/<id>?script=tw` → { name: 'read', id, params }.
 */

import type { ScriptChoice } from '../../../core/script/variants.ts';
import { parseScriptChoice } from '../../../core/script/variants.ts';

export type LibrarySort = 'date' | 'place';
/** Concordance order: by article date, or by the words just left or right of the hit. */
export type SearchSort = 'date' | 'left' | 'right';

export type PhraseKindFilter = 'all' | 'glossary' | 'discovered';

/** Which phrases a comparison highlights. */
export interface CompareMarks {
  glossary: boolean;
  discovered: boolean;
  /** Only phrases that occur in every visible pane. */
  sharedOnly: boolean;
}

export const DEFAULT_MARKS: CompareMarks = { glossary: true, discovered: false, sharedOnly: true };

function parseMarks(v: string | null): CompareMarks {
  if (v === null) return DEFAULT_MARKS;
  const parts = new Set(v.split(','));
  return {
    glossary: parts.has('glossary'),
    discovered: parts.has('discovered'),
    sharedOnly: parts.has('shared'),
  };
}

function formatMarks(m: CompareMarks): string | null {
  if (
    m.glossary === DEFAULT_MARKS.glossary &&
    m.discovered === DEFAULT_MARKS.discovered &&
    m.sharedOnly === DEFAULT_MARKS.sharedOnly
  ) {
    return null;
  }
  const parts = [
    m.glossary ? 'glossary' : '',
    m.discovered ? 'discovered' : '',
    m.sharedOnly ? 'shared' : '',
  ].filter(Boolean);
  return parts.length ? parts.join(',') : 'none';
}

export interface SearchFilters {
  article: string | null;
  /** Province, by its English name. */
  place: string | null;
  year: string | null;
}

export type Route =
  | { name: 'library'; sort: LibrarySort }
  /**
   * `q` highlights every hit of a search in the article; `hit` is the current one (1-based);
   * `present` shows the article in presentation mode, on paragraph `paragraph`.
   */
  | {
      name: 'read';
      id: string;
      paragraph: number | null;
      q?: string | null;
      hit?: number | null;
      present?: boolean;
    }
  | { name: 'search'; q: string; sort: SearchSort; filters: SearchFilters }
  /**
   * `ids` in pane order; `scripts[i]` overrides the global script in pane i (null: follow it);
   * `phrase` selects one phrase; `marks` says which phrases are highlighted; `paragraph` (1-based,
   * the same index in every pane) and `present` as in the reader.
   */
  | {
      name: 'compare';
      ids: string[];
      scripts: (ScriptChoice | null)[];
      phrase?: string | null;
      marks?: CompareMarks;
      paragraph?: number | null;
      present?: boolean;
    }
  | { name: 'phrases'; kind: PhraseKindFilter; category: string | null }
  | { name: 'phrase'; key: string }
  | { name: 'timeline'; phrase: string | null }
  /** Importing the reader's own articles and collections. */
  | { name: 'import' }
  /** The reader's notes across every article, with export and import. */
  | { name: 'notes' }
  | { name: 'not-found'; path: string };

export interface Location {
  route: Route;
  /** Query parameters kept across views (script, ui… in later features). */
  params: URLSearchParams;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** `present=1` → `{ present: true }`; absent, nothing (so routes without it compare equal). */
function presentOf(params: URLSearchParams): { present?: true } {
  return params.get('present') === '1' ? { present: true } : {};
}

/** `p=3` → `{ paragraph: 3 }` for a comparison; absent or invalid, nothing. */
function paragraphOf(params: URLSearchParams): { paragraph?: number } {
  const p = Number(params.get('p'));
  return Number.isInteger(p) && p > 0 ? { paragraph: p } : {};
}

/** Parse `location.hash` (with or without the leading `#`). Never throws. */
export function parseHash(hash: string): Location {
  const raw = hash.replace(/^#/, '');
  const q = raw.indexOf('?');
  const path = (q >= 0 ? raw.slice(0, q) : raw) || '/';
  const params = new URLSearchParams(q >= 0 ? raw.slice(q + 1) : '');
  const parts = path.split('/').filter(Boolean).map(safeDecode);
  if (parts.length === 0) {
    return {
      route: { name: 'library', sort: params.get('sort') === 'place' ? 'place' : 'date' },
      params,
    };
  }
  if (parts[0] === 'read' && parts.length === 2 && parts[1]) {
    const p = Number(params.get('p'));
    const hit = Number(params.get('hit'));
    return {
      route: {
        name: 'read',
        id: parts[1],
        paragraph: Number.isInteger(p) && p > 0 ? p : null,
        q: params.get('q') || null,
        hit: Number.isInteger(hit) && hit > 0 ? hit : null,
        ...presentOf(params),
      },
      params,
    };
  }
  if (parts[0] === 'search' && parts.length === 1) {
    const sort = params.get('sort');
    return {
      route: {
        name: 'search',
        q: params.get('q') ?? '',
        sort: sort === 'left' || sort === 'right' ? sort : 'date',
        filters: {
          article: params.get('article') || null,
          place: params.get('place') || null,
          year: params.get('year') || null,
        },
      },
      params,
    };
  }
  if (parts[0] === 'compare' && parts.length === 1) {
    const ids = [
      ...new Set(
        (params.get('ids') ?? '')
          .split(',')
          .map((x) => x.trim())
          .filter(Boolean),
      ),
    ];
    const given = (params.get('scripts') ?? '').split(',');
    return {
      route: {
        name: 'compare',
        ids,
        scripts: ids.map((_, i) => parseScriptChoice(given[i])),
        phrase: params.get('phrase') || null,
        marks: parseMarks(params.get('marks')),
        ...paragraphOf(params),
        ...presentOf(params),
      },
      params,
    };
  }
  if (parts[0] === 'phrases' && parts.length === 1) {
    const kind = params.get('kind');
    return {
      route: {
        name: 'phrases',
        kind: kind === 'glossary' || kind === 'discovered' ? kind : 'all',
        category: params.get('category') || null,
      },
      params,
    };
  }
  if (parts[0] === 'phrases' && parts.length === 2 && parts[1]) {
    return { route: { name: 'phrase', key: parts[1] }, params };
  }
  if (parts[0] === 'notes' && parts.length === 1) {
    return { route: { name: 'notes' }, params };
  }
  if (parts[0] === 'import' && parts.length === 1) {
    return { route: { name: 'import' }, params };
  }
  if (parts[0] === 'timeline' && parts.length === 1) {
    return { route: { name: 'timeline', phrase: params.get('phrase') || null }, params };
  }
  return { route: { name: 'not-found', path: safeDecode(path) }, params };
}

/** Format a route back into a hash, keeping the shared parameters. */
export function formatHash(route: Route, shared?: URLSearchParams): string {
  const params = new URLSearchParams(shared);
  // Parameters owned by a view are dropped; shared ones (script, ui) travel from view to view.
  const owned = [
    'sort',
    'p',
    'ids',
    'scripts',
    'q',
    'hit',
    'article',
    'place',
    'year',
    'phrase',
    'marks',
    'kind',
    'category',
    'present',
  ];
  for (const own of owned) params.delete(own);
  let path: string;
  switch (route.name) {
    case 'library':
      path = '/';
      if (route.sort !== 'date') params.set('sort', route.sort);
      break;
    case 'read':
      path = `/read/${encodeURIComponent(route.id)}`;
      if (route.paragraph) params.set('p', String(route.paragraph));
      if (route.q) params.set('q', route.q);
      if (route.q && route.hit) params.set('hit', String(route.hit));
      if (route.present) params.set('present', '1');
      break;
    case 'search':
      path = '/search';
      params.set('q', route.q);
      if (route.sort !== 'date') params.set('sort', route.sort);
      for (const [k, v] of Object.entries(route.filters)) if (v) params.set(k, v);
      break;
    case 'compare': {
      path = '/compare';
      params.set('ids', route.ids.join(','));
      if (route.scripts.some((x) => x !== null))
        params.set('scripts', route.scripts.map((x) => x ?? '').join(','));
      if (route.phrase) params.set('phrase', route.phrase);
      const marks = route.marks ? formatMarks(route.marks) : null;
      if (marks) params.set('marks', marks);
      if (route.paragraph) params.set('p', String(route.paragraph));
      if (route.present) params.set('present', '1');
      break;
    }
    case 'phrases':
      path = '/phrases';
      if (route.kind !== 'all') params.set('kind', route.kind);
      if (route.category) params.set('category', route.category);
      break;
    case 'phrase':
      path = `/phrases/${encodeURIComponent(route.key)}`;
      break;
    case 'notes':
      path = '/notes';
      break;
    case 'import':
      path = '/import';
      break;
    case 'timeline':
      path = '/timeline';
      if (route.phrase) params.set('phrase', route.phrase);
      break;
    case 'not-found':
      path = route.path.startsWith('/') ? route.path : `/${route.path}`;
      break;
  }
  // Commas in id lists stay readable in shared links.
  const query = params.toString().replace(/%2C/g, ',');
  return `#${path}${query ? `?${query}` : ''}`;
}
