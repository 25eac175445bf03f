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
 * Everything is pure and deterministic; the same code runs at build time, in the CLI and in a worker.
 */

/** Characters that do not begin a policy phrase (particles, conjunctions, measure words…). */
const BAD_START = new Set(
  Array.from('的了和与及等是对把被从为以之而也都又就个名其该将向于着地得所并或且即余到'),
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
    '的了和与及等在是对把被从为以之而也都又就个名多余其该将向于着地得所并或且即一全十会进',
  ),
);

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
      }
    }
    if (frequent.size === 0) break;
  }

  const out: Discovered[] = [];
  for (const [text, s] of all) {
    const cps = Array.from(text);
    const first = cps[0] ?? '';
    const last = cps[cps.length - 1] ?? '';
    if (BAD_START.has(first) || BAD_END.has(last)) continue;
    if (cps.length > 2 && BAD_INSIDE.test(cps.slice(1, -1).join(''))) continue;
    if ((COLLOCATION_HEAD.test(text) || COLLOCATION_TAIL.test(text)) && cps.length > 2) continue;
    if (s.left.size < minVariety || s.right.size < minVariety) continue;
    const leftEntropy = branchingEntropy(s.left);
    const rightEntropy = branchingEntropy(s.right);
    if (leftEntropy < minEntropy || rightEntropy < minEntropy) continue;
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
