/**
 * The search engine behind the worker and its main-thread fallback: owns the index and the lazily
 * loaded tools (folding dictionary, pinyin readings). Both sides call exactly this code.
 */
import { loadFolding } from '../script/opencc.ts';
import { loadPinyin } from './pinyin.ts';
import type { SyllablesOf } from './pinyin.ts';
import { parseQuery } from './query.ts';
import type { ResolvedResult } from './resolve.ts';
import { resolveResult } from './resolve.ts';
import type { Gloss } from './search.ts';
import { runSearch } from './search.ts';
import type { SearchDoc, SearchIndex } from './searchIndex.ts';
import { buildSearchIndex } from './searchIndex.ts';

export class SearchEngine {
  private index: SearchIndex;
  private fold: ((s: string) => string) | null = null;
  private syllablesOf: SyllablesOf | null = null;

  private glosses: readonly Gloss[];

  constructor(docs: SearchDoc[], glosses: readonly Gloss[] = []) {
    this.index = buildSearchIndex(docs);
    this.glosses = glosses;
  }

  get unitCount(): number {
    return this.index.units.length;
  }

  /** Search; loads the folding dictionary on the first query and pinyin on the first Latin one. */
  async search(query: string, approx = true): Promise<ResolvedResult> {
    const parsed = parseQuery(query);
    const needsFold = parsed.terms.some((t) => /\p{Script=Han}/u.test(t));
    if (needsFold && !this.fold) this.fold = await loadFolding();
    if (parsed.pinyin && !this.syllablesOf) this.syllablesOf = await loadPinyin();
    const result = runSearch(
      this.index,
      query,
      {
        fold: this.fold ?? ((s) => s),
        glosses: this.glosses,
        ...(this.syllablesOf ? { syllablesOf: this.syllablesOf } : {}),
      },
      { approx },
    );
    return resolveResult(this.index, result);
  }
}
