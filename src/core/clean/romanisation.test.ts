import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { corpusFragment, hanMultiset, rawArticle } from '../../node/testing.ts';
import { cpLength, cpSlice, isHan } from '../text/codepoints.ts';
import { normaliseWhitespace } from './normalise.ts';
import {
  PINYIN_SYLLABLES,
  addToneMark,
  findRomanisationArtifacts,
  isPinyinSyllable,
  stripRomanisation,
  stripRomanisationStep,
} from './romanisation.ts';

const article = rawArticle;

/**
 * Every distinct artifact in 001 and 002, with how often it follows a Han character, counted by
 * reading the files. The step must find exactly these.
 */
// prettier-ignore
const ARTIFACTS_001: Readonly<Record<string, number>> = {
  biāo: 3, bào: 1, chǎn: 3, diào: 7, diǎn: 9, duì: 4, dān: 2, dāng: 5, dǎo: 5, fù: 1, fā: 4,
  fēng: 2, guān: 20, huán: 2, hù: 9, jié: 3, jiān: 7, jì: 1, jìn: 6, jù: 1, jī: 1, kuò: 3,
  lián: 1, luò: 1, lǐng: 5, nèi: 1, qiáng: 3, qū: 27, shè: 2, shí: 20, shù: 3, tài: 3, tǒng: 1,
  wù: 5, wěn: 2, wǎng: 2, xiàn: 12, xié: 2, xiāng: 4, xiǎn: 1, xí: 1, xù: 5, yàn: 1, yán: 2,
  yáng: 2, yè: 2, yùn: 5, yī: 4, yīng: 8, zhuǎn: 6, zhàn: 17, zhèn: 16, zhì: 1, zhí: 1, zhǔn: 2,
  zé: 6,
};
// prettier-ignore
const ARTIFACTS_002: Readonly<Record<string, number>> = {
  chuàng: 2, chǎn: 1, chǔ: 1, diào: 4, dǎo: 23, fù: 1, fā: 22, guān: 17, guī: 1, gòu: 7, huán: 1,
  jié: 1, jù: 1, lián: 13, lǐng: 16, nèi: 2, nóng: 4, quán: 1, qū: 20, shè: 7, shù: 2, tài: 2,
  tǒng: 2, wèi: 6, wù: 6, wěn: 3, wǎng: 10, xiàn: 5, xié: 3, xiāng: 9, xù: 2, yè: 4, yù: 2,
  yī: 16, yīng: 4, yōu: 2, zhuǎn: 2, zhàn: 23, zhèn: 10, zhí: 1,
};

const total = (counts: Readonly<Record<string, number>>): number =>
  Object.values(counts).reduce((a, b) => a + b, 0);

/**
 * An independent, deliberately loose count: any parenthesised run of lower-case (possibly
 * accented) Latin letters right after a Han character. Shares no code with the module.
 */
const LOOSE_GROUP = /(?<=\p{Script=Han})\(([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+)\)/gu;

describe('isPinyinSyllable', () => {
  it('accepts real syllables, toned or not', () => {
    for (const s of ['guān', 'zhèn', 'zhàn', 'jī', 'lǚ', 'nüè', 'lüe', 'ér', 'yī', 'wǔ', 'yù']) {
      expect(isPinyinSyllable(s), s).toBe(true);
    }
    for (const s of ['a', 'ai', 'an', 'ang', 'ao', 'e', 'ei', 'en', 'eng', 'er', 'o', 'ou']) {
      expect(isPinyinSyllable(s), s).toBe(true);
    }
    for (const s of ['zhuang', 'chuang', 'shuang', 'xiong', 'de', 'men', 'ri', 'zi', 'si']) {
      expect(isPinyinSyllable(s), s).toBe(true);
    }
  });
  it('accepts decomposed tone marks', () => {
    expect(isPinyinSyllable('gua\u0304n')).toBe(true);
  });
  it('rejects everything else', () => {
    // prettier-ignore
    for (const s of [
      '', 'KN95', 'Covid', 'covid', '港航', '57', 'Guān', 'GUAN', 'guān zhèn', 'guānzhèn',
      'gūan', // tone mark on the wrong vowel
      'guǎā', // two tone marks
      'bü', 'gi', 'fiao', 'jü', // initial and final that do not combine
      'm', 'n', 'ng', 'hm', // interjections: too likely to be units
      'a1', 'guăn', // digit tone; breve instead of caron
    ]) expect(isPinyinSyllable(s), s).toBe(false);
  });
  it('has a realistic inventory', () => {
    // Standard tables list about 400 syllables without the interjections.
    expect(PINYIN_SYLLABLES.size).toBe(410);
    for (const s of PINYIN_SYLLABLES) expect(s).toMatch(/^[a-zü]{1,6}$/u);
  });
  it('places tone marks by the standard rule', () => {
    expect(addToneMark('gui', 4)).toBe('guì');
    expect(addToneMark('liu', 2)).toBe('liú');
    expect(addToneMark('you', 2)).toBe('yóu');
    expect(addToneMark('nüe', 4)).toBe('nüè');
    expect(addToneMark('lü', 3)).toBe('lǚ');
    expect(addToneMark('zhuang', 1)).toBe('zhuāng');
  });
});

describe('stripRomanisation on fixtures cut from the corpus', () => {
  // prettier-ignore
  const cases: ReadonlyArray<readonly [string, string, string]> = [
    ['001', '鳳臺縣城關(guān)鎮(zhèn)疫情防控攻堅(jiān)戰(zhàn)見聞', '鳳臺縣城關鎮疫情防控攻堅戰見聞'],
    ['001', '突如其來的危機(jī),,也是一場需要沉著應(yīng)戰(zhàn)的大考,。', '突如其來的危機,,也是一場需要沉著應戰的大考,。'],
    ['001', '全面開展流調(diào)。市縣領(lǐng)導(dǎo)第一時(shí)間', '全面開展流調。市縣領導第一時間'],
    ['001', '咬緊牙關(guān),、堅(jiān)持到底', '咬緊牙關,、堅持到底'],
    ['002', '縣、鄉(xiāng)(鎮(zhèn))、村三級', '縣、鄉(鎮)、村三級'],
    ['002', '確?!皯?zhàn)時黨組織”', '確?!皯?zhàn)時黨組織”'], // "(" eaten by mojibake: not a group
    // Real parenthesised text survives.
    ['001', '是市地方海事(港航)管理', '是市地方海事(港航)管理'],
    ['000', '【甘快看·疫情防控最美有你(57)】', '【甘快看·疫情防控最美有你(57)】'],
    ['003', '他們以樓棟(院落)為單位', '他們以樓棟(院落)為單位'],
    ['003', '26支社區(村)“上梅紅”', '26支社區(村)“上梅紅”'],
    ['004', '年度初步设计(或作业设计)的编制', '年度初步设计(或作业设计)的编制'],
    ['004', '工程总体规划(2021—2035年)》', '工程总体规划(2021—2035年)》'],
    ['001', '(記者 張昌濤 劉銀昌 張明星 見習(xí)記者 尚家起)', '(記者 張昌濤 劉銀昌 張明星 見習記者 尚家起)'],
    // After a stray byte of mojibake the reading is evidence for repair: left alone.
    ['001', '拔沂且幻伯a(chǎn)黨員', '拔沂且幻伯a(chǎn)黨員'],
    ['001', '背顷P(guān)鎮(zhèn)人大', '背顷P(guān)鎮人大'],
  ];
  it.each(cases)('%s: %s', (prefix, before, after) => {
    expect(article(prefix).includes(before), `not in ${prefix}: ${before}`).toBe(true);
    expect(stripRomanisation(before)).toBe(after);
  });
});

describe('stripRomanisation on synthetic input', () => {
  it('keeps English and codes in parentheses after Han text', () => {
    for (const s of ['口罩(KN95)', '新冠(Covid)', '新冠(covid)', '长度(m)', '数量(57)']) {
      expect(stripRomanisation(s)).toBe(s);
    }
  });
  it('removes a doubled reading whole, so the step is idempotent', () => {
    expect(stripRomanisation('長(cháng)(zhǎng)大')).toBe('長大');
  });
  it('keeps groups at the start of the text or after punctuation or Latin', () => {
    for (const s of ['(guān)鎮', '。(guān)', 'a(guān)', ' (guān)', '關 (guān)']) {
      expect(stripRomanisation(s)).toBe(s);
    }
  });
  it('does not reach across a line break', () => {
    expect(stripRomanisation('關(guā\nn)')).toBe('關(guā\nn)');
  });
  it('reports code-point spans, astral Han included', () => {
    const text = '𠀀(guān)鎮(zhèn)';
    const found = findRomanisationArtifacts(text);
    expect(found).toEqual([
      { start: 1, end: 7, syllable: 'guān' },
      { start: 8, end: 14, syllable: 'zhèn' },
    ]);
    for (const a of found) expect(cpSlice(text, a.start, a.end)).toBe(`(${a.syllable})`);
  });
});

describe('romanisation artifacts in the whole corpus', () => {
  const expected: Record<string, Readonly<Record<string, number>>> = {
    '000': {},
    '001': ARTIFACTS_001,
    '002': ARTIFACTS_002,
    '003': {},
    '004': {},
  };
  it.each(Object.keys(expected))('%s: finds exactly the artifacts counted by hand', (prefix) => {
    const text = normaliseWhitespace(article(prefix));
    const want = expected[prefix] ?? {};
    const found: Record<string, number> = {};
    for (const a of findRomanisationArtifacts(text))
      found[a.syllable] = (found[a.syllable] ?? 0) + 1;
    expect(found).toEqual(want);
  });

  it.each(['001', '002'])('%s: removes every one, and only those', (prefix) => {
    const text = normaliseWhitespace(article(prefix));
    const want = prefix === '001' ? ARTIFACTS_001 : ARTIFACTS_002;
    const independent = [...text.matchAll(LOOSE_GROUP)].length;
    expect(independent).toBe(total(want)); // 273 in 001, 259 in 002
    const artifacts = findRomanisationArtifacts(text);
    expect(artifacts).toHaveLength(independent);

    const out = stripRomanisation(text);
    // No listed artifact survives after a Han character…
    for (const syllable of Object.keys(want)) {
      expect(out).not.toMatch(new RegExp(`\\p{Script=Han}\\(${syllable}\\)`, 'u'));
    }
    expect([...out.matchAll(LOOSE_GROUP)]).toHaveLength(0);
    // …and the only characters removed are the groups themselves.
    const removed = artifacts.reduce((n, a) => n + cpLength(a.syllable) + 2, 0);
    expect(cpLength(text) - cpLength(out)).toBe(removed);
    expect(hanMultiset(out)).toBe(hanMultiset(text));
  });

  it('leaves the readings after mojibake bytes in 001', () => {
    const out = stripRomanisation(normaliseWhitespace(article('001')));
    expect(out).toContain('伯a(chǎn)黨員');
    expect(out).toContain('背顷P(guān)鎮人大');
  });

  it.each(['000', '003', '004'])('%s: is the identity', (prefix) => {
    const text = normaliseWhitespace(article(prefix));
    expect(stripRomanisation(text)).toBe(text);
  });
});

// Mixed input: corpus fragments, Han, ASCII punctuation, digits, Latin and pinyin groups.
const fragment = corpusFragment;
const syllable = fc
  .tuple(fc.constantFrom(...PINYIN_SYLLABLES), fc.constantFrom(0, 1, 2, 3, 4))
  .map(([base, tone]) => (tone === 0 ? base : addToneMark(base, tone)));
const mixedText = fc
  .array(
    fc.oneof(
      fragment,
      fc.integer({ min: 0x4e00, max: 0x9fff }).map((cp) => String.fromCodePoint(cp)),
      fc.constantFrom(...',.;:!?()', '，', '。', '“', '”', '\ufffd', ' ', '\n'),
      fc.constantFrom(...'0123456789'),
      fc.constantFrom(...'abcKNz', 'Covid', 'KN95'),
      syllable.map((s) => `(${s})`),
      fc.constantFrom(...Object.keys(ARTIFACTS_001)).map((s) => `(${s})`),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

describe('stripRomanisation properties', () => {
  it('is idempotent', () => {
    fc.assert(
      fc.property(mixedText, (s) => {
        const once = stripRomanisation(s);
        expect(stripRomanisation(once)).toBe(once);
      }),
    );
  });
  it('never removes a Han character', () => {
    fc.assert(
      fc.property(mixedText, (s) => {
        expect(hanMultiset(stripRomanisation(s))).toBe(hanMultiset(s));
      }),
    );
  });
  it('removes exactly the reported groups, each a syllable after a Han character', () => {
    fc.assert(
      fc.property(mixedText, (s) => {
        const cps = Array.from(s);
        const artifacts = findRomanisationArtifacts(s);
        const kept: string[] = [];
        let at = 0;
        for (const a of artifacts) {
          const group = cps.slice(a.start, a.end).join('');
          if (a.cut) {
            // Cut off by the end of a line or of the text: the start of a syllable, no `)`.
            expect(group).toBe(`(${a.syllable}`);
            expect(a.end === cps.length || cps[a.end] === '\n').toBe(true);
          } else {
            expect(isPinyinSyllable(a.syllable)).toBe(true);
            expect(group.replace(/\s/gu, '')).toBe(`(${a.syllable})`);
          }
          kept.push(...cps.slice(at, a.start));
          expect(isHan(kept[kept.length - 1] ?? '')).toBe(true);
          at = a.end;
        }
        kept.push(...cps.slice(at));
        expect(stripRomanisation(s)).toBe(kept.join(''));
      }),
    );
  });
});

describe('stripRomanisationStep', () => {
  it('is the registered step', () => {
    expect(stripRomanisationStep.name).toBe('stripRomanisation');
    expect(stripRomanisationStep.summary.length).toBeGreaterThan(0);
    expect(stripRomanisationStep.apply('關(guān)')).toBe('關');
  });
});
