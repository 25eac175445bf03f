import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { cpSlice } from '../text/codepoints.ts';
import type { ApparatusEntry } from './apparatus.ts';
import { applyApparatus, parseApparatus, staleEntriesError } from './apparatus.ts';
import { DAMAGE_STEP, damageCharsets, findDamage, findDamageDetailed } from './damage.ts';
import { simulateByteDamage, survivingCharacters } from './gbk.ts';
import { cleanCharacters } from './pipeline.ts';

const CORPUS = join(import.meta.dirname, '../../../corpus');
const RAW = join(CORPUS, 'raw');
const readRaw = (name: string): string => readFileSync(join(RAW, name), 'utf8');
const ARTICLE = (prefix: string): string => {
  const name = readdirSync(RAW).find((n) => n.startsWith(prefix));
  if (!name) throw new Error(`no raw article ${prefix}`);
  return name;
};

/** Every non-empty line of an article after the character-level cleaning steps. */
const cleanedLines = (name: string): string[] =>
  cleanCharacters(readRaw(name))
    .split('\n')
    .filter((l) => l !== '');

const flaggedText = (p: string): string[] => findDamage(p).map((s) => cpSlice(p, s.start, s.end));

const loadApparatus = (): ApparatusEntry[] => {
  const parsed = parseApparatus(JSON.parse(readFileSync(join(CORPUS, 'apparatus.json'), 'utf8')));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
};

describe('emulated cleaning (test helper)', () => {
  it('produces the inputs the brief quotes', () => {
    const lines001 = cleanedLines(ARTICLE('001'));
    expect(
      lines001.some((l) => l.includes('病毒非\uFFFD！敖苹\uFFFD，城關鎮的感染人數開始上升。')),
    ).toBe(true);
    const lines002 = cleanedLines(ARTICLE('002'));
    expect(
      lines002.some((l) =>
        l.includes('指導工作？！耙钊胴瀼芈鋵嵙暯娇倳浿匾甘揪？，切實扛牢政治責任'),
      ),
    ).toBe(true);
  });
});

describe('findDamage on the bundled corpus', () => {
  it.each(['000', '003', '004'])(
    'flags nothing in the undamaged article %s (every line, chrome included)',
    (id) => {
      const flagged = cleanedLines(ARTICLE(id)).flatMap(flaggedText);
      expect(flagged).toEqual([]);
    },
  );

  it('flags exactly the nine damaged stretches of 001, whole', () => {
    expect(cleanedLines(ARTICLE('001')).flatMap(flaggedText)).toEqual([
      '？cái)鄠鞑ユ湕l',
      '\uFFFD？h',
      '\uFFFD！敖苹\uFFFD',
      '？cái)噫湕l',
      '，\uFFFD！背顷P(guān)',
      '\uFFFD！备：@',
      '\uFFFD！\uFFFD',
      '，\uFFFD！拔沂且幻伯a(chǎn)',
      '，\uFFFD！\uFFFD',
    ]);
  });

  it('flags exactly the five damaged stretches of 002, whole', () => {
    expect(cleanedLines(ARTICLE('002')).flatMap(flaggedText)).toEqual([
      '？！耙钊胴瀼芈鋵嵙暯娇倳浿匾甘揪？',
      '？！贝藿B',
      '？！皯？zhàn)',
      '？！斑@',
      '？！苯煌窬？',
    ]);
  });

  it('covers every U+FFFD of 001 (ten of them)', () => {
    let covered = 0;
    for (const line of cleanedLines(ARTICLE('001'))) {
      const spans = findDamage(line);
      Array.from(line).forEach((c, i) => {
        if (c === '\uFFFD' && spans.some((s) => s.start <= i && i < s.end)) covered++;
      });
    }
    expect(covered).toBe(10);
  });
});

describe('the bundled apparatus on the bundled corpus', () => {
  const entries = loadApparatus();

  it.each(['001', '002'])(
    'restores %s: every entry used, every flag explained, no U+FFFD left',
    (id) => {
      const name = ARTICLE(id);
      const mine = entries.filter((e) => e.article === name);
      const used: ApparatusEntry[] = [];
      for (const line of cleanedLines(name)) {
        const flagged = findDamage(line);
        const applied = applyApparatus(line, flagged, mine);
        used.push(...applied.used);
        // The apparatus replaces exactly the flagged stretches: one flag per entry, each with a note.
        expect(applied.damaged.length).toBe(flagged.length);
        for (const d of applied.damaged) {
          expect(d.note).toBeTruthy();
          expect(cpSlice(applied.text, d.start, d.end)).toBe(d.restored ?? d.raw);
        }
        expect(applied.text).not.toContain('\uFFFD');
      }
      expect(staleEntriesError(mine, used)).toBeNull();
    },
  );

  it('makes each entry match a flagged span exactly', () => {
    for (const e of entries) {
      const spans = cleanedLines(e.article).flatMap(flaggedText);
      expect(spans, e.damaged).toContain(e.damaged);
    }
  });

  it('reads as the articles were written', () => {
    const restoredText = (id: string): string =>
      cleanedLines(ARTICLE(id))
        .map((l) => applyApparatus(l, findDamage(l), entries).text)
        .join('\n');
    const t001 = restoredText('001');
    for (const s of [
      '攻堅克難斬斷傳播鏈條，壓實責任',
      '進行分析部署。縣疫情防控應急指揮部',
      '病毒非常“狡猾”，城關鎮的感染人數開始上升。斬斷鏈條力量已顯不足',
      '整個樓層的居民轉走隔離。”城關鎮人大主席彭兆標說。',
      '防控一線的‘主心骨’。”福海園社區黨支部書記陳永成說',
      '黨員干部的覺悟是很高的。”',
      '盡可能地滿足大家的要求。“我是一名共產黨員，就要做一面行走的旗幟',
      '以愛心贏民心。”',
    ]) {
      expect(t001).toContain(s);
    }
    const t002 = restoredText('002');
    for (const s of [
      '指導工作。“要深入貫徹落實習近平總書記重要指示精神，切實扛牢政治責任',
      '把中央和省委、市委的決策部署落到實處。”崔紹民每次都在會議上強調。',
      '同時，為確保“戰時黨組織”實現全覆蓋',
      '是吉縣嚴防輸入的重要關口。“這里人流量、車流量大',
      '我們才能做到心中有數。”交通民警、醫護人員不分晝夜輪流值守',
    ]) {
      expect(t002).toContain(s);
    }
  });

  /**
   * The strongest evidence: re-damage each restored paragraph with the byte model (readings as
   * the site inserted them, `！，？` replaced byte-wise, GBK decode) and compare with the damaged
   * paragraph. Commas are ignored (001's scraper inserted some); readings after Han characters
   * are removed as the cleaning does.
   */
  it.each(['001', '002'])(
    're-damaging the restored paragraphs of %s reproduces the saved text',
    (id) => {
      const name = ARTICLE(id);
      const raw = readRaw(name);
      const readings = new Map<string, string>([['財', 'cái']]);
      for (const m of raw.matchAll(/(\p{Script=Han})\(([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+)\)/gu)) {
        if (m[1] && m[2] && !readings.has(m[1])) readings.set(m[1], m[2]);
      }
      const signature = (s: string): string => survivingCharacters(s).replace(/，/gu, '');
      const results: string[] = [];
      for (const line of cleanedLines(name)) {
        const flagged = findDamage(line);
        if (!flagged.length) continue;
        const restored = applyApparatus(line, flagged, entries).text;
        const redamaged = cleanCharacters(simulateByteDamage(restored, { readings }));
        const a = Array.from(signature(redamaged));
        const b = Array.from(signature(line));
        let i = 0;
        while (i < a.length && a[i] === b[i]) i++;
        results.push(
          i === a.length && i === b.length
            ? 'same'
            : `differs after ${b.slice(Math.max(0, i - 8), i).join('')}`,
        );
      }
      // 002's `心中有數。”交通民警、醫護`: the model reproduces 苯煌窬 but not the return to step
      // at 、 — the one point it cannot explain (see that entry's note).
      expect(results).toEqual(
        id === '001'
          ? Array<string>(7).fill('same')
          : ['same', 'same', 'differs after 心中有數！苯煌窬'],
      );
    },
  );
});

describe('findDamage: what counts as damage', () => {
  it.each([
    ['部署\uFFFD？h疫情', '\uFFFD？h'],
    ['病毒非\uFFFD！敖苹\uFFFD，城關鎮', '\uFFFD！敖苹\uFFFD'],
    ['隔離，\uFFFD！背顷P(guān)鎮人大主席', '，\uFFFD！背顷P(guān)'],
    ['落到實處？！贝藿B民每次', '？！贝藿B'],
    ['重要關口？！斑@里人流量', '？！斑@'],
    ['同時，為確？！皯？zhàn)時黨組織”實現', '？！皯？zhàn)'],
    ['攻堅克難斬？cái)鄠鞑ユ湕l，壓實', '？cái)鄠鞑ユ湕l'],
  ])('%s → %s', (paragraph, stretch) => {
    expect(flaggedText(paragraph)).toEqual([stretch]);
  });

  it('reports the kinds of evidence found', () => {
    const [span] = findDamageDetailed(
      '隔離，\uFFFD！背顷P(guān)鎮人大主席。這裡是繁體字的段落，們會說話。',
    );
    expect(span?.evidence).toEqual(
      expect.arrayContaining(['replacement', 'slip', 'script-mismatch', 'letter-reading']),
    );
  });

  it('works in simplified text and on mojibake that no mark announces', () => {
    // Three different rare characters in a row (out-of-step GBK extension characters).
    expect(flaggedText('我们要鋵嵙暯认真落实')).toEqual(['鋵嵙暯']);
    expect(flaggedText('这是一段简体中文，\uFFFD')).toEqual(['，\uFFFD']);
  });

  it.each([
    '气势磅礴，熠熠生輝，勠力同心',
    '通讯员 朱登山 高琼 剡文斌',
    '将200只KN95口罩送到一线，PM2.5浓度下降',
    'A股上涨，做B超和X光检查',
    '你真的不知道吗？！他说：“知道。”',
    '新华全媒+|停课不停学？“',
    '转发@人民日报的消息',
    '他问：“为什么？”我答不上来。',
    '市地方海事（港航）管理服务中心（57）',
    '時間：16:50，共1,000人',
  ])('leaves clean prose alone: %s', (p) => {
    expect(findDamage(p)).toEqual([]);
  });

  it('counts offsets in code points, astral characters included', () => {
    const p = '𬇙𬇙病毒非\uFFFD！敖苹\uFFFD，';
    expect(findDamage(p)).toEqual([{ start: 5, end: 10 }]);
  });
});

describe('findDamage: properties', () => {
  const sets = damageCharsets();
  const common = [...sets.common];
  const marks = ['，', '。', '、', '“', '”'];
  // Clean prose is written in one script: mixing simplified-only and traditional-only
  // characters at random is itself what mojibake looks like.
  const traditional = common.filter((c) => !sets.simplifiedOnly.has(c));
  const simplified = common.filter((c) => !sets.traditionalOnly.has(c));
  const prose = fc.oneof(
    fc.array(fc.constantFrom(...traditional, ...marks), { maxLength: 80 }),
    fc.array(fc.constantFrom(...simplified, ...marks), { maxLength: 80 }),
  );

  it('never flags one-script text of common characters and ordinary punctuation', () => {
    fc.assert(fc.property(prose, (cs) => findDamage(cs.join('')).length === 0));
  });

  it('always covers a U+FFFD, with sorted, disjoint, in-bounds spans', () => {
    fc.assert(
      fc.property(
        prose,
        fc.array(
          fc.constantFrom('\uFFFD', '？', '！', 'a', 'B', '@', '鋵', '贝', 'ユ', '(guān)', '𬇙'),
          {
            maxLength: 20,
          },
        ),
        fc.nat(),
        (cs, noise, seed) => {
          const chars = [...cs];
          chars.splice(seed % (chars.length + 1), 0, '\uFFFD', ...noise);
          const p = chars.join('');
          const spans = findDamage(p);
          const n = Array.from(p).length;
          spans.forEach((s, i) => {
            expect(s.start).toBeGreaterThanOrEqual(i ? (spans[i - 1]?.end ?? 0) : 0);
            expect(s.end).toBeGreaterThan(s.start);
            expect(s.end).toBeLessThanOrEqual(n);
          });
          Array.from(p).forEach((c, i) => {
            if (c === '\uFFFD') expect(spans.some((s) => s.start <= i && i < s.end)).toBe(true);
          });
        },
      ),
    );
  });
});

describe('damageCharsets', () => {
  it('is built from the platform decoders once, quickly, and cached', async () => {
    vi.resetModules();
    const fresh = await import('./damage.ts');
    const t0 = performance.now();
    const sets = fresh.damageCharsets();
    const ms = performance.now() - t0;
    expect(fresh.damageCharsets()).toBe(sets);
    expect(ms).toBeLessThan(500); // measured 4–20 ms in Node 20; generous for slow CI
    // GB2312 level 1 has 3,755 characters and Big5's frequent block 5,401; they overlap.
    expect(sets.common.size).toBeGreaterThan(6000);
    expect(sets.common.size).toBeLessThan(3755 + 5401);
    expect(sets.simplifiedOnly.has('贝')).toBe(true);
    expect(sets.traditionalOnly.has('貝')).toBe(true);
    expect(sets.common.has('鋵')).toBe(false);
  });
});

describe('DAMAGE_STEP', () => {
  it('describes the step for the reader', () => {
    expect(DAMAGE_STEP.name).toBe('findDamage');
    expect(DAMAGE_STEP.summary).toMatch(/never dropped/u);
  });
});
