/**
 * The indexed gazetteer: every unit (province, prefecture, county, township) with its parents,
 * and every written form that may point at it, in a table keyed by the form's first two UTF-16
 * units. A scan tries, at each position, only the forms that begin with the two characters found
 * there, and takes the longest (leftmost-longest, non-overlapping): about one map lookup per
 * character of text, whatever the number of names (~45,000 units, ~90,000 forms).
 */
import type { GazetteerData } from './data.ts';
import { unpackTownships } from './data.ts';
import type { Level, NameParts } from './forms.ts';
import { EVERYDAY_STEMS, nameParts, writtenForms } from './forms.ts';

export type { Level } from './forms.ts';

export interface Unit {
  id: number;
  level: Level;
  /** Official name in Simplified (霞浦县). */
  zh: string;
  /** English (Xiapu County); townships keep their Chinese name. */
  en: string;
  /** As the package gives it: 2 digits province, 4 prefecture, 6 county, 9 township; '' unknown. */
  code: string;
  /** The enclosing unit (-1 for a province). A county under 市辖区 or 省直辖… has its province. */
  parent: number;
  province: number;
  /** -1 where there is none (counties of a municipality, 省直辖县级行政区划). */
  prefecture: number;
  /** -1 unless a township. */
  county: number;
}

/** How a form names a unit. */
export interface FormTarget {
  unit: number;
  /** The official name or a full variant (甘孜州, 东乌旗, an old 县 for a new 区), not a bare stem. */
  full: boolean;
  /**
   * Counts only when the text also names the unit's prefecture or county (or its full name):
   * bare county stems, one-character stems with a suffix (吉县, 和县), everyday words with a suffix
   * (城区, 新城区), townships whose name exists more than once, township stems.
   */
  needsContext: boolean;
}

export interface Form {
  text: string;
  targets: FormTarget[];
}

export interface Gazetteer {
  source: string;
  units: Unit[];
  /** Forms by their first two UTF-16 units, longest first. */
  forms: Map<string, Form[]>;
}

/** The grouping rows of the package that are not units of their own. */
const GROUP_ROWS = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

/** Phrases that begin like a place and are not one; they shadow the place at that position. */
const BLOCKERS = [
  '北京时间',
  '长白山',
  '绿水青山',
  '金山银山',
  '新华社',
  '新华网',
  '人民日报',
  '人民网',
  '中山大学',
  '中山装',
  '东方网',
  '南方日报',
  '中原地区',
  '江南大学',
  '台湾同胞',
];

/** Township suffixes that are swapped when a township is re-designated. */
const TOWNSHIP_RENAMES = ['镇', '乡', '街道'];

const LEVEL_RANK: Record<Level, number> = { province: 0, prefecture: 1, county: 2, township: 3 };

/** Index `GazetteerData` for scanning. Pure and deterministic; run once per process or worker. */
export function buildGazetteer(data: GazetteerData): Gazetteer {
  const units: Unit[] = [];
  const add = (u: Omit<Unit, 'id'>): Unit => {
    const unit = { ...u, id: units.length };
    units.push(unit);
    return unit;
  };
  for (const [pCode, pZh, pEn, prefectures] of data.provinces) {
    const provinceUnit = add({
      level: 'province',
      zh: pZh,
      en: pEn,
      code: pCode,
      parent: -1,
      province: -1,
      prefecture: -1,
      county: -1,
    });
    const province = provinceUnit.id;
    provinceUnit.province = province;
    for (const [cCode, cZh, cEn, counties] of prefectures) {
      const grouping = GROUP_ROWS.has(cZh);
      const prefectureUnit = grouping
        ? undefined
        : add({
            level: 'prefecture',
            zh: cZh,
            en: cEn,
            code: cCode,
            parent: province,
            province,
            prefecture: -1,
            county: -1,
          });
      const prefecture = prefectureUnit?.id ?? -1;
      if (prefectureUnit) prefectureUnit.prefecture = prefecture;
      for (const [aCode, aZh, aEn, packed] of counties) {
        // A prefecture without counties (东莞市) lists itself once as its only county.
        const self = !grouping && aZh === cZh;
        const countyUnit = self
          ? undefined
          : add({
              level: 'county',
              zh: aZh,
              en: aEn,
              code: aCode,
              parent: prefecture >= 0 ? prefecture : province,
              province,
              prefecture,
              county: -1,
            });
        const county = countyUnit?.id ?? -1;
        if (countyUnit) countyUnit.county = county;
        for (const t of unpackTownships(aCode, packed)) {
          if (!isTownshipName(t.zh)) continue;
          add({
            level: 'township',
            zh: t.zh,
            en: t.zh,
            code: t.code,
            parent: county >= 0 ? county : prefecture,
            province,
            prefecture,
            county,
          });
        }
      }
    }
  }
  return { source: data.source, units, forms: indexForms(units) };
}

/** Townships in scope: 乡, 镇, 街道, 苏木, 民族乡, 地区办事处 — not farms, parks or zones. */
function isTownshipName(zh: string): boolean {
  return (
    /(?:乡|镇|街道|街道办事处|苏木|地区|地区办事处)$/.test(zh) &&
    !/^(?:街道|街道办事处|苏木|地区|地区办事处)$/.test(zh)
  );
}

function indexForms(units: readonly Unit[]): Map<string, Form[]> {
  // Pass 1: every candidate (form → unit) with its kind.
  interface Candidate {
    unit: Unit;
    full: boolean;
    official: boolean;
    renamed?: boolean;
  }
  const byForm = new Map<string, Candidate[]>();
  const put = (form: string, c: Candidate): void => {
    if (form.length < 2) return;
    const list = byForm.get(form);
    if (list) list.push(c);
    else byForm.set(form, [c]);
  };
  // How many county/township units share a stem (a stem shared by three or more is generic).
  const stemUse = new Map<string, number>();
  const partsOf = new Map(units.map((u) => [u.id, nameParts(u.zh, u.level)]));
  const parts = (u: Unit): NameParts => partsOf.get(u.id) ?? nameParts(u.zh, u.level);
  for (const u of units) {
    if (u.level === 'county' || u.level === 'township') {
      const { stem } = parts(u);
      stemUse.set(stem, (stemUse.get(stem) ?? 0) + 1);
    }
  }
  const officialNames = new Set(units.map((u) => u.zh));
  const townshipNamesIn = new Map<number, Set<string>>();
  for (const u of units) {
    if (u.level !== 'township') continue;
    const key = u.county >= 0 ? u.county : u.prefecture;
    const set = townshipNamesIn.get(key) ?? new Set<string>();
    set.add(u.zh);
    townshipNamesIn.set(key, set);
  }
  const countyStemsIn = new Map<number, Map<string, number>>();
  for (const u of units) {
    if (u.level !== 'county') continue;
    const m = countyStemsIn.get(u.parent) ?? new Map<string, number>();
    const { stem } = parts(u);
    m.set(stem, (m.get(stem) ?? 0) + 1);
    countyStemsIn.set(u.parent, m);
  }

  for (const u of units) {
    const { full, stems } = writtenForms(u.zh, u.level);
    full.forEach((f, i) => put(f, { unit: u, full: true, official: i === 0 }));
    const { stem, suffix } = parts(u);
    // 2020–2022 names: a county that became a district (繁昌县 → 繁昌区) or a city, when the stem is
    // unique in its prefecture and the old name is nobody's official name.
    if (u.level === 'county' && (suffix === '区' || suffix === '市') && stem.length >= 2) {
      if (countyStemsIn.get(u.parent)?.get(stem) === 1) {
        for (const old of suffix === '区' ? ['县', '市'] : ['县']) {
          const alias = `${stem}${old}`;
          if (!officialNames.has(alias)) put(alias, { unit: u, full: true, official: false });
        }
      }
    }
    // Townships renamed 2020–2023 (南岩镇 → 南岩街道, 乡 → 镇): the other suffixes, when no other
    // township of the county has that name. Such an alias always needs its county in context.
    if (u.level === 'township' && TOWNSHIP_RENAMES.includes(suffix) && stem.length >= 2) {
      const siblings = townshipNamesIn.get(u.county >= 0 ? u.county : u.prefecture);
      for (const other of TOWNSHIP_RENAMES) {
        const alias = `${stem}${other}`;
        if (other !== suffix && !siblings?.has(alias))
          put(alias, { unit: u, full: true, official: false, renamed: true });
      }
    }
    for (const s of stems) {
      if (EVERYDAY_STEMS.has(s) && u.level !== 'province') continue;
      if (u.level === 'township' && Array.from(s).length < 3) continue;
      if ((u.level === 'county' || u.level === 'township') && (stemUse.get(s) ?? 0) >= 3) continue;
      put(s, { unit: u, full: false, official: false });
    }
  }

  // Pass 2: resolve collisions and decide which targets need context.
  // A full form beats bare stems; among bare stems the highest level wins (吉林 is the province,
  // not 吉林市; 海南 the province, not 海南藏族自治州, which stays 海南州). An official name beats
  // a renamed township's old name (泥沟镇 is 台儿庄区's, not 杞县's former 泥沟镇, now 泥沟乡).
  const keptByForm = new Map<string, Candidate[]>();
  for (const [form, cands] of byForm) {
    let kept = cands;
    if (kept.some((c) => c.full)) kept = kept.filter((c) => c.full);
    else {
      const top = Math.min(...kept.map((c) => LEVEL_RANK[c.unit.level]));
      kept = kept.filter((c) => LEVEL_RANK[c.unit.level] === top);
    }
    if (kept.some((c) => !c.renamed)) kept = kept.filter((c) => !c.renamed);
    keptByForm.set(form, kept);
  }
  const township = new Map<string, number>();
  for (const [form, kept] of keptByForm) {
    if (kept.every((c) => c.unit.level === 'township'))
      township.set(form, new Set(kept.map((c) => c.unit.id)).size);
  }
  const forms = new Map<string, Form[]>();
  for (const [form, kept] of keptByForm) {
    const seen = new Set<number>();
    const targets: FormTarget[] = [];
    for (const c of kept) {
      if (seen.has(c.unit.id)) continue;
      seen.add(c.unit.id);
      targets.push({
        unit: c.unit.id,
        full: c.full,
        needsContext: needsContext(form, c, township),
      });
    }
    addForm(forms, { text: form, targets });
  }
  for (const b of BLOCKERS) addForm(forms, { text: b, targets: [] });
  for (const list of forms.values()) list.sort((a, b) => b.text.length - a.text.length);
  return forms;

  function needsContext(
    form: string,
    c: { unit: Unit; full: boolean; renamed?: boolean },
    townshipCount: Map<string, number>,
  ): boolean {
    const { level } = c.unit;
    if (level === 'province') return false;
    const { stem, suffix } = parts(c.unit);
    const short = Array.from(form).length <= 2;
    const everyday = EVERYDAY_STEMS.has(stem) || Array.from(stem).length < 2;
    if (level === 'prefecture') return EVERYDAY_STEMS.has(form) || (everyday && !c.full);
    if (level === 'county') {
      // 城区, 新城区, 河东区: an everyday word with 区 is a part of any town.
      if ((c.full && short) || (everyday && (suffix === '区' || !suffix))) return true;
      // A bare stem needs its prefecture, except for a county directly under its province
      // (济源, 仙桃, 海淀), which is known by itself.
      return !c.full && c.unit.prefecture >= 0;
    }
    // Townships: a full name of three or more characters found once in the whole country.
    if (c.renamed) return true;
    return !c.full || everyday || short || townshipCount.get(form) !== 1;
  }
}

function addForm(forms: Map<string, Form[]>, f: Form): void {
  const key = f.text.slice(0, 2);
  const list = forms.get(key);
  const existing = list?.find((x) => x.text === f.text);
  if (existing) {
    // A blocker never removes a real name of the same spelling.
    if (f.targets.length) existing.targets.push(...f.targets);
    return;
  }
  if (list) list.push(f);
  else forms.set(key, [f]);
}

/** One place name found in a text. Offsets are UTF-16 indices into the scanned string. */
export interface Match {
  start: number;
  end: number;
  form: Form;
}

/** Every place name in `text`, leftmost-longest and non-overlapping. Blockers are not returned. */
export function scanPlaces(text: string, g: Gazetteer): Match[] {
  const out: Match[] = [];
  for (let i = 0; i < text.length - 1;) {
    const list = g.forms.get(text.slice(i, i + 2));
    const hit = list?.find((f) => text.startsWith(f.text, i));
    if (!hit) {
      i++;
      continue;
    }
    if (hit.targets.length) out.push({ start: i, end: i + hit.text.length, form: hit });
    i += hit.text.length;
  }
  return out;
}

/** The unit with this id (ids come from the gazetteer itself, so a miss is a bug). */
export function unitOf(g: Gazetteer, id: number): Unit {
  const u = g.units[id];
  if (!u) throw new Error(`No unit ${id} in the gazetteer`);
  return u;
}

/** The unit and its ancestors, largest first. */
export function chainOf(g: Gazetteer, id: number): Unit[] {
  const out: Unit[] = [];
  for (let u = g.units[id]; u; u = u.parent >= 0 ? g.units[u.parent] : undefined) out.unshift(u);
  return out;
}

/** Whether `ancestor` is `id` or encloses it. */
export function within(g: Gazetteer, id: number, ancestor: number): boolean {
  for (let u = g.units[id]; u; u = u.parent >= 0 ? g.units[u.parent] : undefined)
    if (u.id === ancestor) return true;
  return false;
}

/**
 * The units of a place written as names largest first, separated by spaces (`山西省 临汾市 吉县`,
 * as `PlaceGuess.text` or a reader's edit; short forms are accepted: `福建 宁德 霞浦`), each
 * inside the one before; null if a name is unknown or does not fit. For English names of an
 * edited place.
 */
export function unitsOfText(g: Gazetteer, text: string): Unit[] | null {
  const names = text.split(/\s+/).filter(Boolean);
  const out: Unit[] = [];
  for (const name of names) {
    const form = g.forms.get(name.slice(0, 2))?.find((f) => f.text === name);
    const parent = out[out.length - 1];
    const fits = (form?.targets ?? [])
      .map((t) => unitOf(g, t.unit))
      .filter((u) => (parent ? u.id !== parent.id && within(g, u.id, parent.id) : true));
    // Without a parent, a name shared by several units is resolved only if they are one.
    const [first] = fits;
    if (!first || (fits.length > 1 && !parent)) return null;
    out.push(first);
  }
  return out.length ? out : null;
}
