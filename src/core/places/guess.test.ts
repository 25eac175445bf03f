import { describe, expect, it } from 'vitest';
import { buildGazetteer } from './gazetteer.ts';
import type { PlaceInput } from './guess.ts';
import { guessPlace } from './guess.ts';
import { TEST_DATA } from './testGazetteer.ts';

const g = buildGazetteer(TEST_DATA);
const guess = (input: Partial<PlaceInput>): string | null =>
  guessPlace({ title: null, paragraphs: [], ...input }, g)?.text ?? null;

describe('guessPlace', () => {
  it('follows a chain and returns parts, code and evidence', () => {
    const r = guessPlace(
      {
        title: '霞浦县召开疫情防控工作会议',
        paragraphs: ['近日，福建省宁德市霞浦县召开会议，部署下一阶段工作。', '会议要求全县上下……'],
      },
      g,
    )!;
    expect(r.text).toBe('福建省 宁德市 霞浦县');
    expect(r.code).toBe('350921');
    expect(r.level).toBe('county');
    expect(r.parts.map((p) => p.en)).toEqual(['Fujian', 'Ningde', 'Xiapu County']);
    expect(r.evidence).toMatch(/^title 霞浦县/);
  });

  it('does not count origins, destinations and risk lists', () => {
    const paragraphs = [
      '广州市天河区对从湖北返乡人员逐一登记，湖北籍人员和来自武汉的人员一律居家观察。',
      '天河区还组织医护人员驰援武汉，并对在武汉务工人员开展回访。',
      '对近期有中高风险地区（湖北省武汉市江岸区、北京市朝阳区）旅居史的人员落实管控。',
    ];
    expect(guess({ title: '天河区开展返乡人员排查', paragraphs })).toBe('广东省 广州市 天河区');
    expect(guess({ paragraphs: ['返乡人员中，来自武汉的两人、湖北籍五人已隔离。'] })).toBeNull();
  });

  it('returns null when the text names no place', () => {
    expect(
      guess({ title: '各地持续做好疫情防控', paragraphs: ['北京时间十时，会议召开。'] }),
    ).toBeNull();
  });

  it('resolves a shared name from its prefecture, else gives up', () => {
    expect(guess({ paragraphs: ['福州市鼓楼区东街街道开展消杀。东街街道……'] })).toBe(
      '福建省 福州市 鼓楼区 东街街道',
    );
    expect(guess({ paragraphs: ['鼓楼区开展消杀。鼓楼区要求……'] })).toBeNull();
  });

  it('needs a township’s county, and stops at what all candidates share', () => {
    expect(guess({ title: '城关镇开展消杀', paragraphs: ['城关镇……'] })).toBeNull();
    expect(guess({ title: '霞浦县城关镇开展消杀', paragraphs: ['城关镇……'] })).toBe(
      '福建省 宁德市 霞浦县 城关镇',
    );
    // 城关镇 exists in 霞浦县 and 福鼎市, both in 宁德市.
    expect(guess({ title: '宁德市城关镇开展消杀', paragraphs: [] })).toBe('福建省 宁德市');
  });

  it('lets the outlet settle an ambiguous name but not the part the text is about', () => {
    expect(
      guess({
        title: '城关镇开展消杀',
        paragraphs: ['城关镇全体干部……'],
        outlet: '霞浦县融媒体中心',
      }),
    ).toBe('福建省 宁德市 霞浦县 城关镇');
    expect(guess({ title: '松城街道开展消杀', paragraphs: [], outlet: '宁德网' })).toBe(
      '福建省 宁德市 霞浦县 松城街道',
    );
  });

  it('accepts short forms, old suffixes and the package’s quirks', () => {
    expect(guess({ title: '东乌旗：牧区防疫', paragraphs: ['锡林郭勒盟东乌旗……'] })).toBe(
      '内蒙古自治区 锡林郭勒盟 东乌珠穆沁旗',
    );
    expect(guess({ title: '繁昌县荻港镇：卡点值守', paragraphs: ['荻港镇……'] })).toBe(
      '安徽省 芜湖市 繁昌区 荻港镇',
    );
    expect(guess({ title: '北京市朝阳区建外街道：社区防控', paragraphs: [] })).toBe(
      '北京市 朝阳区 建外街道',
    );
    expect(guess({ dateline: '济源网讯', paragraphs: ['玉泉街道组织核酸检测。'] })).toBe(
      '河南省 济源市 玉泉街道',
    );
    expect(guess({ title: '东莞市长安镇：扫楼', paragraphs: [] })).toBe('广东省 东莞市 长安镇');
  });

  it('names a part only when the article is about it', () => {
    const county = ['霞浦县召开会议。松城街道、三沙镇、长春镇分别汇报。', '霞浦县要求……霞浦县将……'];
    expect(guess({ title: '霞浦县部署防控', paragraphs: county })).toBe('福建省 宁德市 霞浦县');
  });

  it('leaves a place without a code where the package has none', () => {
    const r = guessPlace({ title: '澎湖县望安乡加强防疫', paragraphs: [] }, g)!;
    expect(r.text).toBe('台湾省 澎湖县 望安乡');
    expect(r.parts.map((p) => p.code)).toEqual(['71', '', '']);
  });
});
