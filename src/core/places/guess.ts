/**
 * Where an article is ABOUT, from its title, dateline, outlet, credits, file name and folded body.
 *
 * 1. Every place name is found by one scan per field (`scanPlaces`). Adjacent names form a chain
 *    (福建省宁德市霞浦县); chains joined by 、 和 及 与 form a list.
 * 2. Origins and destinations do not count: a chain or list after 从 / 来自 / 赴 / 前往 / 驰援 /
 *    支援 / 途经 …, before 籍 / 返 / 来 / 入境 / 旅居 / 接壤 / 等地 …, or after 中高风险 / 涉疫 /
 *    旅居史 / 入境 … in the same sentence; a list spanning several provinces barely counts.
 * 3. A name several units share (鼓楼区, 城关镇) is resolved by the chain it sits in, then by the
 *    units the rest of the text names unambiguously; names that need context (bare county stems,
 *    吉县, 城区, townships that exist more than once) count only when their prefecture or county is
 *    named. What stays ambiguous counts for the units all candidates share, if any.
 * 4. Each mention weighs by where it is (title 6, dateline 5, outlet 4, opening 3, credits, site
 *    lines and file name 2, body 1) and counts for its unit and every unit above it; a consistent
 *    chain counts once, for its finest unit, with the weight of all its names. The province must
 *    win clearly (1.5× the next). From there the guess goes down one level at a time while one
 *    child holds at least half of its parent's weight (a quarter if it is the only part named and
 *    is named in the title or opening, unless the title says 全县 …) and more than three times any
 *    sibling's. Below the province only the article's own text counts (title, opening, body): the
 *    dateline, outlet, credits and site name the publisher, which is often the larger unit. A
 *    township is never the answer through a bare stem.
 */
import type { Gazetteer, Level, Match, Unit } from './gazetteer.ts';
import { chainOf, scanPlaces, unitOf, within } from './gazetteer.ts';

export interface PlaceInput {
  title: string | null;
  /** The folded (Simplified) body paragraphs. */
  paragraphs: readonly string[];
  dateline?: string | null;
  credits?: readonly string[];
  outlet?: string | null;
  filename?: string;
  /**
   * Page furniture that names the publisher: the lines the cleaner set aside as masthead,
   * site-header, breadcrumb, footer or copyright (温州 / 永嘉网 -> 永嘉新闻 / 主办单位：中共天长市委).
   */
  site?: readonly string[];
}

export interface PlacePart {
  zh: string;
  en: string;
  /** '' where the package has none (below province in Taiwan, Hong Kong, Macao). */
  code: string;
  level: Level;
}

export interface PlaceGuess {
  /** Official names, largest first, space-separated: `福建省 宁德市 霞浦县`. */
  text: string;
  /** The finest unit's code: 2 digits province, 4 prefecture, 6 county, 9 township. */
  code: string;
  level: Level;
  parts: PlacePart[];
  /** Which mentions decided, in short: `title 霞浦县; 6 mentions`. */
  evidence: string;
}

type Field = 'title' | 'dateline' | 'outlet' | 'opening' | 'credit' | 'filename' | 'site' | 'body';

const WEIGHT: Record<Field, number> = {
  title: 6,
  dateline: 5,
  outlet: 4,
  opening: 3,
  credit: 2,
  filename: 2,
  site: 2,
  body: 1,
};

/** Body characters that count as the opening. */
const OPENING_CHARS = 160;

export interface Mention {
  field: Field;
  text: string;
  start: number;
  end: number;
  form: string;
  /** Candidate units, narrowed as the text is read. */
  targets: { unit: number; needsContext: boolean; full: boolean }[];
  /** 1, or less for a mention in a risk list or a list across provinces; 0 for an origin. */
  factor: number;
  /** Its chain names its parent right before it (宁德市霞浦县): context enough. */
  chained: boolean;
  /** Names adjacent in the text share a chain id (one per mention otherwise). */
  chain: number;
  /** Resolved unit, or -1. */
  unit: number;
  /** Resolved through a full name (霞浦县), not a bare stem (霞浦). */
  full: boolean;
}

/** Words right before a chain or list that make it an origin or a destination. */
const BEFORE =
  /(?:从|(?<![亲各独擅私暗])自|来自|源自|赴|前往|去往|开往|飞往|发往|驶往|驰援|支援|援助|援建|对口支援|途经|经停|经由|离开|逃离|毗邻|邻近|[东西南北]邻|相邻地区|相邻的|通往|通向|出差在?|滞留在?)$/;
/** Words right after one that do the same (湖北籍, 武汉返乡, 湖北来霞, 与江西接壤). */
const AFTER =
  /^(?:籍|返|来(?!说|看|讲|的)|回(?:乡|来|流|国|家)|归(?:来|国|乡)|入境|方向|旅居|旅行|居住史|接壤|交界|毗邻|务工|经商|出发|抵|等(?:地|省|市|城市|中|高|国|疫|涉疫|风险|[0-9０-９一二三四五六七八九十]+个))/;
/** After 在 X: someone who is elsewhere (在上海工作, 在武汉务工人员). */
const ELSEWHERE = /^(?:工作|务工|打工|经商|上学|读书|求学|出差|学习|生活|居住|滞留|旅游|人员)/;
/** After one of these in a sentence, places are where risks come from. */
const RISK =
  /中高风险|高风险|中风险|低风险|风险地区|风险区|涉疫|疫情发生地|疫区|旅居史|旅行史|居住史|接触史|途经|入境|来自|外省|省外|境外/g;
/** What joins the chains of a list. */
const LIST_GAP = /^(?:、|和|及|与|以及|或|\s)$/;
/** A name used for a street, a school, a company, not the place. */
const NOT_THE_PLACE =
  /^(?:码|路|街|大街|大道|巷|胡同|公园|广场|大学|学院|大厦|酒店|饭店|宾馆|银行|集团|公司|小区|社区|花园|家园|豪庭|华庭|雅苑|名苑|新苑|苑|公寓|山庄|新村|国际|商城|商场|超市)/;

/** Where the article is about, or null when the text does not say clearly. */
export function guessPlace(input: PlaceInput, g: Gazetteer): PlaceGuess | null {
  return decide(placeMentions(input, g), input, g);
}

/** Every place mention the guess weighs, resolved (`unit` -1 when it does not count): for tests and diagnostics. */
export function placeMentions(input: PlaceInput, g: Gazetteer): Mention[] {
  const mentions = collect(input, g);
  resolve(mentions, g);
  return mentions;
}

function collect(input: PlaceInput, g: Gazetteer): Mention[] {
  const out: Mention[] = [];
  let chainId = 0;
  const read = (text: string | null | undefined, field: Field | ((at: number) => Field)): void => {
    if (!text) return;
    const matches = scanPlaces(text, g).filter(
      (m) => !(m.form.targets.every((t) => !t.full) && NOT_THE_PLACE.test(text.slice(m.end))),
    );
    const risky = riskSpans(text);
    for (const group of groups(matches, text)) {
      const flat = group.flat();
      const start = flat[0]?.start ?? 0;
      const end = flat[flat.length - 1]?.end ?? 0;
      const before = text.slice(Math.max(0, start - 4), start);
      const after = text.slice(end, end + 6);
      const origin =
        BEFORE.test(before) ||
        AFTER.test(after) ||
        (/在$/.test(before) && ELSEWHERE.test(after)) ||
        (/[与和同]$/.test(before) && /^(?:相邻|相连|相通|接界)/.test(after));
      group.forEach((chain) => {
        chainId++;
        chain.forEach((m, i) => {
          const inRisk = risky.some(([a, b]) => m.start >= a && m.start < b);
          out.push({
            field: typeof field === 'function' ? field(m.start) : field,
            text,
            start: m.start,
            end: m.end,
            form: m.form.text,
            targets: m.form.targets.map((t) => ({
              unit: t.unit,
              needsContext: t.needsContext,
              full: t.full,
            })),
            factor: origin ? 0 : inRisk ? 0.15 : 1,
            chained: i > 0,
            chain: chainId,
            unit: -1,
            full: false,
          });
        });
      });
      if (group.length > 1) listOf(out.slice(out.length - group.flat().length), g);
      chainsNarrow(out, group, g);
    }
  };
  read(input.title, 'title');
  read(input.dateline, 'dateline');
  read(input.outlet, 'outlet');
  for (const c of input.credits ?? []) read(c, 'credit');
  for (const c of input.site ?? []) read(c, 'site');
  read(input.filename?.replace(/\.[^.]+$/, ''), 'filename');
  const body = input.paragraphs.join('\n');
  read(body, (at) => (at < OPENING_CHARS ? 'opening' : 'body'));
  return out;
}

/** Matches grouped into lists of chains. */
function groups(matches: readonly Match[], text: string): Match[][][] {
  const out: Match[][][] = [];
  let list: Match[][] = [];
  let chain: Match[] = [];
  for (const m of matches) {
    const prev = chain[chain.length - 1];
    if (prev && prev.end === m.start) chain.push(m);
    else {
      if (prev && LIST_GAP.test(text.slice(prev.end, m.start)) && chain.length) list.push(chain);
      else {
        if (chain.length) list.push(chain);
        if (list.length) out.push(list);
        list = [];
      }
      chain = [m];
    }
  }
  if (chain.length) list.push(chain);
  if (list.length) out.push(list);
  return out;
}

/** Spans of text after a risk word, to the end of its sentence. */
function riskSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of text.matchAll(RISK)) {
    const from = m.index + m[0].length;
    const rest = text.slice(from).search(/[。！？；\n]/);
    spans.push([from, rest < 0 ? text.length : from + rest]);
  }
  return spans;
}

/** A list naming several provinces is a list of elsewheres (中高风险地区, 多省份). */
function listOf(items: Mention[], g: Gazetteer): void {
  const provinces = new Set<number>();
  for (const m of items) {
    const ps = new Set(m.targets.map((t) => unitOf(g, t.unit).province));
    if (ps.size === 1) for (const p of ps) provinces.add(p);
  }
  if (provinces.size >= 3) for (const m of items) m.factor = 0;
  else if (provinces.size === 2) for (const m of items) m.factor = Math.min(m.factor, 0.2);
}

/** In a chain, each name is narrowed to the candidates inside the name before it. */
function chainsNarrow(all: Mention[], group: Match[][], g: Gazetteer): void {
  let k = all.length - group.flat().length;
  for (const chain of group) {
    const ms = all.slice(k, k + chain.length);
    k += chain.length;
    for (let i = 1; i < ms.length; i++) {
      const parent = ms[i - 1];
      const child = ms[i];
      if (!parent || !child) continue;
      const inside = child.targets.filter((t) =>
        parent.targets.some((p) => p.unit !== t.unit && within(g, t.unit, p.unit)),
      );
      if (!inside.length) {
        child.chained = false;
        continue;
      }
      child.targets = inside;
      parent.targets = parent.targets.filter((p) => inside.some((t) => within(g, t.unit, p.unit)));
    }
  }
}

/** Resolve each mention to one unit (or the unit all its candidates share), using the others. */
function resolve(mentions: Mention[], g: Gazetteer): void {
  // For names that need context: the forms naming each unit, and each unit enclosing a candidate.
  const naming = new Map<number, Set<string>>();
  const enclosing = new Map<number, Set<string>>();
  const note = (map: Map<number, Set<string>>, id: number, form: string): void => {
    const set = map.get(id) ?? new Set<string>();
    set.add(form);
    map.set(id, set);
  };
  for (const m of mentions) {
    if (m.factor < 0.5) continue;
    for (const t of m.targets) {
      note(naming, t.unit, m.form);
      for (const a of chainOf(g, t.unit).slice(0, -1)) note(enclosing, a.id, m.form);
    }
  }
  const other = (set: Set<string> | undefined, form: string): boolean =>
    !!set && [...set].some((f) => f !== form);
  // A township and its county, or a county and its prefecture, named by two different names
  // (渌口 … 古岳峰镇): each is the other's context.
  const mutual = (u: Unit, form: string): boolean =>
    other(enclosing.get(u.id), form) ||
    (u.level === 'township' && other(naming.get(u.county), form)) ||
    ((u.level === 'township' || u.level === 'county') && other(naming.get(u.prefecture), form));

  for (let pass = 0; pass < 2; pass++) {
    // Units the text names without doubt, with their ancestors.
    const evidenced = new Set<number>();
    for (const m of mentions) {
      if (m.factor < 0.5) continue;
      const only = m.targets.length === 1 ? m.targets[0] : undefined;
      const sure =
        m.unit >= 0 ? m.unit : only && (!only.needsContext || m.chained) ? only.unit : -1;
      if (sure >= 0) for (const a of chainOf(g, sure)) evidenced.add(a.id);
    }
    for (const m of mentions) {
      if (m.unit >= 0 && pass > 0) continue;
      const ok = m.targets.filter((t) => {
        if (!t.needsContext || m.chained) return true;
        const u = unitOf(g, t.unit);
        return hasContext(u, evidenced) || mutual(u, m.form);
      });
      const [single] = ok;
      if (!single) {
        m.unit = -1;
        continue;
      }
      if (ok.length === 1) {
        m.unit = single.unit;
        m.full = single.full;
        continue;
      }
      // Several candidates: those under a named unit; else what they all share.
      const depth = (t: { unit: number }): number =>
        chainOf(g, t.unit)
          .slice(0, -1)
          .filter((a) => evidenced.has(a.id)).length;
      const best = Math.max(...ok.map(depth));
      const kept = best > 0 ? ok.filter((t) => depth(t) === best) : ok;
      m.unit = common(
        kept.map((t) => t.unit),
        g,
      );
      m.full = kept.every((t) => t.full);
    }
  }
}

/** Whether the text names the unit's county or prefecture (a county's province if it has none). */
function hasContext(u: Unit, evidenced: ReadonlySet<number>): boolean {
  if (u.level === 'township')
    return (
      (u.county >= 0 && evidenced.has(u.county)) ||
      (u.prefecture >= 0 && evidenced.has(u.prefecture))
    );
  if (u.level === 'county')
    return u.prefecture >= 0 ? evidenced.has(u.prefecture) : evidenced.has(u.province);
  return evidenced.has(u.province);
}

/** The smallest unit enclosing all of `ids`, or -1. */
function common(ids: readonly number[], g: Gazetteer): number {
  const chains = ids.map((id) => chainOf(g, id));
  let shared = -1;
  for (let level = 0; ; level++) {
    const at = chains.map((c) => c[level]?.id);
    if (at[0] === undefined || at.some((x) => x !== at[0])) return shared;
    shared = at[0];
  }
}

const MIN_WEIGHT = 2;

/** Fields that say who published the article rather than what it is about. */
const PUBLISHER: ReadonlySet<Field> = new Set<Field>([
  'dateline',
  'outlet',
  'site',
  'credit',
  'filename',
]);

function decide(mentions: readonly Mention[], input: PlaceInput, g: Gazetteer): PlaceGuess | null {
  const counted = mentions.filter((m) => m.unit >= 0 && m.factor > 0);
  // A consistent chain (长沙市雨花区跳马镇) is one mention of its finest unit, weighing them all.
  const credit = new Map<Mention, number>();
  const byChain = new Map<number, Mention[]>();
  for (const m of counted) byChain.set(m.chain, [...(byChain.get(m.chain) ?? []), m]);
  for (const chain of byChain.values()) {
    const finest = chain.reduce((a, b) => (within(g, b.unit, a.unit) ? b : a));
    const consistent = chain.every((m) => within(g, finest.unit, m.unit));
    for (const m of chain) {
      const w = WEIGHT[m.field] * m.factor;
      const to = consistent ? finest : m;
      credit.set(to, (credit.get(to) ?? 0) + w);
    }
  }
  // Weight from everywhere, and from the article itself: the outlet, site, credits and file name
  // say who published it, which settles the province and ambiguous names, but only the text says
  // which part of the publisher's area it is about.
  const score = new Map<number, number>();
  const content = new Map<number, number>();
  const early = new Map<number, number>();
  // Units named by a full name, at the end of a chain or, above township level, by a stem in
  // context: a guess goes no finer than these.
  const solid = new Set<number>();
  for (const [m, w] of credit) {
    const u = unitOf(g, m.unit);
    if (m.full || m.chained || u.level !== 'township') solid.add(m.unit);
    const own = PUBLISHER.has(m.field) ? 0 : w;
    const head = m.field === 'title' || m.field === 'opening' ? w : 0;
    for (const a of chainOf(g, m.unit)) early.set(a.id, (early.get(a.id) ?? 0) + head);
    for (const a of chainOf(g, m.unit)) {
      score.set(a.id, (score.get(a.id) ?? 0) + w);
      content.set(a.id, (content.get(a.id) ?? 0) + own);
    }
  }
  const of = (id: number): number => score.get(id) ?? 0;
  const children = new Map<number, number[]>();
  for (const id of score.keys()) {
    const u = unitOf(g, id);
    const list = children.get(u.parent) ?? [];
    list.push(id);
    children.set(u.parent, list);
  }
  const isSolid = (id: number): boolean => [...solid].some((s) => within(g, s, id));
  // 全县 in the title, 各乡镇 or 29个乡镇 in the opening: about the whole area, not the part it names.
  const opening = input.paragraphs.join('\n').slice(0, OPENING_CHARS);
  const wholeArea =
    /全(?:县|市|区|旗|盟|州|省)/.test(input.title ?? '') ||
    /[各个](?:乡镇|镇|乡|街道)/.test(opening);
  const pick = (parent: number): number => {
    if (parent < 0) {
      // The province: enough weight, and clearly ahead of any other.
      const [first, second] = (children.get(-1) ?? []).sort((a, b) => of(b) - of(a));
      if (first === undefined || of(first) < MIN_WEIGHT) return -1;
      if (second !== undefined && of(second) * 1.5 > of(first)) return -1;
      return first;
    }
    // Below it, by the article's own weight when it has any, else by the publisher's.
    const by = (content.get(parent) ?? 0) > 0 ? content : score;
    const w = (id: number): number => by.get(id) ?? 0;
    const [first, second] = (children.get(parent) ?? []).sort((a, b) => w(b) - w(a));
    if (first === undefined || !isSolid(first) || w(first) === 0) return -1;
    if (second !== undefined && w(second) * 3 >= w(first)) return -1;
    // Half the parent's weight; a quarter for the one part of it the article names at all, if it
    // is named in the title or the opening (弋阳县 … 南岩镇上堡网格: where the event was).
    const alone = second === undefined && (early.get(first) ?? 0) > 0 && !wholeArea;
    if (w(first) < w(parent) * (alone ? 0.25 : 0.5)) return -1;
    return first;
  };
  let chosen = pick(-1);
  if (chosen < 0) return null;
  for (let next = pick(chosen); next >= 0; next = pick(chosen)) chosen = next;
  const parts = chainOf(g, chosen);
  const unit = unitOf(g, chosen);
  const support = counted.filter((m) => within(g, m.unit, chosen));
  const lead = [...support].sort(
    (a, b) => WEIGHT[b.field] * b.factor - WEIGHT[a.field] * a.factor,
  )[0];
  const evidence = lead
    ? `${lead.field} ${lead.form}; ${support.length} mention${support.length === 1 ? '' : 's'}`
    : '';
  return {
    text: parts.map((p) => p.zh).join(' '),
    code: unit.code,
    level: unit.level,
    parts: parts.map((p) => ({ zh: p.zh, en: p.en, code: p.code, level: p.level })),
    evidence,
  };
}
