import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledCorpus } from '../../node/testing.ts';
import { articleTexts } from '../corpus/texts.ts';
import { loadFolding, loadTraditionalConverters } from '../script/opencc.ts';
import type { GlossaryEntry } from './glossary.ts';
import { PHRASE_CATEGORIES, expandSlots, parseGlossary } from './glossary.ts';
import { locate, locateAll, skeletonOf } from './analyse.ts';

const raw = JSON.parse(
  readFileSync(new URL('../../../corpus/glossary.json', import.meta.url), 'utf8'),
) as { entries: Record<string, unknown>[] };
const parsed = parseGlossary(raw);
const entries: GlossaryEntry[] = parsed.ok ? parsed.value : [];
const byId = new Map(entries.map((e) => [e.id, e]));

const { corpus } = await bundledCorpus();
const fold = await loadFolding();
const { cnToTw } = await loadTraditionalConverters();
const paragraphs = new Map(
  corpus.articles.map((a) => [a.meta.id, (a.folded ?? articleTexts(a)).paragraphs]),
);
const docs = [...paragraphs].map(([id, ps]) => ({ id, paragraphs: ps }));
/** The articles where the analysis finds the entry (quote and separator variants included). */
const occursIn = (e: GlossaryEntry): string[] => {
  const found = new Set(locate(docs, e.match).map((o) => o.article));
  return docs.map((d) => d.id).filter((id) => found.has(id));
};

describe('the bundled corpus/glossary.json', () => {
  it('parses', () => {
    expect(parsed.ok ? '' : parsed.error).toBe('');
  });

  it('has at least 200 entries, most of them printed in the bundled articles', () => {
    expect(entries.length).toBeGreaterThanOrEqual(200);
    const printed = entries.filter((e) => !e.contextOnly).length;
    expect(printed).toBeGreaterThan(entries.length / 2);
  });

  it('dates formulas nationally, never by "this corpus"', () => {
    const local = entries.filter((e) => /this corpus/i.test(`${e.inUse} ${e.inUseEvidence}`));
    expect(local.map((e) => e.id)).toEqual([]);
  });

  it('names China Keywords, the SCIO or Xinhua for every official rendering', () => {
    const unnamed = entries
      .filter((e) => e.englishSource === 'official')
      .filter(
        (e) =>
          !/China Keywords|中国关键词|State Council Information Office|SCIO|Xinhua/.test(
            e.englishSourceNote ?? '',
          ),
      )
      .map((e) => e.id);
    expect(unnamed).toEqual([]);
  });

  it('gives no two entries the same needle', () => {
    const owner = new Map<string, string>();
    const twice: string[] = [];
    for (const e of entries)
      for (const m of e.match) {
        const key = skeletonOf(m)?.key ?? m;
        const other = owner.get(key);
        if (other !== undefined && other !== e.id) twice.push(`${key}: ${other}, ${e.id}`);
        owner.set(key, e.id);
      }
    expect(twice).toEqual([]);
  });

  it('has every category in use', () => {
    expect(new Set(entries.map((e) => e.category))).toEqual(new Set(PHRASE_CATEGORIES));
  });

  it('records in occursIn exactly the articles whose folded text has a match string', () => {
    const wrong = entries
      .filter((e) => !e.contextOnly)
      .filter((e) => occursIn(e).join() !== e.occursIn.join())
      .map((e) => `${e.id}: file ${e.occursIn.join(',')} / found ${occursIn(e).join(',')}`);
    expect(wrong).toEqual([]);
  });

  it('finds every entry that is not context-only, and no context-only entry', () => {
    expect(entries.filter((e) => !e.contextOnly && occursIn(e).length === 0)).toEqual([]);
    expect(entries.filter((e) => e.contextOnly && occursIn(e).length > 0).map((e) => e.id)).toEqual(
      [],
    );
  });

  it('gives match strings in folded Simplified, as the analysis searches them', () => {
    const unfolded = entries.flatMap((e) => e.match.filter((m) => fold(m) !== m));
    expect(unfolded).toEqual([]);
    expect(entries.filter((e) => fold(e.text) !== e.text).map((e) => e.id)).toEqual([]);
  });

  it('gives the Taiwan form of the text (OpenCC cn→tw)', () => {
    const wrong = entries
      .filter((e) => cnToTw(e.text) !== e.traditional)
      .map((e) => `${e.id}: ${e.traditional} ≠ ${cnToTw(e.text)}`);
    expect(wrong).toEqual([]);
  });

  it('writes pinyin with tone marks and no digits or Han characters', () => {
    for (const e of entries) {
      expect(e.pinyin, e.id).toMatch(/^[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü\s,'’“”…-]+$/u);
      expect(e.pinyin, e.id).toMatch(/[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/u);
    }
  });

  it('names the source of every official English rendering', () => {
    for (const e of entries) {
      if (e.englishSource === 'official') expect(e.englishSourceNote, e.id).toBeTruthy();
      else expect(e.englishSourceNote, e.id).toBeUndefined();
    }
  });

  it('keeps the families the reader relies on, each with its slot pattern', () => {
    const family = (f: string): string[] =>
      entries.filter((e) => e.family === f).map((e) => e.text);
    expect(family('waifang')).toEqual(['外防输入、内防扩散', '外防输入、内防反弹']);
    expect(byId.get('waifang-shuru-neifang-fantan')?.slots).toBe('外防输入、内防{扩散|反弹}');
    expect(family('shoutu')).toEqual([
      '守土有责、守土负责、守土尽责',
      '守土有责、守土担责、守土尽责',
    ]);
    expect(family('mingling')).toEqual([
      '疫情就是命令，防控就是责任',
      '疫情就是最严命令，防控就是最大责任',
    ]);
    expect(family('qunfang')).toEqual(expect.arrayContaining(['联防联控', '群防群控', '群防群治']));
  });

  it('places the family members where the articles print them', () => {
    expect(byId.get('waifang-shuru-neifang-kuosan')?.occursIn).toEqual([
      'gansu-huixian-2021-11',
      'hunan-loudi-2020-02',
    ]);
    expect(byId.get('waifang-shuru-neifang-fantan')?.occursIn).toEqual([
      'anhui-fengtai-2022-04',
      'qinghai-zeku-2022-05',
    ]);
    expect(byId.get('shoutu-fuze')?.occursIn).toEqual(['shanxi-jixian-2020-02']);
    expect(byId.get('shoutu-danze')?.occursIn).toEqual(['anhui-fengtai-2022-04']);
    expect(byId.get('yiqing-jiushi-zuiyan-mingling')?.occursIn).toEqual(['hunan-loudi-2020-02']);
  });

  it('uses only article ids of the corpus', () => {
    const known = new Set(paragraphs.keys());
    expect(entries.flatMap((e) => e.occursIn).filter((id) => !known.has(id))).toEqual([]);
  });
});

describe('the glossary on real reports', () => {
  /** What the analysis finds in one paragraph: the skeletons of the matched stretches. */
  const matched = (paragraph: string): string[] => {
    const d = [{ id: 't', paragraphs: [paragraph] }];
    return locateAll(
      d,
      entries.map((e) => ({ needles: e.match })),
    ).flatMap((occ) =>
      occ.map((o) => skeletonOf(Array.from(paragraph).slice(o.start, o.end).join(''))?.key ?? ''),
    );
  };
  // The formulas that recur in local reports of 2020–2022; each is put in a sentence written for
  // this test, so that a formula is found in running text and not only on its own.
  const FORMULAS = (
    '阻击战 不漏一人 联防联控 不漏一户 复工复产 不落一人 应检尽检 不信谣 不传谣 敲门行动 ' +
    '疫情就是命令 网格化 战斗堡垒 外防输入 防控就是责任 两个维护 四个意识 众志成城 人人有责 ' +
    '先锋模范 同舟共济 应检必检 群防群治 静默管理 精准施策 应种尽种 守土有责 下沉一线 内防扩散 ' +
    '守初心 担使命 四早 最后一公里 常态化疫情防控 攻坚战 社会面清零 歼灭战 总体战 人民战争 六稳 ' +
    '三包一 严防死守 靠前指挥 内防反弹 动态清零 应收尽收 应接尽接 应隔尽隔 应治尽治 非必要不出行 ' +
    '非必要不离开 非必要不聚集 人民至上 生命至上 生命重于泰山 下沉干部 下沉社区 六保 早发现 ' +
    '动态清零总方针 大数据 健康码 行程码 封控区 管控区 防范区 高风险区 中风险区 闭环管理 点对点 ' +
    '落地检 14+7 居家健康监测 一人一档 四方责任 守好门、看好人 大喇叭 红袖章 党员先锋岗 乙类乙管'
  ).split(' ');

  it('finds each formula in a sentence', () => {
    const missed = FORMULAS.filter(
      (f) =>
        !matched(`各村（社区）要坚持${f}，确保各项措施落实到位。`).some((t) =>
          t.includes(skeletonOf(f)?.key ?? f),
        ),
    );
    expect(missed).toEqual([]);
  });

  it('finds the broad tokens in any formula built on them', () => {
    for (const [token, sentence] of [
      ['常态化', '全县推进常态化管理，毫不放松。'],
      ['清零', '力争早日实现清零目标。'],
      ['下沉', '机关党员全部下沉包片。'],
      ['网格化', '实行网格化服务。'],
      ['非必要不', '倡导群众非必要不出县。'],
    ] as const)
      expect(
        matched(sentence).some((t) => t.includes(token)),
        sentence,
      ).toBe(true);
  });

  it('finds a paired formula however its halves are quoted and joined, and each half alone', () => {
    for (const sentence of [
      '坚持“外防输入、内防反弹”策略。',
      '坚持“外防输入”“内防反弹”策略。',
      '坚持“外防输入”，“内防反弹”策略。',
      '坚持外防输入；内防反弹策略。',
      '坚持外防输入内防反弹策略。',
    ])
      expect(matched(sentence), sentence).toContain('外防输入内防反弹');
    expect(matched('筑牢“外防输入”防线。')).toContain('外防输入');
    expect(matched('开展网格化、地毯式排查。')).toEqual(
      expect.arrayContaining(['网格化', '地毯式']),
    );
    expect(matched('做到不漏一户。')).toContain('不漏一户');
    expect(matched('严格内防反弹。')).toContain('内防反弹');
    expect(matched('疫情就是命令、防控就是责任。')).toContain('疫情就是命令防控就是责任');
  });
});

describe('expandSlots', () => {
  it('expands every slot', () => {
    expect(expandSlots('外防输入、内防{扩散|反弹}')).toEqual([
      '外防输入、内防扩散',
      '外防输入、内防反弹',
    ]);
    expect(expandSlots('{联|群}防{联|群}控')).toEqual([
      '联防联控',
      '联防群控',
      '群防联控',
      '群防群控',
    ]);
    expect(expandSlots('压实{责任|属地责任}')).toEqual(['压实责任', '压实属地责任']);
  });

  it('refuses a pattern without slots or with malformed ones', () => {
    for (const bad of [
      '外防输入',
      '内防{扩散}',
      '内防{扩散|}',
      '内防{扩散|反弹',
      '内防扩散|反弹}',
      '{a|{b|c}}',
      '{a|a}',
    ])
      expect(expandSlots(bad), bad).toBeNull();
  });
});

describe('parseGlossary refuses bad input, naming every problem', () => {
  const good = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
    id: 'waifang-a',
    text: '外防输入、内防扩散',
    traditional: '外防輸入、內防擴散',
    pinyin: 'wài fáng shūrù, nèi fáng kuòsàn',
    english: 'x',
    englishSource: 'ours',
    category: 'strategy',
    family: null,
    slots: null,
    inUse: 'x',
    inUseEvidence: 'x',
    explanation: 'x',
    match: ['外防输入、内防扩散'],
    contextOnly: false,
    occursIn: ['a'],
    ...over,
  });
  const file = (...es: unknown[]): unknown => ({ version: 1, entries: es });
  const errorOf = (json: unknown): string => {
    const r = parseGlossary(json);
    return r.ok ? '' : r.error;
  };

  it('accepts a minimal sound file and an empty one', () => {
    expect(parseGlossary(file(good())).ok).toBe(true);
    expect(parseGlossary(file()).ok).toBe(true);
  });

  it('refuses a non-object, a wrong version and missing entries', () => {
    expect(errorOf(null)).toMatch(/expected an object/);
    expect(errorOf({ version: 2, entries: [] })).toMatch(/unsupported version 2/);
    expect(errorOf({ version: 1 })).toMatch(/"entries" must be an array/);
    expect(errorOf({ version: 1, entries: [], extra: 1 })).toMatch(/unknown top-level field/);
  });

  it('refuses duplicate ids', () => {
    expect(errorOf(file(good(), good()))).toMatch(/entry 1 \(waifang-a\): duplicate id/);
  });

  it('refuses an unknown category, naming the entry', () => {
    expect(errorOf(file(good({ category: 'medicine' })))).toMatch(
      /entry 0 \(waifang-a\): unknown category "medicine"/,
    );
  });

  it('refuses an empty match list', () => {
    expect(errorOf(file(good({ match: [] })))).toMatch(/waifang-a\): "match" is empty/);
    expect(errorOf(file(good({ match: 'x' })))).toMatch(/"match" must be an array/);
  });

  it('refuses a family referenced by one entry only', () => {
    const only = good({ family: 'waifang', slots: '外防输入、内防{扩散|反弹}' });
    expect(errorOf(file(only))).toMatch(
      /family waifang: referenced by one entry only \(waifang-a\)/,
    );
  });

  it('refuses slots that match no entry of the family', () => {
    const a = good({ family: 'waifang', slots: '外防输入、内防{蔓延|反弹}' });
    const b = good({
      id: 'waifang-b',
      text: '外防输入、内防反弹',
      family: 'waifang',
      slots: '外防输入、内防{蔓延|反弹}',
    });
    const error = errorOf(file(a, b));
    expect(error).toMatch(/entry waifang-a: slots .* do not match its text/);
    const c = good({ family: 'waifang', slots: '内防{蔓延|回潮}' });
    const d = good({ id: 'waifang-d', family: 'waifang', slots: '内防{蔓延|回潮}' });
    expect(errorOf(file(c, d))).toMatch(/family waifang: its slot pattern matches no entry/);
  });

  it('refuses a family whose entries disagree on the pattern, and slots without a family', () => {
    const a = good({ family: 'waifang', slots: '外防输入、内防{扩散|反弹}' });
    const b = good({
      id: 'waifang-b',
      text: '外防输入、内防反弹',
      family: 'waifang',
      slots: '外防{输入|输出}、内防{扩散|反弹}',
    });
    expect(errorOf(file(a, b))).toMatch(/different slot patterns/);
    expect(errorOf(file(good({ slots: '内防{扩散|反弹}' })))).toMatch(
      /only for an entry in a family/,
    );
    expect(errorOf(file(good({ family: 'waifang' })))).toMatch(/needs its "slots" pattern/);
    expect(
      errorOf(
        file(
          good({ family: 'w', slots: '内防扩散' }),
          good({ id: 'b', family: 'w', slots: '内防扩散' }),
        ),
      ),
    ).toMatch(/is not a pattern with \{a\|b\} slots/);
  });

  it('checks the English source, the context flag and occursIn', () => {
    expect(errorOf(file(good({ englishSource: 'official' })))).toMatch(/name the official source/);
    expect(errorOf(file(good({ englishSourceNote: 'Xinhua' })))).toMatch(/only for an official/);
    expect(errorOf(file(good({ englishSource: 'theirs' })))).toMatch(/"official" or "ours"/);
    expect(errorOf(file(good({ contextOnly: true })))).toMatch(/context-only entry cannot occur/);
    expect(errorOf(file(good({ occursIn: [] })))).toMatch(/"occursIn" is empty/);
    expect(errorOf(file(good({ id: 'Not A Slug' })))).toMatch(/lower-case ASCII slug/);
    expect(errorOf(file(good({ colour: 'red' })))).toMatch(/unknown field\(s\) colour/);
  });

  it('reports every problem at once, one per line', () => {
    const error = errorOf(
      file(good({ category: 'x', match: [] }), good({ id: 'b', english: '' }), good({ id: 'b' })),
    );
    const lines = error.split('\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/entry 0 \(waifang-a\): unknown category/),
        expect.stringMatching(/entry 0 \(waifang-a\): "match" is empty/),
        expect.stringMatching(/entry 1 \(b\): "english" must be a non-empty string/),
        expect.stringMatching(/entry 2 \(b\): duplicate id/),
      ]),
    );
    expect(lines.length).toBe(4);
  });

  it('validates the bundled file’s entries one by one as well', () => {
    // Breaking one real entry is reported under its own id.
    const broken = {
      ...raw,
      entries: raw.entries.map((e, i) => (i === 0 ? { ...e, match: [] } : e)),
    };
    expect(errorOf(broken)).toMatch(/entry 0 \(waifang-shuru-neifang-kuosan\): "match" is empty/);
  });
});
