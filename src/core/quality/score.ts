/**
 * How faithful an edition is: what `npm run quality` reports per file and in total. Pure, so it is
 * tested on fixtures; the CLI reads the files and the expectations.
 *
 * Measured without expectations: damage left in the reading text (inserted readings, doubled
 * punctuation, markup residue), damage flags and the Han-character ledger. Against an
 * expectations file (the format of realworld-dev/expected.json): chrome left in the text, prose
 * removed or moved (the lines of the file that are neither chrome, residue nor title must all be
 * in the reading text), titles, dates, places, outlets and formulas right, wrong and missing.
 */
import type { CleanedArticle } from '../clean/pipeline.ts';
import type { MetaGuess } from '../metadata/guess.ts';

/** One record of an expectations file (realworld-dev/expected.json). */
export interface Expected {
  file: string;
  title: string | null;
  titleRaw: string | null;
  date: string | null;
  place: string | null;
  province: string | null;
  outlet: string | null;
  chrome: string[];
  residue: string[];
  formulas: string[];
  /** Damage forms (`mojibake`, `pinyin-inserted`, …). */
  damage?: string[];
}

export type Verdict = 'right' | 'wrong' | 'missing' | 'extra' | 'none';

export interface FileScore {
  file: string;
  /** Inserted readings left in the reading text (`(huì)`, `(q` at an end). */
  pinyinLeft: string[];
  /** Doubled punctuation left (`，，`, `，。`, `，？` …). */
  doubledPunctuation: string[];
  /** Markup left (`<div>`, `&nbsp;`, `![]()`, table pipes). */
  markupLeft: string[];
  /** Damage flags (mis-decoded stretches) in the reading text. */
  damageFlags: number;
  /** The expectations say the page has mojibake, and no stretch of it is flagged. */
  mojibakeUnflagged: boolean;
  /** Han characters of the input accounted for nowhere (0 when the ledger balances). */
  ledgerMissing: number;
  ledgerMissingChars: string;
  /** Chrome lines (from the expectations) still in the reading text. */
  chromeLeft: string[];
  /** Prose lines of the file not (entirely) in the reading text. */
  proseRemoved: string[];
  title: Verdict;
  titleGot: string;
  date: Verdict;
  dateGot: string | null;
  place: Verdict;
  placeGot: string | null;
  provinceWrong: boolean;
  outlet: Verdict;
  outletGot: string | null;
  formulasPresent: number;
  formulasMarked: number;
  formulasMissed: string[];
}

const HAN_RE = /\p{Script=Han}/u;
const isHan = (c: string): boolean => HAN_RE.test(c);
const hanOnly = (s: string): string => Array.from(s).filter(isHan).join('');

/** Every Han character of `s`, counted. */
function hanCounts(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const c of s) if (isHan(c)) m.set(c, (m.get(c) ?? 0) + 1);
  return m;
}

/** Everything the edition holds: reading text, title, dateline, credits, captions, removed lines. */
export function editionText(c: CleanedArticle): string {
  return [
    c.headline ?? '',
    c.subtitle ?? '',
    c.dateline ?? '',
    ...c.credits,
    ...c.captions,
    ...c.paragraphs,
    ...c.removed.map((r) => r.text),
    ...c.damaged.map((d) => d.raw),
  ].join('\n');
}

/**
 * The Han-character ledger: characters of `input` (the decoded text) that the edition does not
 * account for, with multiplicity. A repeated block removed as a duplicate is in `removed`, so it
 * counts; a character the editor's apparatus replaced is in its damage flag's `raw`.
 */
export function ledger(input: string, c: CleanedArticle): { missing: number; chars: string } {
  const have = hanCounts(editionText(c));
  let missing = 0;
  const chars: string[] = [];
  for (const [ch, n] of hanCounts(input)) {
    const short = n - (have.get(ch) ?? 0);
    if (short > 0) {
      missing += short;
      chars.push(ch);
    }
  }
  return { missing, chars: chars.join('') };
}

const PINYIN_LEFT = /\p{Script=Han}\(\s*[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\s*(?:\)|$)/gmu;
const DOUBLED = /[，,][，,、。？！?!；;：:]|[、][，、。]|[。][，、。]/gu;
const MARKUP =
  /<\/?[a-z][a-z0-9]*[^>]*>|&(?:nbsp|amp|lt|gt|quot|#\d+);|!\[[^\]]*\]\([^)]*\)|\|\s*\|/giu;

/** The fold used to compare expectations with the edition: Han, digits and Latin only. */
const skeleton = (s: string, fold: (s: string) => string): string =>
  fold(s).replace(/[^\p{Script=Han}0-9A-Za-z]/gu, '');

function titleVerdict(
  expected: Expected,
  got: MetaGuess['title'],
  fold: (s: string) => string,
): Verdict {
  if (expected.title === null)
    return got.source === 'page' ? 'extra' : got.source === 'file-name' ? 'missing' : 'right';
  if (got.source !== 'page') return 'missing';
  return skeleton(got.title, fold) === skeleton(expected.title, fold) ? 'right' : 'wrong';
}

function dateVerdict(expected: string | null, got: string | null): Verdict {
  if (expected === null) return got === null ? 'none' : 'extra';
  if (got === null) return 'missing';
  return got === expected ? 'right' : 'wrong';
}

/** Administrative suffixes, for comparing 霞浦县 with 霞浦. */
const SUFFIX =
  /(特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|地区|街道|省|市|县|区|镇|乡|旗|盟)$/u;
const stem = (s: string): string => {
  const t = s.replace(/(?:\p{Script=Han}{1,4}族)+自治(?:区|州|县|旗)$/u, '').replace(SUFFIX, '');
  return t.length >= 2 ? t : s;
};

/**
 * A place is right when its finest unit is named in the expected place and its province agrees
 * with the expected one; coarser but consistent is right too when the expectation names several
 * places or none finer.
 */
function placeVerdict(
  expected: Expected,
  got: MetaGuess['place'],
  fold: (s: string) => string,
): { verdict: Verdict; provinceWrong: boolean } {
  const expPlace = expected.place ? fold(expected.place) : null;
  const expProvince = expected.province ? fold(expected.province) : null;
  if (!got) return { verdict: expPlace ? 'missing' : 'none', provinceWrong: false };
  const province = got.parts[0];
  const provinceWrong =
    province !== undefined &&
    expProvince !== null &&
    !expProvince.includes(stem(province.zh).slice(0, 2)) &&
    !(expPlace ?? '').includes(stem(province.zh));
  if (!expPlace) return { verdict: 'extra', provinceWrong };
  if (provinceWrong) return { verdict: 'wrong', provinceWrong };
  const finest = got.parts[got.parts.length - 1];
  if (!finest) return { verdict: 'missing', provinceWrong };
  const context = `${expPlace} ${expProvince ?? ''}`;
  if (expPlace.includes(stem(finest.zh))) return { verdict: 'right', provinceWrong };
  // The article is about several places (`雨山区、花山区`): their common parent is the finest
  // single place the text allows.
  const several = /[、；;]/u.test(expPlace.split(/[（(]/u)[0] ?? '');
  if (several && context.includes(stem(finest.zh))) return { verdict: 'right', provinceWrong };
  // Named in the expectation's context (a parent of what is expected): consistent but coarser.
  if (context.includes(stem(finest.zh))) return { verdict: 'missing', provinceWrong };
  return { verdict: 'wrong', provinceWrong };
}

function outletVerdict(
  expected: string | null,
  got: string | null,
  fold: (s: string) => string,
): Verdict {
  if (expected === null) return got === null ? 'none' : 'extra';
  if (got === null) return 'missing';
  const e = fold(expected);
  const g = fold(got);
  return e.includes(g) || g.includes(e.split(/\s*[(（]/u)[0] ?? e) ? 'right' : 'wrong';
}

/** Formula occurrences the reader marks: folded paragraph index and code-point span. */
export interface MarkedSpan {
  paragraph: number;
  start: number;
  end: number;
}

/**
 * An expected formula is marked when it occurs in the folded reading text and one occurrence is
 * inside a marked span (`常态化*` stands for any formula containing 常态化).
 */
function formulaScore(
  formulas: readonly string[],
  folded: readonly string[],
  marks: readonly MarkedSpan[],
): { present: number; marked: number; missed: string[] } {
  let present = 0;
  let marked = 0;
  const missed: string[] = [];
  for (const f of formulas) {
    const needle = f.replace(/\*$/u, '');
    let found = false;
    let covered = false;
    folded.forEach((p, paragraph) => {
      const cps = Array.from(p);
      const text = cps.join('');
      for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
        found = true;
        const start = Array.from(text.slice(0, at)).length;
        const end = start + Array.from(needle).length;
        if (marks.some((m) => m.paragraph === paragraph && m.start <= start && m.end >= end))
          covered = true;
      }
    });
    present++;
    if (covered) marked++;
    else missed.push(found ? f : `${f} (not in the reading text)`);
  }
  return { present, marked, missed };
}

/** Lines of `source` that are neither chrome nor residue nor the title: the article's prose. */
function proseLines(source: string, expected: Expected): string[] {
  let rest = source;
  const cut = [
    ...expected.chrome,
    ...expected.residue,
    ...(expected.titleRaw ? [expected.titleRaw] : []),
  ]
    .filter(Boolean)
    .sort((a, b) => b.length - a.length);
  for (const c of cut) rest = rest.split(c).join('\n');
  return rest.split('\n').filter((l) => hanOnly(l).length >= 6);
}

export function scoreFile(input: {
  file: string;
  source: string;
  cleaned: CleanedArticle;
  guess: MetaGuess;
  fold: (s: string) => string;
  foldedParagraphs: readonly string[];
  marks: readonly MarkedSpan[];
  expected?: Expected;
}): FileScore {
  const { cleaned: c, fold, expected } = input;
  const reading = c.paragraphs.join('\n');
  const pinyinLeft = [...reading.matchAll(PINYIN_LEFT)].map((m) => m[0]);
  const doubledPunctuation = [...reading.matchAll(DOUBLED)].map((m) => m[0]);
  const markupLeft = [...[reading, c.headline ?? ''].join('\n').matchAll(MARKUP)].map((m) => m[0]);
  const balance = ledger(input.source, c);
  const score: FileScore = {
    file: input.file,
    pinyinLeft,
    doubledPunctuation,
    markupLeft,
    damageFlags: c.damaged.length,
    mojibakeUnflagged: !!expected?.damage?.includes('mojibake') && c.damaged.length === 0,
    ledgerMissing: balance.missing,
    ledgerMissingChars: balance.chars,
    chromeLeft: [],
    proseRemoved: [],
    title: 'none',
    titleGot: input.guess.title.title,
    date: 'none',
    dateGot: input.guess.date?.date ?? null,
    place: 'none',
    placeGot: input.guess.place?.text ?? null,
    provinceWrong: false,
    outlet: 'none',
    outletGot: input.guess.outlet?.outlet ?? null,
    formulasPresent: 0,
    formulasMarked: 0,
    formulasMissed: [],
  };
  if (!expected) return score;
  // The dateline is shown with the text: a wire lead taken into it is not removed prose.
  const readingSkeleton = skeleton([c.dateline ?? '', reading].join(''), fold);
  for (const chrome of expected.chrome) {
    for (const line of chrome.split('\n')) {
      const s = skeleton(line, fold);
      if (s.length === 0) {
        const bare = line.trim();
        if (bare && c.paragraphs.some((p) => p.trim() === bare)) score.chromeLeft.push(bare);
        continue;
      }
      // A chrome line is left when it still stands as text: a paragraph of its own, or run into
      // one (when long enough not to be a name the article also uses).
      const left = c.paragraphs.some((p) => {
        const ps = skeleton(p, fold);
        return ps === s || (s.length >= 5 && ps.includes(s));
      });
      if (left) score.chromeLeft.push(line.trim());
    }
  }
  for (const line of proseLines(input.source, expected)) {
    const s = skeleton(line, fold).replace(/[0-9A-Za-z]/gu, '');
    const readingHan = readingSkeleton.replace(/[0-9A-Za-z]/gu, '');
    if (s && !readingHan.includes(s)) score.proseRemoved.push(line.trim());
  }
  score.title = titleVerdict(expected, input.guess.title, fold);
  score.date = dateVerdict(expected.date, score.dateGot);
  const place = placeVerdict(expected, input.guess.place, fold);
  score.place = place.verdict;
  score.provinceWrong = place.provinceWrong;
  score.outlet = outletVerdict(expected.outlet, score.outletGot, fold);
  const f = formulaScore(expected.formulas, input.foldedParagraphs, input.marks);
  score.formulasPresent = f.present;
  score.formulasMarked = f.marked;
  score.formulasMissed = f.missed;
  return score;
}
