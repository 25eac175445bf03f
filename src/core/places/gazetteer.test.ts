import { describe, expect, it } from 'vitest';
import { isGazetteerData, packTownships, unpackTownships } from './data.ts';
import { nameParts, writtenForms } from './forms.ts';
import { buildGazetteer, chainOf, scanPlaces, unitsOfText } from './gazetteer.ts';
import { TEST_DATA } from './testGazetteer.ts';

const g = buildGazetteer(TEST_DATA);
const names = (text: string): string[][] =>
  scanPlaces(text, g).map((m) => m.form.targets.map((t) => g.units[t.unit]!.zh));

describe('township packing', () => {
  it('writes a code only where the sequence breaks, and reads it back', () => {
    const ts = [
      { code: '350921001', zh: '松城街道' },
      { code: '350921002', zh: '松港街道' },
      { code: '350921101', zh: '长春镇' },
      { code: '350921102', zh: '牙城镇' },
    ];
    const packed = packTownships('350921', ts);
    expect(packed).toBe('松城街道|松港街道|长春镇@101|牙城镇');
    expect(unpackTownships('350921', packed)).toEqual(ts);
  });
  it('refuses a township that is not under its county', () => {
    expect(() => packTownships('350921', [{ code: '350982001', zh: '桐山街道' }])).toThrow();
  });
  it('checks the shape of loaded data', () => {
    expect(isGazetteerData(TEST_DATA)).toBe(true);
    expect(isGazetteerData({ version: 1, source: 'x', provinces: [['35', '福建省']] })).toBe(false);
    expect(isGazetteerData(null)).toBe(false);
  });
});

describe('written forms', () => {
  it('splits suffixes and ethnonyms', () => {
    expect(nameParts('甘孜藏族自治州', 'prefecture')).toEqual({
      stem: '甘孜',
      suffix: '自治州',
      ethnic: '藏族',
    });
    expect(nameParts('黔东南苗族侗族自治州', 'prefecture').stem).toBe('黔东南');
    expect(nameParts('内蒙古自治区', 'province').stem).toBe('内蒙古');
    expect(writtenForms('甘孜藏族自治州', 'prefecture').full).toContain('甘孜州');
    expect(writtenForms('东乌珠穆沁旗', 'county').full).toContain('东乌旗');
    expect(writtenForms('霞浦县', 'county')).toEqual({ full: ['霞浦县'], stems: ['霞浦'] });
  });
});

describe('buildGazetteer', () => {
  it('drops the package grouping rows and a prefecture’s copy of itself', () => {
    const zh = g.units.map((u) => u.zh);
    expect(zh).not.toContain('市辖区');
    expect(zh).not.toContain('省直辖县级行政区划');
    expect(zh.filter((n) => n === '东莞市')).toHaveLength(1);
    const jianwai = g.units.find((u) => u.zh === '建外街道')!;
    expect(chainOf(g, jianwai.id).map((u) => u.zh)).toEqual(['北京市', '朝阳区', '建外街道']);
    const changan = g.units.find((u) => u.zh === '长安镇')!;
    expect(changan.code).toBe('441900002');
    expect(chainOf(g, changan.id).map((u) => u.zh)).toEqual(['广东省', '东莞市', '长安镇']);
  });
  it('finds names leftmost-longest, full names and safe short forms', () => {
    expect(names('福建省宁德市霞浦县松城街道')).toEqual([
      ['福建省'],
      ['宁德市'],
      ['霞浦县'],
      ['松城街道'],
    ]);
    expect(names('宁德霞浦，内蒙古东乌旗')).toEqual([
      ['宁德市'],
      ['霞浦县'],
      ['内蒙古自治区'],
      ['东乌珠穆沁旗'],
    ]);
    expect(names('鼓楼区')).toEqual([['鼓楼区', '鼓楼区']]);
  });
  it('never takes an everyday word, a one-character stem or a blocked phrase', () => {
    expect(names('城关一带，北京时间十时，鼓楼广场')).toEqual([]);
    expect(names('长春镇')).toEqual([['长春镇']]);
  });
  it('accepts the old 县 of a district and the old suffix of a renamed township', () => {
    expect(names('繁昌县')).toEqual([['繁昌区']]);
    expect(names('孙村镇')).toEqual([['孙村街道']]);
  });
});

describe('unitsOfText', () => {
  it('reads a place string back into units, short forms included', () => {
    const zh = (text: string): string[] | null =>
      unitsOfText(g, text)?.map((u) => `${u.zh}/${u.en}`) ?? null;
    expect(zh('福建省 宁德市 霞浦县')).toEqual([
      '福建省/Fujian',
      '宁德市/Ningde',
      '霞浦县/Xiapu County',
    ]);
    expect(zh('福建 宁德 霞浦')).toEqual(zh('福建省 宁德市 霞浦县'));
    expect(zh('江苏省 南京市 鼓楼区')?.[2]).toBe('鼓楼区/Gulou District');
    expect(zh('鼓楼区')).toBeNull();
    expect(zh('福建省 南京市')).toBeNull();
    expect(zh('')).toBeNull();
  });
});
