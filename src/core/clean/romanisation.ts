import type { CleaningStep } from './step.ts';
import { isHan } from '../text/codepoints.ts';

/**
 * Step `stripRomanisation`: the scraper of articles 001 and 002 inserted a pinyin reading in ASCII
 * parentheses after many characters — `關(guān)`, `鎮(zhèn)`, `戰(zhàn)`. Those readings are not part of the
 * article, and they break every phrase that spans them, so they go. Real parenthesised text —
 * `(港航)`, `(57)`, `(KN95)`, `(記者 張昌濤 …)` — must survive, which is why a group is removed only
 * when it is exactly one real Mandarin syllable and directly follows a Han character.
 */

/**
 * Finals each initial combines with, as written in Hanyu Pinyin (ü after j/q/x is spelled `u`).
 * A plain initials × finals product would accept non-syllables such as `bü` or `gi`, and every
 * false syllable is a real parenthesis we might delete, so the table lists only attested pairs.
 */
const FINALS_BY_INITIAL: Readonly<Record<string, string>> = {
  b: 'a o ai ei ao an en ang eng i ie iao ian in ing u',
  p: 'a o ai ei ao ou an en ang eng i ie iao ian in ing u',
  m: 'a o e ai ei ao ou an en ang eng i ie iao iu ian in ing u',
  f: 'a o ei ou an en ang eng u',
  d: 'a e ai ei ao ou an en ang eng ong i ia ie iao iu ian ing u uo ui uan un',
  t: 'a e ai ao ou an ang eng ong i ie iao ian ing u uo ui uan un',
  n: 'a e ai ei ao ou an en ang eng ong i ie iao iu ian in iang ing u uo uan ü üe',
  l: 'a o e ai ei ao ou an ang eng ong i ia ie iao iu ian in iang ing u uo uan un ü üe',
  g: 'a e ai ei ao ou an en ang eng ong u ua uo uai ui uan un uang',
  k: 'a e ai ei ao ou an en ang eng ong u ua uo uai ui uan un uang',
  h: 'a e ai ei ao ou an en ang eng ong u ua uo uai ui uan un uang',
  j: 'i ia ie iao iu ian in iang ing iong u ue uan un',
  q: 'i ia ie iao iu ian in iang ing iong u ue uan un',
  x: 'i ia ie iao iu ian in iang ing iong u ue uan un',
  zh: 'a e i ai ei ao ou an en ang eng ong u ua uo uai ui uan un uang',
  ch: 'a e i ai ao ou an en ang eng ong u ua uo uai ui uan un uang',
  sh: 'a e i ai ei ao ou an en ang eng u ua uo uai ui uan un uang',
  r: 'e i ao ou an en ang eng ong u ua uo ui uan un',
  z: 'a e i ai ei ao ou an en ang eng ong u uo ui uan un',
  c: 'a e i ai ao ou an en ang eng ong u uo ui uan un',
  s: 'a e i ai ao ou an en ang eng ong u uo ui uan un',
};

/**
 * Syllables with no consonant initial (y- and w- are spelling devices, not initials). The
 * interjection-only syllables m, n, ng, hm, hng and ê are left out on purpose: `(m)` after a Han
 * character is far more likely a unit (长度(m)) than a reading.
 */
const STANDALONE_SYLLABLES =
  'a o e ai ei ao ou an en ang eng er ' +
  'yi ya yo ye yao you yan yin yang ying yong ' +
  'wu wa wo wai wei wan wen wang weng ' +
  'yu yue yuan yun';

function buildInventory(): ReadonlySet<string> {
  const set = new Set<string>(STANDALONE_SYLLABLES.split(' '));
  for (const [initial, finals] of Object.entries(FINALS_BY_INITIAL)) {
    for (const final of finals.split(' ')) set.add(initial + final);
  }
  return set;
}

/** Every toneless Mandarin syllable this step recognises (`zhuang`, `lü`, `er`, …), lower-case. */
export const PINYIN_SYLLABLES: ReadonlySet<string> = buildInventory();

/** Tone-marked forms of each vowel, tones 1–4. */
const TONED_VOWELS: Readonly<Record<string, string>> = {
  a: 'āáǎà',
  e: 'ēéěè',
  i: 'īíǐì',
  o: 'ōóǒò',
  u: 'ūúǔù',
  ü: 'ǖǘǚǜ',
};

/** A pinyin tone number: 1–4 are marked with a diacritic; the neutral tone is unmarked. */
export type PinyinTone = 1 | 2 | 3 | 4;

/**
 * `base` (a toneless syllable) with the diacritic for `tone` on the vowel the standard rule
 * picks: `a` or `e` if present, the `o` of `ou`, otherwise the last vowel (`guì`, `liù`, `nüè`).
 */
export function addToneMark(base: string, tone: PinyinTone): string {
  const chars = Array.from(base);
  let at = chars.findIndex((c) => c === 'a' || c === 'e');
  if (at < 0 && base.includes('ou')) at = chars.indexOf('o');
  if (at < 0) {
    for (let i = chars.length - 1; i >= 0; i--) {
      if ((chars[i] ?? '') in TONED_VOWELS) {
        at = i;
        break;
      }
    }
  }
  const vowel = chars[at];
  const toned = vowel === undefined ? undefined : TONED_VOWELS[vowel]?.[tone - 1];
  if (toned === undefined) return base;
  chars[at] = toned;
  return chars.join('');
}

function buildTonedInventory(): ReadonlySet<string> {
  const set = new Set<string>();
  const tones: readonly PinyinTone[] = [1, 2, 3, 4];
  for (const base of PINYIN_SYLLABLES) {
    set.add(base);
    for (const tone of tones) set.add(addToneMark(base, tone));
  }
  return set;
}

/**
 * All accepted spellings: each syllable bare and with each tone mark in its one correct place.
 * About 2,000 strings; precomputing them makes the check a set lookup and rejects misplaced marks
 * (`gūan`) that a character-class regex would let through.
 */
const TONED_SYLLABLES: ReadonlySet<string> = buildTonedInventory();

/** The longest syllable (`zhuang`) has six letters; no group longer than this can be a reading. */
const MAX_SYLLABLE_LENGTH = 6;

/**
 * True when `s` is exactly one Mandarin syllable in lower-case Hanyu Pinyin, either unmarked or
 * with one correctly placed tone mark. Decomposed diacritics are accepted (compared after NFC).
 */
export function isPinyinSyllable(s: string): boolean {
  return TONED_SYLLABLES.has(s.normalize('NFC'));
}

/** One scraper-inserted reading: the code-point span of the whole `(…)` group and its syllable. */
export interface RomanisationArtifact {
  /** Code-point offset of `(` in the input text. */
  readonly start: number;
  /** Code-point offset just past `)`. */
  readonly end: number;
  /** The syllable between the parentheses, as it appeared (`guān`), without stray spaces. */
  readonly syllable: string;
  /** True for a reading cut off by the end of its line or of the text (`請(q`): no `)`. */
  readonly cut?: boolean;
}

/** Every prefix of an accepted spelling (`q`, `zhu`, `dǎ`): what a reading cut off at the end of a text can be. */
const SYLLABLE_PREFIXES: ReadonlySet<string> = (() => {
  const set = new Set<string>();
  for (const s of TONED_SYLLABLES) {
    const cps = Array.from(s);
    for (let n = 1; n <= cps.length; n++) set.add(cps.slice(0, n).join(''));
  }
  return set;
})();

/**
 * Scans `text` once and reports every `(syllable)` group that directly follows a Han character,
 * in the forms met in the wild: tone-marked or toneless (`(jian)`), with a stray space inside
 * (`會(huì )`), and cut off by the end of a line or of the text (`請(q`, `領(lǐng)導(dǎo`).
 * "Follows" is judged after earlier groups are removed, so a doubled reading `長(cháng)(zhǎng)` or
 * a repeated one `堅(jian)(jian)(jian)` is reported whole; that is what makes removing the
 * reported groups idempotent.
 */
function scan(text: string): { artifacts: RomanisationArtifact[]; kept: string } {
  const cps = Array.from(text);
  const artifacts: RomanisationArtifact[] = [];
  const kept: string[] = [];
  let i = 0;
  while (i < cps.length) {
    const ch = cps[i] ?? '';
    const prev = kept[kept.length - 1];
    if (ch === '(' && prev !== undefined && isHan(prev)) {
      const close = findClose(cps, i);
      if (close > 0) {
        const syllable = cps
          .slice(i + 1, close)
          .join('')
          .trim();
        if (isPinyinSyllable(syllable)) {
          artifacts.push({ start: i, end: close + 1, syllable });
          i = close + 1;
          continue;
        }
      } else {
        const cut = cutOffEnd(cps, i);
        if (cut > 0) {
          artifacts.push({
            start: i,
            end: cut,
            syllable: cps.slice(i + 1, cut).join(''),
            cut: true,
          });
          i = cut;
          continue;
        }
      }
    }
    kept.push(ch);
    i++;
  }
  return { artifacts, kept: kept.join('') };
}

/** Index of the `)` closing the group opened at `open`, if it is short enough to be a reading. */
function findClose(cps: readonly string[], open: number): number {
  const limit = Math.min(cps.length, open + 3 + MAX_SYLLABLE_LENGTH);
  for (let j = open + 1; j < limit; j++) {
    const c = cps[j];
    if (c === ')') return j;
    if (c === '(' || c === '\n') return -1;
  }
  return -1;
}

/** A letter of a pinyin spelling: plain, ü, precomposed tone marks, or a combining tone mark. */
const PINYIN_CHAR = /^(?:[a-zü]|[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]|[\u0300-\u036f])$/u;

/**
 * End of a reading cut off by the end of its line or of the text (`請(q⏎`): the letters after `(`
 * up to there, at most a syllable long, begin a real syllable. Returns -1 otherwise.
 */
function cutOffEnd(cps: readonly string[], open: number): number {
  let j = open + 1;
  while (j < cps.length && j - open <= MAX_SYLLABLE_LENGTH && PINYIN_CHAR.test(cps[j] ?? '')) j++;
  if (j === open + 1) return -1;
  const atEnd = j === cps.length || cps[j] === '\n';
  if (!atEnd) return -1;
  // `(guā⏎n)`: the reading goes on after the break; that is not a cut-off reading but a broken one.
  if (j < cps.length && /^[a-zü]{0,5}\)/u.test(cps.slice(j + 1, j + 8).join(''))) return -1;
  return SYLLABLE_PREFIXES.has(
    cps
      .slice(open + 1, j)
      .join('')
      .normalize('NFC'),
  )
    ? j
    : -1;
}

/**
 * The romanisation artifacts in `text`, in order, with code-point spans into `text`. Used by the
 * "how this text was cleaned" apparatus and by tests that count what the step removes.
 */
export function findRomanisationArtifacts(text: string): RomanisationArtifact[] {
  return scan(text).artifacts;
}

/**
 * `text` without its romanisation artifacts. A group after a non-Han character is kept even when
 * it is pinyin (`伯a(chǎn)黨` in 001): there the preceding character is a stray byte of mojibake,
 * and the reading is evidence the damage-repair module can use to restore 產.
 */
export function stripRomanisation(text: string): string {
  return scan(text).kept;
}

/** The `stripRomanisation` cleaning step. */
export const stripRomanisationStep: CleaningStep = {
  name: 'stripRomanisation',
  summary:
    'Removes pinyin readings such as “(guān)” that the source scraper inserted after characters; real parenthesised text is kept.',
  apply: stripRomanisation,
};
