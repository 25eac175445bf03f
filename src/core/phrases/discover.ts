/**
 * Phrase discovery: find the formulas that recur across articles, on folded text (so Simplified
 * and Traditional articles meet), and keep only meaningful units.
 *
 * 1. **Clauses.** Texts are cut into runs of Han characters; a phrase never crosses punctuation.
 * 2. **Frequent substrings, level-wise.** Substrings of length n are counted only where both of
 *    their (n−1)-long sides recur in two or more articles (the Apriori property), so the work grows
 *    with the text, not with the number of possible n-grams. Each substring keeps its article
 *    frequency (df) and occurrence count, and the characters seen on its left and right.
 * 3. **Maximal repeats.** A substring is dropped when a one-character extension occurs in exactly
 *    as many places (it is only ever seen inside the longer string).
 * 4. **Meaningful units.** Raw repeats are mostly fragments (实疫情防控, 疫情防控的, 个临时党支部).
 *    A unit must be free at both edges — several different neighbours or a clause boundary on each
 *    side (accessor variety / branching entropy) — and must not begin or end on a function
 *    character (的, 和, 个 …).
 * 5. **Function-word edges.** A phrase that opens with a preposition or coverb (在社区, 按要求), a
 *    deictic (各乡镇, 全县疫情防控) or a locative (内所有居民), or ends on a locative, aspect, time
 *    or modal word (工作中, 辖区内, 领导下, 春节期间, 防控要), is a collocation of that word with
 *    a unit, not a unit, when the word beside the edge is free on that side: its two characters next
 *    to the edge recur, more often than the phrase, after (before) several different neighbours.
 *    Decided by the phrase, not by the character: 在线教育, 同舟共济, 各司其职, 内防扩散, 全员核酸,
 *    全县上下, 线上线下 keep their edge, because 线教, 舟共, 司其, 防扩, 县上, 上线 are not free.
 *    Prepositions of two characters (通过, 按照, 围绕 …) and 这/那/某 never open a phrase; a formula
 *    that opens with a preposition (与时间赛跑, 向零而战) is the glossary's job.
 * Everything is pure and deterministic; the same code runs at build time, in the CLI and in a worker.
 */

/**
 * Characters that never begin a policy phrase (particles, conjunctions, measure words…).
 * Prepositions that also begin words (对口支援, 从严从紧, 为民服务, 与时俱进) are not here:
 * they are judged phrase by phrase (FUNCTION_HEAD).
 */
const BAD_START = new Set(
  Array.from('的了和及等是把被之而也都又就个名其该将向于着地得所并或且即余到这那某'),
);
/** Particles that do not sit inside a formula found by statistics alone (的 in 没有硝烟的战争 is the glossary's job). */
const BAD_INSIDE = /[的了着到和与及]/u;
/**
 * Light verbs and adverbs that open a collocation rather than a formula (开展+X, 加强+X, 坚决+X),
 * and words that close one (X+工作 is kept: 疫情防控工作 is itself a set phrase).
 */
const COLLOCATION_HEAD =
  /^(开展|加强|宣传|督查|设置|做好|坚决|严格|进一步|积极|有效|充分|作为|构筑|持续|全力|切实|及时|主动|认真|扎实|深入|广泛|全面加强|投入)/u;
const COLLOCATION_TAIL = /(各项|积极|开展|以来|各级|建设|工作者)$/u;
/** Characters that do not end one. */
const BAD_END = new Set(
  Array.from(
    '的了和与及等在是对把被从为以之而也都又就个名多余其该将向于着地得所并或且即一两三四五六七八九十百千全会进',
  ),
);

/**
 * Openings that make a collocation of whatever unit follows them: prepositions and coverbs, and
 * deictics on their own (各乡镇, 本辖区). Judged by the phrase (see `functionEdge`).
 */
const FUNCTION_HEAD = new Set(
  Array.from('在对从为以与同给跟由按据经往朝自离比替沿随凭趁用让本各每此上中下内外前后里时请'),
);
const FUNCTION_HEAD_WORDS = ['根据', '结合', '面向', '依托', '基于'];
/** Prepositions of two characters or more: a phrase never begins with one (通过微信, 按照要求). */
const PREPOSITION_START =
  /^(通过|围绕|针对|按照|对于|关于|依据|依照|经过|随着|为了|除了|面对|本着|遵照|由于|鉴于|沿着|朝着|向着|截至|截止|直到|自从)/u;
/** Deictics that open a collocation together with a place, measure or time word (全县, 这场, 每天). */
const DEICTIC = new Set(Array.from('全本各每此这那该其某'));
const DEICTIC_UNIT = new Set(
  Array.from('县市省镇乡村区州国地级类项次天日年月周位个名户批种些样里处段届轮场'),
);
/** Endings that make a collocation of the unit before them: locatives, aspect, time. */
const FUNCTION_TAIL = new Set(Array.from('上中里内外下时后前间过到不要'));
const FUNCTION_TAIL_WORDS =
  '以来 以后 以前 以上 以下 以内 以外 之后 之前 之中 之下 之间 之际 期间 当中 前后 左右 方面'.split(
    ' ',
  );
/** A locative pair that completes a deictic (全县上下, 全市内外) rather than following a unit. */
const LOCATIVE_PAIR = new Set(['上下', '内外', '前后', '左右']);
/** How many different neighbours a word must have on the side the edge was on to be free there. */
const FREE_VARIETY = 3;

export interface DiscoveryOptions {
  /** Shortest and longest phrase, in characters. */
  minLength?: number;
  maxLength?: number;
  /** Articles a phrase must occur in. */
  minArticles?: number;
  /** Distinct neighbours (or clause edges) needed on each side. */
  minVariety?: number;
  /** Branching entropy (bits) needed on each side. */
  minEntropy?: number;
}

export interface Discovered {
  text: string;
  /** Indices of the documents it occurs in, ascending. */
  docs: number[];
  count: number;
  leftVariety: number;
  rightVariety: number;
  /** Branching entropy on each side, in bits. */
  leftEntropy: number;
  rightEntropy: number;
}

interface Stat {
  df: number;
  lastDoc: number;
  count: number;
  left: Map<string, number>;
  right: Map<string, number>;
  docs: number[];
}

/** Shannon entropy (bits) of a neighbour distribution: low when one neighbour dominates. */
export function branchingEntropy(neighbours: ReadonlyMap<string, number>): number {
  let total = 0;
  for (const n of neighbours.values()) total += n;
  let h = 0;
  for (const n of neighbours.values()) {
    const p = n / total;
    h -= p * Math.log2(p);
  }
  return h;
}

/**
 * Derivational suffixes and prefixes that make a new word from a shorter one (网格 → 网格化,
 * 阻击 → 阻击战): a single such character at an edge is part of the unit, not a stray fragment.
 */
const PRODUCTIVE_SUFFIX = new Set(Array.from('化性员者式型战点区组队长站网线制'));
const PRODUCTIVE_PREFIX = new Set(Array.from('全总非'));

/** Runs of Han characters, one array of clauses per document. */
export function clausesOf(texts: readonly string[]): string[] {
  const out: string[] = [];
  for (const t of texts) for (const m of t.matchAll(/\p{Script=Han}+/gu)) out.push(m[0]);
  return out;
}

const EDGE = '\u0000';

export function discoverPhrases(
  docs: readonly (readonly string[])[],
  options: DiscoveryOptions = {},
): Discovered[] {
  // Two-character repeats are ordinary vocabulary (疫情, 工作), not formulas: start at three.
  const minLength = options.minLength ?? 3;
  const maxLength = options.maxLength ?? 12;
  const minArticles = options.minArticles ?? 2;
  const minVariety = options.minVariety ?? 2;
  const minEntropy = options.minEntropy ?? 1;
  const clauses = docs.map((d) => clausesOf(d).map((c) => Array.from(c)));

  let frequent = new Set<string>();
  const all = new Map<string, Stat>();
  /** Frequent substrings shorter than `minLength` (the rest of 在社区 is 社区). */
  const short = new Map<string, Stat>();

  for (let n = 1; n <= maxLength; n++) {
    const level = new Map<string, Stat>();
    clauses.forEach((docClauses, doc) => {
      for (const cps of docClauses) {
        for (let i = 0; i + n <= cps.length; i++) {
          const gram = cps.slice(i, i + n).join('');
          if (n > 1) {
            // Apriori: both (n−1)-long sides must already be frequent.
            const head = gram.slice(0, gram.length - (cps[i + n - 1] ?? '').length);
            const tail = gram.slice((cps[i] ?? '').length);
            if (!frequent.has(head) || !frequent.has(tail)) continue;
          }
          let s = level.get(gram);
          if (!s) {
            s = { df: 0, lastDoc: -1, count: 0, left: new Map(), right: new Map(), docs: [] };
            level.set(gram, s);
          }
          s.count++;
          if (s.lastDoc !== doc) {
            s.lastDoc = doc;
            s.df++;
            s.docs.push(doc);
          }
          // A clause edge counts as a distinct neighbour each time: it is a boundary.
          const l = i > 0 ? (cps[i - 1] ?? EDGE) : `${EDGE}${s.count}`;
          const r = i + n < cps.length ? (cps[i + n] ?? EDGE) : `${EDGE}${s.count}`;
          s.left.set(l, (s.left.get(l) ?? 0) + 1);
          s.right.set(r, (s.right.get(r) ?? 0) + 1);
        }
      }
    });
    frequent = new Set();
    for (const [gram, s] of level) {
      if (s.df >= minArticles) {
        frequent.add(gram);
        if (n >= minLength) all.set(gram, s);
        else if (n >= 2) short.set(gram, s);
      }
    }
    if (frequent.size === 0) break;
  }

  /**
   * True when the word next to an edge is free on that side, so the edge is a word of its own:
   * the first (last) two characters of the rest recur, half again as often as the phrase, after
   * (before) several different neighbours. In 在|社区 or 对|出入人员 they do (社区, 出入); in
   * 同舟共济, 在线教育 or 全县上下 they do not (舟共, 线教, 县上 are only ever seen there).
   */
  const separable = (rest: readonly string[], side: 'left' | 'right', count: number): boolean => {
    if (rest.length < 2) return false;
    const word = (side === 'left' ? rest.slice(0, 2) : rest.slice(-2)).join('');
    const w = short.get(word) ?? all.get(word);
    if (!w || w.count < count + 2) return false;
    return (side === 'left' ? w.left : w.right).size >= FREE_VARIETY;
  };
  /** A function word (or a deictic with its measure) at an edge, next to a free word. */
  const functionEdge = (text: string, cps: readonly string[], count: number): boolean => {
    const [first = '', second = ''] = cps;
    if (FUNCTION_HEAD.has(first) && separable(cps.slice(1), 'left', count)) return true;
    for (const e of FUNCTION_HEAD_WORDS)
      if (text.startsWith(e) && separable(cps.slice(e.length), 'left', count)) return true;
    if (DEICTIC.has(first) && DEICTIC_UNIT.has(second)) {
      const rest = cps.slice(2);
      if (!LOCATIVE_PAIR.has(rest.join('')) && separable(rest, 'left', count)) return true;
    }
    if (FUNCTION_TAIL.has(cps[cps.length - 1] ?? '') && separable(cps.slice(0, -1), 'right', count))
      return true;
    for (const e of FUNCTION_TAIL_WORDS)
      if (text.endsWith(e) && separable(cps.slice(0, -e.length), 'right', count)) return true;
    return false;
  };

  const out: Discovered[] = [];
  for (const [text, s] of all) {
    const cps = Array.from(text);
    const first = cps[0] ?? '';
    const last = cps[cps.length - 1] ?? '';
    if (BAD_START.has(first) || BAD_END.has(last)) continue;
    if (cps.length > 2 && BAD_INSIDE.test(cps.slice(1, -1).join(''))) continue;
    if (PREPOSITION_START.test(text)) continue;
    if ((COLLOCATION_HEAD.test(text) || COLLOCATION_TAIL.test(text)) && cps.length > 2) continue;
    if (s.left.size < minVariety || s.right.size < minVariety) continue;
    const leftEntropy = branchingEntropy(s.left);
    const rightEntropy = branchingEntropy(s.right);
    if (leftEntropy < minEntropy || rightEntropy < minEntropy) continue;
    if (functionEdge(text, cps, s.count)) continue;
    // A single character glued to a much more frequent unit is a fragment (县|疫情防控,
    // 个|临时党支部, 疫情防控|的), unless it is a productive affix (网格|化).
    if (cps.length >= 3) {
      const rest = all.get(cps.slice(1).join(''));
      if (rest && rest.count >= s.count * 1.5 && !PRODUCTIVE_PREFIX.has(first)) continue;
      const head = all.get(cps.slice(0, -1).join(''));
      if (head && head.count >= s.count * 1.5 && !PRODUCTIVE_SUFFIX.has(last)) continue;
    }
    out.push({
      text,
      docs: s.docs,
      count: s.count,
      leftVariety: s.left.size,
      rightVariety: s.right.size,
      leftEntropy,
      rightEntropy,
    });
  }
  // Drop a phrase contained in a longer kept phrase with the same occurrences (not a unit of its own).
  const kept = out.filter(
    (p) =>
      !out.some(
        (q) =>
          q !== p &&
          q.text.length > p.text.length &&
          q.text.includes(p.text) &&
          q.count === p.count,
      ),
  );
  return kept.sort(
    (a, b) =>
      b.docs.length - a.docs.length ||
      b.text.length - a.text.length ||
      b.count - a.count ||
      (a.text < b.text ? -1 : 1),
  );
}
