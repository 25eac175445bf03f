/**
 * Metadata guessed from an imported article's text — title, date, outlet, place — for the reader
 * to confirm or correct. Guesses are matched on the folded (Simplified) text, so a Traditional
 * article finds 臨汾 as 临汾.
 */
import type { BilingualName } from '../corpus/metadata.ts';
import type { CorpusArticle } from '../corpus/model.ts';
import type { KnownPlace } from './places.ts';
import { GAZETTEER, shortForms } from './places.ts';

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

const OUTLETS: readonly string[] = [
  '人民日报',
  '人民网',
  '新华社',
  '新华网',
  '中国新闻网',
  '中新网',
  '央视新闻',
  '央视网',
  '光明日报',
  '经济日报',
  '中国日报',
  '中国青年报',
  '澎湃新闻',
  '环球时报',
  '新京报',
  '南方都市报',
  '南方日报',
  '解放日报',
  '文汇报',
  '大公报',
  '明报',
  '星岛日报',
  '联合报',
  '自由时报',
  '中央社',
  '联合早报',
  '湖南日报',
  '甘肃日报',
  '山西日报',
  '青海日报',
  '安徽日报',
];

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

const FULLWIDTH_DIGIT = /[０-９]/g;

/** The first plausible date in the text: 2020年3月5日, 2020-03-05, 2020/3/5, 2020.3.5, 2020年3月. */
export function guessDate(text: string): string {
  const t = text.replace(FULLWIDTH_DIGIT, (d) => String(d.charCodeAt(0) - 0xff10));
  const re =
    /(?<![\d])((?:19|20)\d{2})\s*(?:年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号])?|[-/.](\d{1,2})[-/.](\d{1,2})(?!\d))/g;
  for (const m of t.matchAll(re)) {
    const year = Number(m[1]);
    const month = Number(m[2] ?? m[4]);
    const dayText = m[3] ?? m[5];
    const day = dayText === undefined ? null : Number(dayText);
    if (month < 1 || month > 12 || (day !== null && (day < 1 || day > 31)) || year > 2100) continue;
    const mm = String(month).padStart(2, '0');
    return day === null ? `${year}-${mm}` : `${year}-${mm}-${String(day).padStart(2, '0')}`;
  }
  return '';
}

/** The outlet: a 来源 credit, else the first known outlet named near the top or bottom. */
export function guessOutlet(folded: string, known: KnownNames): string {
  const source = /(?:来源|来自|稿源)\s*[:：]\s*([^\s，。,|/]{2,20})/.exec(folded);
  if (source?.[1]) return source[1].replace(/[)）]$/, '');
  const names = [...new Set([...known.outlets.map((o) => o.zh), ...OUTLETS])].sort(
    (a, b) => b.length - a.length,
  );
  const head = folded.slice(0, 600);
  const tail = folded.slice(-600);
  for (const region of [head, tail]) {
    let best: { name: string; at: number } | null = null;
    for (const name of names) {
      const at = region.indexOf(name);
      if (at >= 0 && (!best || at < best.at)) best = { name, at };
    }
    if (best) return best.name;
  }
  return '';
}

/** The place: the most specific known place mentioned first in the opening of the text. */
export function guessPlace(folded: string, known: KnownNames): string {
  const head = folded.slice(0, 1500);
  let best: { place: KnownPlace; at: number } | null = null;
  for (const place of [...known.places, ...GAZETTEER]) {
    const last = place.parts[place.parts.length - 1];
    if (!last) continue;
    for (const form of shortForms(last.zh)) {
      if (form.length < 2) continue;
      const at = head.indexOf(form);
      if (at < 0) continue;
      const better =
        !best || at < best.at || (at === best.at && place.parts.length > best.place.parts.length);
      if (better) best = { place, at };
    }
  }
  return best ? best.place.parts.map((p) => p.zh).join(' ') : '';
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

/** The title: the cleaned headline, else the first short line, else the file name. */
export function guessTitle(headline: string | null, text: string, filename: string): string {
  if (headline?.trim()) return headline.trim();
  for (const line of text.split('\n')) {
    const l = line.trim();
    if (l && /\p{Script=Han}/u.test(l) && Array.from(l).length <= 40 && !/[。！？]$/.test(l))
      return l;
  }
  return filename.replace(/\.[^.]+$/, '');
}

/** All four guesses. `folded` is the text in canonical Simplified (the text itself if unknown). */
export function guessMetadata(input: {
  headline: string | null;
  text: string;
  folded: string;
  filename: string;
  known: KnownNames;
}): OwnMeta {
  return {
    title: guessTitle(input.headline, input.text, input.filename),
    date: guessDate(input.text),
    outlet: guessOutlet(input.folded, input.known),
    place: guessPlace(input.folded, input.known),
  };
}
