import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { corpusFragment, hanMultiset, rawArticle, rawArticles } from '../../node/testing.ts';
import { isEdgeSpace, normaliseWhitespace, normaliseWhitespaceStep } from './normalise.ts';

const articles = rawArticles;
const article = rawArticle;
const visible = (s: string): string =>
  Array.from(s)
    .filter((c) => !/\s/u.test(c))
    .join('');

describe('normaliseWhitespace on fixtures cut from the corpus', () => {
  // [article, raw excerpt, expected]. Excerpts keep their line breaks so edge trimming shows.
  const cases: ReadonlyArray<readonly [string, string, string]> = [
    [
      '000',
      '全面打响。\u00a0\n\n  “抗疫”决心彰显“担当作为”',
      '全面打响。\n\n“抗疫”决心彰显“担当作为”',
    ],
    ['000', '阻击战。\u00a0\u00a0\n\n  “硬核”措施', '阻击战。\n\n“硬核”措施'],
    [
      '000',
      '更加美好。\n\n  通讯员\u00a0朱登山\u00a0高琼\u00a0剡文斌\n',
      '更加美好。\n\n通讯员\u00a0朱登山\u00a0高琼\u00a0剡文斌\n',
    ],
    // Interior spaces are not ours to judge: the NBSP in "11 个" stays.
    ['000', '设置了11\u00a0个交通管控检查站', '设置了11\u00a0个交通管控检查站'],
    ['000', '同心抗疫献爱心  洋葱助力战疫情', '同心抗疫献爱心  洋葱助力战疫情'],
    // A whitespace-only line becomes a blank line.
    ['004', '“炼”成的\n  \n返回顶部', '“炼”成的\n\n返回顶部'],
    // Two blank lines in a row collapse to one.
    ['003', '頑強鬥志!\n\n\n分享到:\n\n\n相關文章:', '頑強鬥志!\n\n分享到:\n\n相關文章:'],
    // Indented blurbs in a recommended-article list.
    ['004', '护修复项目\n  人民网西宁5月15日电', '护修复项目\n人民网西宁5月15日电'],
  ];
  it.each(cases)('%s: %j', (prefix, before, after) => {
    expect(article(prefix).includes(before), `not in ${prefix}: ${before}`).toBe(true);
    expect(normaliseWhitespace(before)).toBe(after);
  });
});

describe('normaliseWhitespace on synthetic input', () => {
  it('turns CRLF, CR and Unicode line separators into \\n', () => {
    expect(normaliseWhitespace('一\r\n二\r三\u2028四\u2029五')).toBe('一\n二\n三\n四\n五');
  });
  it('trims U+3000, tabs, BOM and zero-width spaces at line edges only', () => {
    expect(normaliseWhitespace('\ufeff\u3000\u3000疫情\u3000防控\t\u200b\n\t第二行 ')).toBe(
      '疫情\u3000防控\n第二行',
    );
  });
  it('keeps a single blank line and collapses longer runs, including whitespace-only lines', () => {
    expect(normaliseWhitespace('甲\n\n乙')).toBe('甲\n\n乙');
    expect(normaliseWhitespace('甲\n \n\u3000\n\t\n乙')).toBe('甲\n\n乙');
  });
  it('applies NFC: composes decomposed tone marks', () => {
    expect(normaliseWhitespace('關(gua\u0304n)')).toBe('關(guān)');
  });
  it('applies NFC: folds a CJK compatibility ideograph to its unified form', () => {
    // A documented consequence of NFC, and the one case where a Han code point changes.
    expect(normaliseWhitespace('\uf900')).toBe('\u8c48');
  });
  it('classifies edge spaces', () => {
    for (const c of [' ', '\t', '\u00a0', '\u3000', '\u2003', '\ufeff', '\u200b']) {
      expect(isEdgeSpace(c)).toBe(true);
    }
    for (const c of ['\n', '中', '“', '\ufffd', 'a']) expect(isEdgeSpace(c)).toBe(false);
  });
});

describe('normaliseWhitespace on whole articles', () => {
  it.each(articles.map((a) => [a.name, a.text] as const))('%s', (_name, raw) => {
    const out = normaliseWhitespace(raw);
    expect(raw.normalize('NFC')).toBe(raw); // so only whitespace may differ below
    expect(out).not.toMatch(/\r/u);
    expect(out).not.toMatch(/\n{3,}/u);
    for (const line of out.split('\n')) {
      const cps = Array.from(line);
      expect(isEdgeSpace(cps[0] ?? 'x')).toBe(false);
      expect(isEdgeSpace(cps[cps.length - 1] ?? 'x')).toBe(false);
      // Every output line is a raw line with only its ends trimmed.
      if (line !== '') expect(raw.split('\n').some((r) => r.includes(line))).toBe(true);
    }
    expect(visible(out)).toBe(visible(raw));
  });
});

// Mixed input: fragments of real corpus lines plus the characters this step cares about.
const fragment = corpusFragment;
const mixedText = fc
  .array(
    fc.oneof(
      fragment,
      fc.integer({ min: 0x4e00, max: 0x9fff }).map((cp) => String.fromCodePoint(cp)),
      fc.constantFrom(...',.;:!?()', '，', '。', '“', '”', '\ufffd', '(guān)', '(KN95)'),
      fc.constantFrom(...'0123456789abcKNz'),
      fc.constantFrom(' ', '\t', '\u00a0', '\u3000', '\u200b', '\n', '\r\n', '\r', '\u2028'),
      fc.constantFrom('a\u0304', 'u\u0308\u0301', 'e\u0301'),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

describe('normaliseWhitespace properties', () => {
  it('is idempotent', () => {
    fc.assert(
      fc.property(mixedText, (s) => {
        const once = normaliseWhitespace(s);
        expect(normaliseWhitespace(once)).toBe(once);
      }),
    );
  });
  it('keeps the Han code-point multiset (unified ideographs)', () => {
    fc.assert(
      fc.property(mixedText, (s) => {
        expect(hanMultiset(normaliseWhitespace(s))).toBe(hanMultiset(s));
      }),
    );
  });
  it('changes nothing but whitespace, once the text is NFC', () => {
    fc.assert(
      fc.property(mixedText, (s) => {
        const invisible = /[\s\u200b]/gu;
        expect(normaliseWhitespace(s).replace(invisible, '')).toBe(
          s.normalize('NFC').replace(invisible, ''),
        );
      }),
    );
  });
});

describe('normaliseWhitespaceStep', () => {
  it('is the registered step', () => {
    expect(normaliseWhitespaceStep.name).toBe('normaliseWhitespace');
    expect(normaliseWhitespaceStep.summary.length).toBeGreaterThan(0);
    expect(normaliseWhitespaceStep.apply('  甲 \r\n')).toBe('甲\n');
  });
});
