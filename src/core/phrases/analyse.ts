/**
 * The phrase analysis of a corpus: curated glossary entries found in the folded text, plus the
 * discovered recurring phrases, with every occurrence located (article, paragraph, code points).
 * Offsets are in the folded text and, because conversion keeps code points, valid in every script.
 */
import type { DiscoveryOptions } from './discover.ts';
import { discoverPhrases } from './discover.ts';
import { groupFamilies } from './families.ts';

/** What the analysis needs from a glossary entry (see glossary.ts for the full record). */
export interface GlossaryLike {
  id: string;
  text: string;
  family: string | null;
  /** Folded Simplified strings that count as an occurrence (see `skeletonOf` for the variants). */
  match: string[];
  /** Not in the bundled corpus: listed only where an article prints it. */
  contextOnly: boolean;
}

export interface AnalysedDoc {
  id: string;
  /** Folded paragraphs. */
  paragraphs: string[];
}

export interface Occurrence {
  article: string;
  paragraph: number;
  start: number;
  end: number;
}

export interface Phrase {
  /** Folded Simplified text. */
  text: string;
  kind: 'glossary' | 'discovered';
  /** The glossary entry, for kind 'glossary'. */
  glossaryId?: string;
  articles: string[];
  count: number;
  occurrences: Occurrence[];
  /** Family id (glossary) or slot pattern (discovered): phrases that are one formula with a slot. */
  family?: string;
}

/**
 * Characters a match steps over anywhere between two characters of a needle: quote marks and
 * spaces. 战“疫” is 战疫, “网格化”管理 is 网格化管理, and 疫 情 (inserted spaces) is 疫情.
 */
const SKIPPED = new Set([
  '“',
  '”',
  '‘',
  '’',
  '「',
  '」',
  '『',
  '』',
  '"',
  "'",
  ' ',
  '\u3000',
  '\u00a0',
]);

/**
 * Separators between the halves of a paired formula. Where a needle has one (外防输入、内防反弹),
 * the text may print any of them, several, or none; where the needle has none, the text must have
 * none either, so 外防输入 never matches 外防，输入 and no match runs across two clauses it does not
 * name. Sentence ends (。！？) are never skipped: no match crosses a sentence.
 */
const SEPARATORS = new Set(['、', '，', ',', '；', ';']);

/** A needle as the matcher sees it: its characters and where a separator may stand. */
export interface Skeleton {
  /** The needle without quote marks, spaces and separators: the characters that must match. */
  key: string;
  /** Code-point length of `key`. */
  length: number;
  /** gaps[k] true: a separator may stand before character k (k ≥ 1) of `key`. */
  gaps: boolean[];
}

/** The skeleton of a needle (null when nothing but quotes and separators is left). */
export function skeletonOf(needle: string): Skeleton | null {
  const chars: string[] = [];
  const gaps: boolean[] = [];
  let gap = false;
  for (const c of needle) {
    if (SKIPPED.has(c)) continue;
    if (SEPARATORS.has(c)) {
      gap = chars.length > 0;
      continue;
    }
    gaps.push(gap);
    chars.push(c);
    gap = false;
  }
  if (!chars.length) return null;
  gaps[0] = false;
  return { key: chars.join(''), length: chars.length, gaps };
}

/** What one caller looks for: any of `needles`; `exact` needles match only as printed. */
export interface Target {
  needles: readonly string[];
  /** Only the literal text (no quote, space or separator stepped over): discovered phrases. */
  exact?: boolean;
}

interface Pattern {
  length: number;
  gaps: boolean[];
  exact: boolean;
  /** Indexes of the targets this needle belongs to. */
  targets: number[];
}

/** A node of an Aho–Corasick automaton over needle skeletons, code point by code point. */
interface AcNode {
  next: Map<string, AcNode>;
  /** The longest proper suffix of this node's path that is also a path (null at the root). */
  fail: AcNode | null;
  /** Patterns that end here. */
  ends: Pattern[];
  /** The nearest node on the failure chain that ends a pattern. */
  out: AcNode | null;
}

const acNode = (): AcNode => ({ next: new Map(), fail: null, ends: [], out: null });

/** The automaton of every target's needles; null when there is no needle at all. */
function buildAutomaton(targets: readonly Target[]): AcNode | null {
  const root = acNode();
  const byKey = new Map<string, Pattern>();
  targets.forEach((t, ti) => {
    const exact = t.exact === true;
    for (const n of t.needles) {
      const sk = skeletonOf(n);
      if (!sk) continue;
      const id = `${exact ? 'x' : 's'}${sk.key}`;
      const known = byKey.get(id);
      if (known) {
        // Two spellings of one skeleton (外防输入、内防反弹 and 外防输入内防反弹): a separator may
        // stand wherever either spelling has one.
        sk.gaps.forEach((g, k) => {
          if (g) known.gaps[k] = true;
        });
        if (!known.targets.includes(ti)) known.targets.push(ti);
        continue;
      }
      let node = root;
      for (const c of sk.key) {
        let to = node.next.get(c);
        if (!to) {
          to = acNode();
          node.next.set(c, to);
        }
        node = to;
      }
      const pattern: Pattern = { length: sk.length, gaps: [...sk.gaps], exact, targets: [ti] };
      byKey.set(id, pattern);
      node.ends.push(pattern);
    }
  });
  if (byKey.size === 0) return null;
  // Breadth first: a node's failure link is found from its parent's.
  const queue: AcNode[] = [];
  for (const child of root.next.values()) {
    child.fail = root;
    queue.push(child);
  }
  for (let qi = 0; qi < queue.length; qi++) {
    const node = queue[qi];
    if (!node) break;
    for (const [c, child] of node.next) {
      let f = node.fail;
      while (f && !f.next.has(c)) f = f.fail;
      const fail = f?.next.get(c) ?? root;
      child.fail = fail;
      child.out = fail.ends.length ? fail : fail.out;
      queue.push(child);
    }
  }
  return root;
}

/** Quote pairs a match keeps balanced (see `balanced`). */
const QUOTE_PAIRS: readonly (readonly [string, string])[] = [
  ['“', '”'],
  ['‘', '’'],
  ['「', '」'],
  ['『', '』'],
];

/**
 * A matched stretch [start, end) widened so that it leaves no quote half open: a quote opened
 * inside is closed by the mark right after it (战“疫” rather than 战“疫), one closed inside is
 * opened by the mark right before it (“网格化”管理). Quotes wholly outside the match stay out.
 * Null when the partner is not there: 战“疫情” is 战 and a quoted 疫情, not the word 战疫.
 */
function balanced(cps: readonly string[], start: number, end: number): [number, number] | null {
  let from = start;
  let to = end;
  for (const [open, close] of QUOTE_PAIRS) {
    let depth = 0;
    let lowest = 0;
    for (let i = start; i < end; i++) {
      if (cps[i] === open) depth++;
      else if (cps[i] === close) lowest = Math.min(lowest, --depth);
    }
    for (let need = -lowest; need > 0; need--) {
      if (cps[from - 1] !== open) return null;
      from--;
    }
    for (let need = depth - lowest; need > 0; need--) {
      if (cps[to] !== close) return null;
      to++;
    }
  }
  return [from, to];
}

/** A paragraph's skeleton: the characters a match may use, each with its paragraph offset. */
interface ParagraphSkeleton {
  /** The paragraph's code points. */
  cps: string[];
  chars: string[];
  /** Code-point offset in the paragraph of chars[i]. */
  at: number[];
  /** A separator stands between chars[i-1] and chars[i]. */
  sepBefore: boolean[];
}

function paragraphSkeleton(p: string): ParagraphSkeleton {
  const cps = Array.from(p);
  const chars: string[] = [];
  const at: number[] = [];
  const sepBefore: boolean[] = [];
  let sep = false;
  cps.forEach((c, i) => {
    if (SEPARATORS.has(c)) sep = true;
    else if (!SKIPPED.has(c)) {
      chars.push(c);
      at.push(i);
      sepBefore.push(sep);
      sep = false;
    }
  });
  return { cps, chars, at, sepBefore };
}

/** Keeps, longest first, the spans that overlap no span already kept; returns them in order. */
function nonOverlapping(spans: { start: number; end: number }[]): { start: number; end: number }[] {
  const byLength = [...spans].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: { start: number; end: number }[] = [];
  for (const s of byLength) {
    if (kept.some((k) => s.start < k.end && s.end > k.start)) continue;
    kept.push(s);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Every occurrence of every target in one pass over each paragraph (an Aho–Corasick automaton
 * over the needles' skeletons, see `skeletonOf`). Returns, per target in the given order, its
 * occurrences in document order: code-point offsets into the folded paragraph, from the first to
 * the last matched character, so quotes and separators inside a match are covered and quotes
 * around it are not, except that a quote opened or closed inside is completed by its partner
 * right outside (战“疫”, “网格化”管理, “外防输入”“内防反弹”). Within one target the occurrences
 * do not overlap (the longest is kept where two of its needles overlap); different targets are
 * independent, so an occurrence of 外防输入 nested in one of 外防输入、内防反弹 is reported for
 * both (the reader and the comparison show the longest: app/phrases/comparePhrases.ts).
 */
export function locateAll(
  docs: readonly AnalysedDoc[],
  targets: readonly Target[],
): Occurrence[][] {
  const out: Occurrence[][] = targets.map(() => []);
  const root = buildAutomaton(targets);
  if (!root) return out;
  const spans = new Map<number, { start: number; end: number }[]>();
  /** Records an occurrence of `pat` ending at skeleton index `j`, if the text allows it. */
  const consider = (sk: ParagraphSkeleton, pat: Pattern, j: number): void => {
    const first = j - pat.length + 1;
    let start = sk.at[first] ?? 0;
    let end = (sk.at[j] ?? 0) + 1;
    if (pat.exact) {
      if (end - start !== pat.length) return;
    } else {
      for (let k = 1; k < pat.length; k++) if (sk.sepBefore[first + k] && !pat.gaps[k]) return;
      if (end - start !== pat.length) {
        const whole = balanced(sk.cps, start, end);
        if (!whole) return;
        [start, end] = whole;
      }
    }
    for (const ti of pat.targets) {
      const list = spans.get(ti);
      if (list) list.push({ start, end });
      else spans.set(ti, [{ start, end }]);
    }
  };
  for (const d of docs) {
    d.paragraphs.forEach((p, paragraph) => {
      const sk = paragraphSkeleton(p);
      spans.clear();
      let node = root;
      sk.chars.forEach((c, j) => {
        let at: AcNode | null = node;
        while (at && !at.next.has(c)) at = at.fail;
        node = at?.next.get(c) ?? root;
        for (let hit: AcNode | null = node.ends.length ? node : node.out; hit; hit = hit.out)
          for (const pat of hit.ends) consider(sk, pat, j);
      });
      for (const [ti, list] of spans) {
        const sink = out[ti];
        if (sink)
          for (const s of nonOverlapping(list)) sink.push({ article: d.id, paragraph, ...s });
      }
    });
  }
  return out;
}

/** Every occurrence of any of `needles`, non-overlapping (longest first), as `locateAll` finds it. */
export function locate(docs: readonly AnalysedDoc[], needles: readonly string[]): Occurrence[] {
  return locateAll(docs, [{ needles }])[0] ?? [];
}

const articlesOf = (occ: readonly Occurrence[]): string[] => [
  ...new Set(occ.map((o) => o.article)),
];

/**
 * The glossary entries (all their occurrences, as `locateAll` finds them; a context-only entry
 * only when it occurs) and the discovered
 * phrases that no glossary entry already covers (same skeleton), located in the same single pass.
 */
export function analysePhrases(
  docs: readonly AnalysedDoc[],
  glossary: readonly GlossaryLike[],
  options: DiscoveryOptions = {},
): Phrase[] {
  // Context-only entries do not occur in the bundled corpus, but a reader's own articles may
  // print them: they are searched too, and listed only where found.
  const entries = glossary;
  const covered = new Set<string>();
  for (const g of entries)
    for (const m of g.match) {
      const sk = skeletonOf(m);
      if (sk) covered.add(sk.key);
    }
  const discovered = discoverPhrases(
    docs.map((d) => d.paragraphs),
    options,
  ).filter((p) => !covered.has(p.text));
  const families = groupFamilies(discovered.map((p) => p.text));
  const found = locateAll(docs, [
    ...entries.map((g) => ({ needles: g.match })),
    ...discovered.map((p) => ({ needles: [p.text], exact: true })),
  ]);
  const phrases: Phrase[] = [];
  entries.forEach((g, i) => {
    const occurrences = found[i] ?? [];
    if (g.contextOnly && occurrences.length === 0) return;
    phrases.push({
      text: g.text,
      kind: 'glossary',
      glossaryId: g.id,
      articles: articlesOf(occurrences),
      count: occurrences.length,
      occurrences,
      ...(g.family ? { family: g.family } : {}),
    });
  });
  discovered.forEach((p, i) => {
    const occurrences = found[entries.length + i] ?? [];
    const family = families.get(p.text);
    phrases.push({
      text: p.text,
      kind: 'discovered',
      articles: articlesOf(occurrences),
      count: occurrences.length,
      occurrences,
      ...(family ? { family } : {}),
    });
  });
  return phrases;
}
