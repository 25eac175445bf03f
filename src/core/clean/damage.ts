/**
 * Damage detection: finds the stretches of a cleaned paragraph that a scraper mis-decoded, so the
 * reader can show them as damaged (and the editor's apparatus can restore them) instead of
 * presenting mojibake as if it were the article's words.
 *
 * How the damage in this corpus arose (see corpus/apparatus.json for the evidence): the sites
 * behind 001 and 002 served GBK pages and rewrote them byte by byte — full-width marks flattened
 * to ASCII (`！` A3 A1 → `!`), pinyin readings inserted after some characters — without regard to
 * character boundaries. A match straddling two characters (`。“` = A1 **A3 A1** B0) leaves an
 * orphan byte, shown as U+FFFD or `?`, and every following pair is read one byte out of step
 * (`要深入` → `耙钊胴…`) until an ASCII byte (a letter, a mark, a reading) brings the decoder back
 * into step. The signature is therefore: a replacement mark, usually followed by a flattened
 * mark, then a run of out-of-step characters — many of them rare, or in the wrong script for the
 * article — ending at a stray ASCII letter or another replacement mark.
 *
 * The detector looks for that signature generically (any GBK/GB18030 page damaged the same way
 * shows it) and errs towards silence: on the three undamaged articles it flags nothing.
 */
import type { Span } from '../text/codepoints.ts';
import { isHan as isHanScript } from '../text/codepoints.ts';

/** The detection step, as listed in the reader's "how this text was cleaned" note. */
export const DAMAGE_STEP: { readonly name: string; readonly summary: string } = {
  name: 'findDamage',
  summary:
    'Flags stretches the source scraper mis-decoded (replacement characters, text read one byte out of step, stray letters and readings). Damaged text is never dropped: it stays in place, marked, and is replaced only where the editor’s apparatus gives a reading with its evidence.',
};

/** Characters that tell common text from mojibake, and Traditional from Simplified text. */
export interface DamageCharsets {
  /** GB2312 level 1 (3,755 frequent simplified characters) ∪ Big5 frequent (5,401 traditional). */
  readonly common: ReadonlySet<string>;
  /** Han characters in GB2312 but not in Big5: simplified-only forms (贝, 备, 顷). */
  readonly simplifiedOnly: ReadonlySet<string>;
  /** Han characters in Big5 but not in GB2312: traditional-only forms (貝, 備, 頃). */
  readonly traditionalOnly: ReadonlySet<string>;
  /** GB2312 level 1 alone: the 3,755 most frequent characters of Simplified text. */
  readonly gbFrequent: ReadonlySet<string>;
  /** Big5 frequent alone: the 5,401 most frequent characters of Traditional text. */
  readonly big5Frequent: ReadonlySet<string>;
}

let cachedCharsets: DamageCharsets | undefined;

/**
 * Every character of a double-byte code range, decoded in one `TextDecoder` call. The platform
 * decoders are the character tables: nothing ships in the bundle, and the same code runs in
 * browsers, workers and Node.
 */
function decodeRange(
  encoding: string,
  leads: readonly [number, number],
  trails: readonly (readonly [number, number])[],
  lastTrail = 0xff,
): string[] {
  const bytes: number[] = [];
  for (let lead = leads[0]; lead <= leads[1]; lead++) {
    for (const [lo, hi] of trails) {
      for (let t = lo; t <= hi; t++) {
        if (lead === leads[1] && t > lastTrail) break;
        bytes.push(lead, t);
      }
    }
  }
  return Array.from(new TextDecoder(encoding).decode(Uint8Array.from(bytes)));
}

const BIG5_TRAILS = [
  [0x40, 0x7e],
  [0xa1, 0xfe],
] as const;
const GB_TRAILS = [[0xa1, 0xfe]] as const;

/**
 * The character sets, built on first use and cached (about 20,000 two-byte sequences decoded;
 * a few milliseconds in Node, measured in damage.test.ts).
 */
export function damageCharsets(): DamageCharsets {
  if (cachedCharsets) return cachedCharsets;
  const han = (chars: readonly string[]): Set<string> => new Set(chars.filter((c) => isHan(c)));
  const gbLevel1 = han(decodeRange('gb2312', [0xb0, 0xd7], GB_TRAILS));
  const big5Frequent = han(decodeRange('big5', [0xa4, 0xc6], BIG5_TRAILS, 0x7e));
  const gbAll = han(decodeRange('gb2312', [0xa1, 0xf7], GB_TRAILS));
  const big5All = han(decodeRange('big5', [0xa1, 0xf9], BIG5_TRAILS));
  cachedCharsets = {
    common: new Set([...gbLevel1, ...big5Frequent]),
    simplifiedOnly: new Set([...gbAll].filter((c) => !big5All.has(c))),
    traditionalOnly: new Set([...big5All].filter((c) => !gbAll.has(c))),
    gbFrequent: gbLevel1,
    big5Frequent,
  };
  return cachedCharsets;
}

/** Why a character (or a few) looks mis-decoded; strong kinds are flagged on their own. */
export type DamageEvidenceKind =
  /** U+FFFD: a byte sequence the decoder could not read. Strong. */
  | 'replacement'
  /** A flattened mark after an orphan, then out-of-step text up to an ASCII byte. Strong once resolved. */
  | 'slip'
  /** A pinyin reading whose `(` was swallowed by an orphan byte: `?cái)`. Strong. */
  | 'orphan-reading'
  /** A pinyin reading after a lone Latin letter, i.e. after a half-read character: `P(guān)`. Strong. */
  | 'letter-reading'
  /** `?`, `！` or `@` glued where Chinese prose never puts it: `確？！皯`, `揪？，`, `：@社`. */
  | 'stray-mark'
  /** A lone Latin letter between Han characters: `藿B民`, `湕l，`. */
  | 'stray-letter'
  /** Kana, bopomofo, Cyrillic or box drawing inside Chinese text (`鞑ユ湕`). */
  | 'foreign-script'
  /** A simplified-only character in a Traditional paragraph, or the reverse. */
  | 'script-mismatch'
  /** A Han character outside the common set. */
  | 'rare';

/** One detected damaged stretch with the evidence found in it (for tests and tooling). */
export interface DamageSpan extends Span {
  evidence: DamageEvidenceKind[];
}

type Strength = 'strong' | 'medium' | 'weak';

interface Evidence extends Span {
  kind: DamageEvidenceKind;
  strength: Strength;
}

const REPLACEMENT = '\uFFFD';
/** The marks the damaged sites flattened byte-wise, which can straddle two characters. */
const FLATTENED = new Set(['!', '！', '?', '？', ':', '：', ';', '；']);
/** Marks after which a `？` is implausible in Chinese prose. */
const CLAUSE_MARKS = new Set(['，', '、', '。', '；', '：', ',', ';', ':']);
const TONED = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/u;
const PINYIN_LETTER = /^[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]$/u;
const LATIN = /^[A-Za-z]$/u;
const ALNUM = /^[A-Za-z0-9]$/u;
/**
 * Scripts the GBK symbol rows decode to, which Chinese prose does not use between Han: kana
 * (except ・ and ー, which Chinese uses in foreign names), bopomofo, Cyrillic, box drawing.
 */
const FOREIGN = /^[\u3041-\u30fa\u3105-\u312f\u0400-\u04ff\u2500-\u257f]$/u;
/** How far out-of-step text may run before an ASCII byte resynchronises (longest seen: 14). */
const MAX_SLIP = 24;
/** Evidence this close (in code points) belongs to one stretch. */
const MAX_GAP = 3;
/** The same when one side is only a rare or wrong-script character. */
const MAX_WEAK_GAP = 2;

const isQ = (c: string | undefined): boolean => c === '?' || c === '？';

/**
 * `isHan` with a fast path: the detector asks for every character, and the Unicode-property
 * regex behind `isHan` was most of its running time. The main CJK block answers yes, everything
 * below the CJK radicals answers no; the rest goes to the exact test.
 */
function isHan(c: string): boolean {
  const cp = c.codePointAt(0) ?? 0;
  if (cp >= 0x4e00 && cp <= 0x9fff) return true;
  if (cp < 0x2e80) return false;
  return isHanScript(c);
}

/** End (exclusive) of a toned pinyin reading closed by `)` starting at `i`, or -1. */
function readingEnd(cps: readonly string[], i: number): number {
  let j = i;
  while (j < cps.length && j - i <= 6 && PINYIN_LETTER.test(cps[j] ?? '')) j++;
  if (j === i || cps[j] !== ')') return -1;
  return TONED.test(cps.slice(i, j).join('')) ? j + 1 : -1;
}

/** The maximal ASCII letter/digit run around `i`: `[start, end)`. */
function alnumToken(cps: readonly string[], i: number): [number, number] {
  let s = i;
  let e = i;
  while (s > 0 && ALNUM.test(cps[s - 1] ?? '')) s--;
  while (e < cps.length && ALNUM.test(cps[e] ?? '')) e++;
  return [s, e];
}

/** A single Latin letter standing alone (not part of `KN95`, `APP`, `PM2.5`). */
function isLoneLetter(cps: readonly string[], i: number): boolean {
  if (!LATIN.test(cps[i] ?? '')) return false;
  const [s, e] = alnumToken(cps, i);
  return e - s === 1;
}

/** True for characters that make the left side of a stray letter or mark "inside Chinese". */
function isChineseSide(c: string | undefined): boolean {
  if (c === undefined) return false;
  return (
    isHan(c) ||
    c === REPLACEMENT ||
    isQ(c) ||
    FLATTENED.has(c) ||
    /^[\u3000-\u303f\uff01-\uff60“”‘’…]$/u.test(c)
  );
}

/** Which script a paragraph is written in, judged by characters unique to one script. */
function paragraphScript(
  cps: readonly string[],
  sets: DamageCharsets,
): 'traditional' | 'simplified' | null {
  let trad = 0;
  let simp = 0;
  for (const c of cps) {
    if (sets.traditionalOnly.has(c)) trad++;
    else if (sets.simplifiedOnly.has(c)) simp++;
  }
  // Mojibake itself contributes a few wrong-script characters, so demand a clear majority.
  if (trad >= 3 && trad >= 4 * simp) return 'traditional';
  if (simp >= 3 && simp >= 4 * trad) return 'simplified';
  return null;
}

/**
 * Scan forward from `from` over out-of-step text: Han (or foreign-script) characters up to an
 * ASCII byte that resynchronises the decoder — a lone letter, `@`, `?`, or another U+FFFD. Returns
 * the end (exclusive) of the resynchronising character, or -1 if the run ends otherwise (then it
 * was ordinary text, and nothing is claimed).
 */
function resyncEnd(cps: readonly string[], from: number): number {
  for (let j = from; j < cps.length && j < from + MAX_SLIP; j++) {
    const c = cps[j] ?? '';
    if (c === REPLACEMENT || isQ(c) || c === '@' || isLoneLetter(cps, j)) return j + 1;
    if (!isHan(c) && !FOREIGN.test(c)) return -1;
  }
  return -1;
}

/** Every piece of evidence in the paragraph, in no particular order. */
function collectEvidence(cps: readonly string[]): Evidence[] {
  const sets = damageCharsets();
  const script = paragraphScript(cps, sets);
  const out: Evidence[] = [];
  const add = (start: number, end: number, kind: DamageEvidenceKind, strength: Strength): void => {
    out.push({ start, end, kind, strength });
  };
  /** A slip seed at `[start, markEnd)`: claim the out-of-step run if it resynchronises. */
  const slip = (start: number, markEnd: number): void => {
    const end = resyncEnd(cps, markEnd);
    if (end > 0) add(start, end, 'slip', 'strong');
  };
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i] ?? '';
    const prev = cps[i - 1];
    const next = cps[i + 1];
    if (c === REPLACEMENT) {
      add(i, i + 1, 'replacement', 'strong');
      // `�！敖…`, `�？h`: the replacement is an orphan byte left by a straddled mark.
      if (next !== undefined && FLATTENED.has(next)) slip(i, i + 2);
    } else if (isQ(c)) {
      const reading = readingEnd(cps, i + 1);
      if (reading > 0) {
        add(i, reading, 'orphan-reading', 'strong');
        // A reading inserted after a straddled byte pair leaves the text after it out of step.
        slip(i, reading);
      } else if (next === '!' || next === '！') {
        add(i, i + 2, 'stray-mark', 'medium');
        slip(i, i + 2);
      } else if (
        prev === REPLACEMENT ||
        (prev !== undefined &&
          isHan(prev) &&
          (CLAUSE_MARKS.has(next ?? '') || isLoneLetter(cps, i + 1)))
      ) {
        add(i, i + 1, 'stray-mark', 'medium');
      }
    } else if (FLATTENED.has(c) && prev === REPLACEMENT) {
      add(i, i + 1, 'stray-mark', 'medium');
    } else if (
      c === '@' &&
      prev !== undefined &&
      !/\s/u.test(prev) &&
      next !== undefined &&
      isHan(next)
    ) {
      add(i, i + 1, 'stray-mark', 'medium');
    } else if (isLoneLetter(cps, i)) {
      const reading = next === '(' ? readingEnd(cps, i + 2) : -1;
      if (reading > 0) add(i, reading, 'letter-reading', 'strong');
      else if (isChineseSide(prev) && (next === undefined || isChineseSide(next))) {
        add(i, i + 1, 'stray-letter', 'medium');
      }
    } else if (FOREIGN.test(c)) {
      add(i, i + 1, 'foreign-script', 'medium');
    } else if (isHan(c)) {
      const wrongScript =
        (script === 'traditional' && sets.simplifiedOnly.has(c)) ||
        (script === 'simplified' && sets.traditionalOnly.has(c));
      if (wrongScript) add(i, i + 1, 'script-mismatch', 'weak');
      else if (!sets.common.has(c)) add(i, i + 1, 'rare', 'weak');
    }
  }
  return out;
}

/**
 * Whether a cluster of evidence is damage. Any strong sign suffices; a medium one needs company
 * of another kind; weak signs alone need numbers — real prose has rare characters (磅礴,
 * 熠熠生輝, 勠力同心, surnames such as 剡), but not three different ones in a row.
 */
function isDamage(cluster: readonly Evidence[], cps: readonly string[]): boolean {
  if (cluster.some((e) => e.strength === 'strong')) return true;
  if (cluster.some((e) => e.strength === 'medium')) {
    // Two abbreviations (`B超和X光`) are one kind of sign twice, not corroboration.
    return new Set(cluster.map((e) => e.kind)).size >= 2;
  }
  const chars = new Set(cluster.map((e) => cps[e.start]));
  return cluster.length >= 3 && chars.size >= 2;
}

/**
 * Mis-decoded stretches of one cleaned paragraph, with the kinds of evidence found in each.
 * Spans are half-open, in code points, sorted and disjoint.
 */
export function findDamageDetailed(paragraph: string): DamageSpan[] {
  const cps = Array.from(paragraph);
  const evidence = collectEvidence(cps).sort((a, b) => a.start - b.start || b.end - a.end);
  const clusters: Evidence[][] = [];
  let current: Evidence[] = [];
  let currentEnd = 0;
  let currentAllWeak = true;
  for (const e of evidence) {
    const gap = cps.slice(currentEnd, e.start);
    // Weak signs (rare or wrong-script characters) occur in real prose too, so they join a
    // stretch only across a short run of Han: mojibake is unbroken by punctuation, and a rare
    // word three characters from a replacement mark is not part of the damage.
    const weakLink = e.strength === 'weak' || currentAllWeak;
    const near =
      current.length > 0 &&
      e.start - currentEnd <= (weakLink ? MAX_WEAK_GAP : MAX_GAP) &&
      gap.every((c) => (weakLink ? isHan(c) : !/\s/u.test(c)));
    if (near) {
      current.push(e);
      currentEnd = Math.max(currentEnd, e.end);
    } else {
      if (current.length) clusters.push(current);
      current = [e];
      currentEnd = e.end;
      currentAllWeak = true;
    }
    currentAllWeak &&= e.strength === 'weak';
  }
  if (current.length) clusters.push(current);

  const spans: DamageSpan[] = [];
  for (const cluster of clusters) {
    if (!isDamage(cluster, cps)) continue;
    let start = Math.min(...cluster.map((e) => e.start));
    const end = Math.max(...cluster.map((e) => e.end));
    // 001's scraper put a comma before punctuation marks, and a U+FFFD there is usually the
    // remains of one (`隔離,。”` → `隔離，�！`): such a comma is part of the damage, not prose.
    const before = cps[start - 1];
    if (cps[start] === REPLACEMENT && (before === '，' || before === ',')) start--;
    spans.push({ start, end, evidence: [...new Set(cluster.map((e) => e.kind))] });
  }
  return spans;
}

/**
 * Mis-decoded stretches of one cleaned paragraph (after whitespace, romanisation, inserted-comma
 * and punctuation cleaning): half-open code-point spans, sorted and disjoint. Each span covers
 * the whole visibly corrupted stretch — replacement marks, out-of-step characters, stray letters
 * and readings — and no clean text on either side.
 */
export function findDamage(paragraph: string): Span[] {
  return findDamageDetailed(paragraph).map(({ start, end }) => ({ start, end }));
}
