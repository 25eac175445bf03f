/**
 * The metadata of the reader's own articles as they edit it, and the names the library already
 * knows (the bundled corpus's outlets and places). The guessing itself is in core/metadata.
 */
import type { BilingualName } from '../corpus/metadata.ts';
import type { CorpusArticle } from '../corpus/model.ts';
import type { KnownPlace } from './places.ts';
import { GAZETTEER } from './places.ts';

/** The metadata of one of the reader's own articles, as they edit it (all plain text). */
export interface OwnMeta {
  title: string;
  /** `YYYY-MM-DD`, `YYYY-MM` or '' (unknown). */
  date: string;
  outlet: string;
  /** Places, largest first, separated by spaces: `山西省 临汾市 吉县`. */
  place: string;
}

/** Outlets and places the guesser knows. */
export interface KnownNames {
  outlets: readonly BilingualName[];
  places: readonly KnownPlace[];
}

/** What the bundled corpus contributes: its outlets and its places with their parents. */
export function knownNamesOf(articles: readonly CorpusArticle[]): KnownNames {
  const outlets = new Map<string, BilingualName>();
  const places = new Map<string, KnownPlace>();
  for (const { meta } of articles) {
    if (meta.outlet.zh !== '不详') outlets.set(meta.outlet.zh, meta.outlet);
    const { province, prefecture, county } = meta.place;
    const chain = [province, prefecture, county];
    for (let n = 1; n <= chain.length; n++) {
      const parts = chain.slice(0, n).filter((p): p is BilingualName => p !== null);
      if (parts.length === n) places.set(parts.map((p) => p.zh).join(' '), { parts });
    }
  }
  return { outlets: [...outlets.values()], places: [...places.values()] };
}

/** English names for the parts of a place string, from the known lists (else the Chinese). */
export function placeNames(place: string, known: KnownNames): BilingualName[] {
  const all = [...known.places, ...GAZETTEER].flatMap((p) => p.parts);
  const byZh = new Map(all.map((p) => [p.zh, p]));
  return place
    .split(/\s+/)
    .filter(Boolean)
    .map((zh) => byZh.get(zh) ?? { zh, en: zh });
}
