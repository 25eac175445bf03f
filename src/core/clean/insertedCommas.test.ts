import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { corpusFragment, hanMultiset, rawArticle } from '../../node/testing.ts';
import {
  countInsertedCommas,
  isInsertedCommaFollower,
  removeInsertedCommas,
  removeInsertedCommasStep,
} from './insertedCommas.ts';

const article = rawArticle;

describe('removeInsertedCommas on fixtures cut from 001', () => {
  // The step runs after stripRomanisation, but it does not depend on it: raw excerpts work.
  // prettier-ignore
  const cases: ReadonlyArray<readonly [string, string]> = [
    ['危機(jī),,也是一場需要沉著應(yīng)戰(zhàn)的大考,。', '危機(jī),也是一場需要沉著應(yīng)戰(zhàn)的大考。'],
    ['咬緊牙關(guān),、堅(jiān)持到底,,“外防輸入', '咬緊牙關(guān)、堅(jiān)持到底,“外防輸入'],
    ['關(guān)聯(lián)人和風(fēng)險(xiǎn)場所,;對確診病例', '關(guān)聯(lián)人和風(fēng)險(xiǎn)場所;對確診病例'],
    ['疫情防控攻堅(jiān)戰(zhàn),!', '疫情防控攻堅(jiān)戰(zhàn)!'],
    ['黨員干部召必來,、戰(zhàn)必勝,!守護(hù)', '黨員干部召必來、戰(zhàn)必勝!守護(hù)'],
    // Mojibake zones: the comma before U+FFFD stays; the one before a mark goes.
    ['病毒非�,!敖苹�,,城關(guān)', '病毒非�!敖苹�,城關(guān)'],
    ['轉(zhuǎn)走隔離,�,!背顷P', '轉(zhuǎn)走隔離,�!背顷P'],
    ['進(jìn)行分析部署�,?h疫情', '進(jìn)行分析部署�?h疫情'],
    ['黨員干部的覺悟是很高的�,!�', '黨員干部的覺悟是很高的�!�'],
    // A comma before an opening quote or a plain character is the article's own.
    ['“外防輸入、內(nèi)防反彈”,,對城關(guān)', '“外防輸入、內(nèi)防反彈”,對城關(guān)'],
    ['遭遇困難,只要下定決心', '遭遇困難,只要下定決心'],
  ];
  it.each(cases)('%s', (before, after) => {
    expect(article('001').includes(before), `not in 001: ${before}`).toBe(true);
    expect(removeInsertedCommas(before)).toBe(after);
  });
});

describe('removeInsertedCommas on synthetic input', () => {
  it('leaves numbers and Latin text alone', () => {
    for (const s of ['1,000', '共1,000人', 'Hello, world.', '"Yes," she said', 'a,b', 'x,-y']) {
      expect(removeInsertedCommas(s)).toBe(s);
    }
  });
  it('keeps a comma before an opening mark or a dash', () => {
    for (const s of ['說,“好”', '見,《通知》', '是,(記者)', '甲,——乙', '甲,�']) {
      expect(removeInsertedCommas(s)).toBe(s);
    }
  });
  it('removes a comma before closing quotes, brackets and full-width marks', () => {
    expect(removeInsertedCommas('好,”他說')).toBe('好”他說');
    expect(removeInsertedCommas('(甲,)')).toBe('(甲)');
    expect(removeInsertedCommas('甲,：乙,？丙,…')).toBe('甲：乙？丙…');
  });
  it('collapses a run of commas to the last one', () => {
    expect(removeInsertedCommas('1,,000')).toBe('1,000');
    expect(removeInsertedCommas('甲,,,乙,,。')).toBe('甲,乙。');
  });
  it('knows its followers', () => {
    for (const c of [',', '。', '、', ';', '!', '?', ':', '”', '》', '）']) {
      expect(isInsertedCommaFollower(c)).toBe(true);
    }
    for (const c of ['“', '《', '(', '\ufffd', '0', '中', 'a', '—', '"', ' ']) {
      expect(isInsertedCommaFollower(c)).toBe(false);
    }
  });
});

describe('removeInsertedCommas on whole articles', () => {
  it('removes the 149 inserted commas of 001, kind by kind', () => {
    const raw = article('001');
    // Counted by hand from the file: the mark after each inserted comma.
    const kinds: Readonly<Record<string, number>> = {
      ',': 75,
      '、': 39,
      '。': 19,
      '!': 10,
      ';': 5,
      '?': 1,
    };
    const cps = Array.from(raw);
    for (const [mark, n] of Object.entries(kinds)) {
      const pairs = cps.filter((c, i) => c === ',' && cps[i + 1] === mark).length;
      expect(pairs, `,${mark}`).toBe(n);
    }
    const out = removeInsertedCommas(raw);
    expect(countInsertedCommas(raw)).toBe(149);
    expect(raw.length - out.length).toBe(149);
    expect(out).not.toMatch(/,[,、。!;?:”’…]/u);
    expect(out.replaceAll(',', '')).toBe(raw.replaceAll(',', ''));
  });
  it.each(['000', '002', '003', '004'])('%s has no inserted commas and is unchanged', (prefix) => {
    const raw = article(prefix);
    expect(countInsertedCommas(raw)).toBe(0);
    expect(removeInsertedCommas(raw)).toBe(raw);
  });
});

// Mixed input: corpus fragments, Han, ASCII and full-width punctuation, digits, Latin, pinyin.
const fragment = corpusFragment;
const mixedText = fc
  .array(
    fc.oneof(
      fragment,
      fc.integer({ min: 0x4e00, max: 0x9fff }).map((cp) => String.fromCodePoint(cp)),
      fc.constantFrom(...',,,.;:!?()"\'', ...'，。、；：！？“”《》…—'),
      fc.constantFrom(...'0123456789'),
      fc.constantFrom(...'abcKNz', 'Covid', 'KN95', '\ufffd', ' ', '\n'),
      fc.constantFrom('(guān)', '(zhèn)', '(chǎn)'),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

describe('removeInsertedCommas properties', () => {
  it('is idempotent', () => {
    fc.assert(
      fc.property(mixedText, (s) => {
        const once = removeInsertedCommas(s);
        expect(removeInsertedCommas(once)).toBe(once);
      }),
    );
  });
  it('removes only ASCII commas, never a Han character', () => {
    fc.assert(
      fc.property(mixedText, (s) => {
        const out = removeInsertedCommas(s);
        expect(hanMultiset(out)).toBe(hanMultiset(s));
        expect(out.replaceAll(',', '')).toBe(s.replaceAll(',', ''));
        expect(s.length - out.length).toBe(countInsertedCommas(s));
      }),
    );
  });
  it('leaves no comma directly before a follower', () => {
    fc.assert(
      fc.property(mixedText, (s) => {
        const cps = Array.from(removeInsertedCommas(s));
        cps.forEach((c, i) => {
          if (c === ',') expect(isInsertedCommaFollower(cps[i + 1] ?? '')).toBe(false);
        });
      }),
    );
  });
});

describe('removeInsertedCommasStep', () => {
  it('is the registered step', () => {
    expect(removeInsertedCommasStep.name).toBe('removeInsertedCommas');
    expect(removeInsertedCommasStep.summary.length).toBeGreaterThan(0);
    expect(removeInsertedCommasStep.apply('大考,。')).toBe('大考。');
  });
});
