import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { corpusFragment, hanMultiset, rawArticle, rawArticles } from '../../node/testing.ts';
import { cpLength } from '../text/codepoints.ts';
import { removeInsertedCommasStep } from './insertedCommas.ts';
import { normaliseWhitespaceStep } from './normalise.ts';
import {
  FULL_WIDTH_MARKS,
  fullWidthPunctuation,
  fullWidthPunctuationStep,
  isChineseContextChar,
} from './punctuation.ts';
import { stripRomanisationStep } from './romanisation.ts';
import type { CleaningStep } from './step.ts';

const articles = rawArticles;
const article = rawArticle;

/** The first four steps in pipeline order (the registry in pipeline.ts is not ours). */
const STEPS: readonly CleaningStep[] = [
  normaliseWhitespaceStep,
  stripRomanisationStep,
  removeInsertedCommasStep,
  fullWidthPunctuationStep,
];
const clean = (text: string): string => STEPS.reduce((t, step) => step.apply(t), text);

describe('fullWidthPunctuation on fixtures cut from the corpus', () => {
  // prettier-ignore
  const cases: ReadonlyArray<readonly [string, string, string]> = [
    ['000', '21-11-08 16:50 来源:中国甘肃网 编辑:王烁', '21-11-08 16:50 来源：中国甘肃网 编辑：王烁'],
    ['000', '截至11月6日,县红十字会共接收捐款101.8万元,', '截至11月6日，县红十字会共接收捐款101.8万元，'],
    ['000', '爱心人士的捐赠还在源源不断......。', '爱心人士的捐赠还在源源不断……。'],
    ['000', '核酸日检测能力达4.98万人次。', '核酸日检测能力达4.98万人次。'],
    ['000', '设置了11\u00a0个交通管控检查站,县道', '设置了11\u00a0个交通管控检查站，县道'],
    ['000', '疫情防控最美有你(57)】天水秦安:抗疫前线', '疫情防控最美有你(57)】天水秦安：抗疫前线'],
    ['000', '【甘快看】新华全媒+|停课不停学?“', '【甘快看】新华全媒+|停课不停学？“'],
    ['000', '您当前的位置 : 中国甘肃网 >> 甘肃新闻', '您当前的位置 ： 中国甘肃网 >> 甘肃新闻'],
    ['001', '市地方海事(港航)管理', '市地方海事（港航）管理'],
    ['001', '將200只KN95口罩', '將200只KN95口罩'],
    ['001', '深有感觸地說:“關(guān)鍵', '深有感觸地說：“關(guān)鍵'],
    // Nested: the pinyin group stays ASCII, the Han parenthetical around it converts.
    ['001', '(記者 張昌濤 劉銀昌 張明星 見習(xí)記者 尚家起)', '（記者 張昌濤 劉銀昌 張明星 見習(xí)記者 尚家起）'],
    ['001', '伯a(chǎn)黨員', '伯a(chǎn)黨員'],
    // Mojibake is Chinese context; its ASCII marks convert like any other.
    ['001', '分析部署�,?h疫情', '分析部署�，？h疫情'],
    ['001', '的‘主心骨’�,!备:@社區(qū)', '的‘主心骨’�，！备：@社區(qū)'],
    ['001', '斬?cái)鄠鞑ユ湕l', '斬？cái)鄠鞑ユ湕l'],
    ['002', '每人包聯(lián)1-2個居民小區(qū),來自', '每人包聯(lián)1-2個居民小區(qū)，來自'],
    ['002', '縣、鄉(xiāng)(鎮(zhèn))、村', '縣、鄉(xiāng)（鎮(zhèn)）、村'],
    ['002', '共捐款16.9萬元,', '共捐款16.9萬元，'],
    ['002', '指導(dǎo)工作?!耙钊胴', '指導(dǎo)工作？！耙钊胴'],
    ['002', '組稿、供圖:吉縣融媒體中心', '組稿、供圖：吉縣融媒體中心'],
    ['003', '他們以樓棟(院落)為單位', '他們以樓棟（院落）為單位'],
    ['003', '12636個網格(城市到小區、農村到村組),對湖北', '12636個網格（城市到小區、農村到村組），對湖北'],
    ['003', '“加油!相信我們一定會勝利。”', '“加油！相信我們一定會勝利。”'],
    ['003', '他說:“疫情防控', '他說：“疫情防控'],
    ['004', '2022年05月17日19:52 |', '2022年05月17日19:52 |'],
    ['004', '规划(2021—2035年)》及《青藏高原生态屏障区生态保护和修复重大工程建设规划(2021-2035年)》', '规划（2021—2035年）》及《青藏高原生态屏障区生态保护和修复重大工程建设规划（2021-2035年）》'],
    ['004', '10.9亿元中央预算内投资支持青海3个生态保护修复项目', '10.9亿元中央预算内投资支持青海3个生态保护修复项目'],
    ['004', '(来源:黄南州泽库县委宣传部)', '（来源：黄南州泽库县委宣传部）'],
    ['004', '人民网>>青海频道>>州县动态>>黄南', '人民网>>青海频道>>州县动态>>黄南'],
    ['004', '视频揭秘!你的核酸', '视频揭秘！你的核酸'],
  ];
  it.each(cases)('%s: %s', (prefix, before, after) => {
    expect(article(prefix).includes(before), `not in ${prefix}: ${before}`).toBe(true);
    expect(fullWidthPunctuation(before)).toBe(after);
  });
});

describe('fullWidthPunctuation on synthetic input', () => {
  // prettier-ignore
  const cases: ReadonlyArray<readonly [string, string]> = [
    ['共1,000人', '共1,000人'],
    ['时间:16:50', '时间：16:50'],
    ['Hello, world! Is it? Yes; ok: fine.', 'Hello, world! Is it? Yes; ok: fine.'],
    ['新冠(Covid)', '新冠(Covid)'],
    ['口罩(KN95),手套', '口罩(KN95)，手套'],
    ['口罩(KN95),', '口罩(KN95),'], // nearest neighbours `)` and end of line: no context
    ['Covid,中', 'Covid，中'],
    ['KN95,!中', 'KN95，！中'], // a stretch of marks is decided together
    ['wait...', 'wait...'],
    ['中...a', '中……a'],
    ['中..a', '中..a'],
    ['第1...2条', '第1...2条'],
    ['3.14,中', '3.14，中'],
    ['“好”,a', '“好”，a'],
    ['�,a', '�，a'],
    ['中\n,a', '中\n,a'], // context never crosses a line break
    ['(甲', '(甲'], // unpaired
    ['甲)', '甲)'],
    ['((中)x)', '（（中）x）'],
    ['(x(中)', '(x（中）'],
    ['见http://www.gov.cn/a?b=1,2,谢谢', '见http://www.gov.cn/a?b=1,2，谢谢'],
    ['网址:https://x.cn:8080/p;q?r=s!', '网址：https://x.cn:8080/p;q?r=s!'],
    ['(网址 http://a.cn)', '（网址 http://a.cn）'],
    ['www.example.com,中', 'www.example.com，中'],
  ];
  it.each(cases)('%j', (before, after) => {
    expect(fullWidthPunctuation(before)).toBe(after);
  });

  it('classifies context characters', () => {
    for (const c of [
      '中',
      '𠀀',
      '，',
      '。',
      '、',
      '“',
      '”',
      '‘',
      '’',
      '《',
      '》',
      '【',
      '】',
      '…',
      '\ufffd',
    ]) {
      expect(isChineseContextChar(c), c).toBe(true);
    }
    for (const c of ['a', '1', ',', '(', ')', '"', '\u3000', ' ', '·', '|', 'ā']) {
      expect(isChineseContextChar(c), c).toBe(false);
    }
  });
});

describe('the first four steps on whole articles', () => {
  const cleaned = Object.fromEntries(articles.map((a) => [a.name.slice(0, 3), clean(a.text)]));
  const get = (prefix: string): string => cleaned[prefix] ?? '';

  it.each(['001', '002'])('%s: no pinyin group remains after a Han character', (prefix) => {
    expect(get(prefix)).not.toMatch(/\p{Script=Han}\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/u);
  });

  it('001: no inserted-comma residue', () => {
    expect(get('001')).not.toMatch(/[,，][,，、。;；!！?？:：]/u);
  });

  it.each(articles.map((a) => a.name.slice(0, 3)))(
    '%s: no ASCII , ! ; ? : next to Han text',
    (prefix) => {
      const text = get(prefix);
      expect(text).not.toMatch(/\p{Script=Han}[,!;?:]|[,!;?:]\p{Script=Han}/u);
    },
  );

  // prettier-ignore
  const survivors: ReadonlyArray<readonly [string, string]> = [
    ['000', '4.98万'], ['000', '101.8万'], ['000', '21-11-08 16:50'], ['000', '51.6万亩'],
    ['000', '最美有你(57)】'], ['000', '疫情问答(17)'], ['001', 'KN95'], ['001', '伯a(chǎn)黨員'],
    ['002', '1-2個'], ['002', '16.9萬元'], ['004', '10.9亿元'], ['004', '2022年05月17日19:52'],
    ['004', '（2021-2035年）'],
  ];
  it.each(survivors)('%s keeps %s', (prefix, text) => {
    expect(get(prefix)).toContain(text);
  });

  it.each(articles.map((a) => [a.name.slice(0, 3), a.text] as const))(
    '%s: the four steps together are idempotent and keep every Han character',
    (prefix, raw) => {
      expect(clean(get(prefix))).toBe(get(prefix));
      expect(hanMultiset(get(prefix))).toBe(hanMultiset(raw));
    },
  );
});

// Mixed input: corpus fragments, Han, ASCII punctuation, digits, Latin and pinyin groups.
const fragment = corpusFragment;
const pieces = [
  fragment,
  fc.integer({ min: 0x4e00, max: 0x9fff }).map((cp) => String.fromCodePoint(cp)),
  fc.constantFrom(...',:;!?()', '，', '。', '“', '”', '《', '》', '…', '\ufffd', '"'),
  fc.constantFrom(...'0123456789'),
  fc.constantFrom(...'abcKNz', 'Covid', 'KN95', 'http://a.cn/x?y=1,2', 'www.b.cn'),
  fc.constantFrom('(guān)', '(zhèn)', '(chǎn)', '(港航)', '(57)'),
  fc.constantFrom(' ', '\u00a0', '\u3000', '\n'),
];
const join = (parts: string[]): string => parts.join('');
/** Without full stops: the conversion is then one code point for one. */
const noDots = fc
  .array(fc.oneof(...pieces), { maxLength: 40 })
  .map(join)
  .map((s) => s.replaceAll('.', ''));
const withDots = fc
  .array(fc.oneof(...pieces, fc.constantFrom('.', '..', '...', '......', '.5')), { maxLength: 40 })
  .map(join);

describe('fullWidthPunctuation properties', () => {
  it('is idempotent', () => {
    fc.assert(
      fc.property(withDots, (s) => {
        const once = fullWidthPunctuation(s);
        expect(fullWidthPunctuation(once)).toBe(once);
      }),
    );
  });
  it('keeps the Han code-point multiset', () => {
    fc.assert(
      fc.property(withDots, (s) => {
        expect(hanMultiset(fullWidthPunctuation(s))).toBe(hanMultiset(s));
      }),
    );
  });
  it('preserves the code-point count, each character kept or swapped for its full-width form', () => {
    fc.assert(
      fc.property(noDots, (s) => {
        const input = Array.from(s);
        const output = Array.from(fullWidthPunctuation(s));
        expect(output).toHaveLength(input.length);
        input.forEach((c, i) => {
          const o = output[i];
          if (o !== c) expect(FULL_WIDTH_MARKS.get(c)).toBe(o);
          // `1,000` and `16:50` stay ASCII.
          if (
            (c === ',' || c === ':') &&
            /\d/u.test(input[i - 1] ?? '') &&
            /\d/u.test(input[i + 1] ?? '')
          ) {
            expect(o).toBe(c);
          }
        });
      }),
    );
  });
  it('with dots, changes the count only by turning dot runs into ……', () => {
    fc.assert(
      fc.property(withDots, (s) => {
        const out = fullWidthPunctuation(s);
        const strip = (t: string): string[] => Array.from(t.replace(/[.…]/gu, ''));
        const a = strip(s);
        const b = strip(out);
        expect(b).toHaveLength(a.length);
        a.forEach((c, i) => {
          if (b[i] !== c) expect(FULL_WIDTH_MARKS.get(c)).toBe(b[i]);
        });
        const dotsGone = cpLength(s.replace(/[^.]/gu, '')) - cpLength(out.replace(/[^.]/gu, ''));
        const ellipsesAdded =
          cpLength(out.replace(/[^…]/gu, '')) - cpLength(s.replace(/[^…]/gu, ''));
        expect(cpLength(s) - cpLength(out)).toBe(dotsGone - ellipsesAdded);
        expect(ellipsesAdded % 2).toBe(0);
      }),
    );
  });
});

describe('fullWidthPunctuationStep', () => {
  it('is the registered step', () => {
    expect(fullWidthPunctuationStep.name).toBe('fullWidthPunctuation');
    expect(fullWidthPunctuationStep.summary.length).toBeGreaterThan(0);
    expect(fullWidthPunctuationStep.apply('大考,中')).toBe('大考，中');
  });
});
