/**
 * How an official name is written in running text: its suffix, its stem and the short forms that
 * are safe to accept (霞浦县 / 霞浦, 宁德市 / 宁德, 内蒙古自治区 / 内蒙古, 甘孜藏族自治州 / 甘孜 /
 * 甘孜州, 东乌珠穆沁旗 / 东乌旗). Pure string rules; which short forms the gazetteer finally keeps
 * also depends on collisions across the whole data set (see `gazetteer.ts`).
 */

/** Ethnonyms that appear in the names of autonomous units, longest first. */
export const ETHNONYMS: readonly string[] = [
  '维吾尔',
  '柯尔克孜',
  '哈萨克',
  '塔吉克',
  '乌孜别克',
  '俄罗斯',
  '塔塔尔',
  '达斡尔',
  '鄂温克',
  '鄂伦春',
  '蒙古',
  '朝鲜',
  '土家',
  '布依',
  '哈尼',
  '傈僳',
  '拉祜',
  '纳西',
  '景颇',
  '东乡',
  '仫佬',
  '毛南',
  '仡佬',
  '撒拉',
  '布朗',
  '阿昌',
  '普米',
  '德昂',
  '保安',
  '裕固',
  '独龙',
  '赫哲',
  '门巴',
  '珞巴',
  '基诺',
  '锡伯',
  '壮',
  '回',
  '藏',
  '苗',
  '彝',
  '侗',
  '瑶',
  '白',
  '傣',
  '黎',
  '佤',
  '畲',
  '水',
  '土',
  '羌',
  '怒',
  '京',
  '满',
  '各',
];

const ETHNIC_RUN = new RegExp(`(?:(?:${ETHNONYMS.join('|')})族?)+$`);

/** Suffixes by level, longest first. */
const PROVINCE_SUFFIXES = ['特别行政区', '自治区', '省', '市'];
// 县 for Taiwan's counties (澎湖县), which the package lists at prefecture level.
const PREFECTURE_SUFFIXES = ['自治州', '地区', '盟', '市', '县'];
const COUNTY_SUFFIXES = ['自治县', '自治旗', '特区', '林区', '县', '区', '市', '旗'];
const TOWNSHIP_SUFFIXES = [
  '街道办事处',
  '地区办事处',
  '民族苏木',
  '民族乡',
  '民族镇',
  '办事处',
  '街道',
  '苏木',
  '地区',
  '乡',
  '镇',
];

export type Level = 'province' | 'prefecture' | 'county' | 'township';

const SUFFIXES: Record<Level, readonly string[]> = {
  province: PROVINCE_SUFFIXES,
  prefecture: PREFECTURE_SUFFIXES,
  county: COUNTY_SUFFIXES,
  township: TOWNSHIP_SUFFIXES,
};

export interface NameParts {
  /** The name without its suffix and without the ethnonyms of an autonomous unit. */
  stem: string;
  /** The administrative suffix (县, 自治州, 街道 …), '' if none is recognised. */
  suffix: string;
  /** The ethnonyms of an autonomous unit or an ethnic township (藏族, 回族 …), else ''. */
  ethnic: string;
}

/** Split an official name into stem, ethnonyms and suffix. */
export function nameParts(name: string, level: Level): NameParts {
  const suffix = SUFFIXES[level].find((s) => name.endsWith(s) && name.length > s.length) ?? '';
  let stem = name.slice(0, name.length - suffix.length);
  let ethnic = '';
  const autonomous = suffix.startsWith('自治') || suffix.startsWith('民族') || level === 'township';
  if (autonomous) {
    const m = ETHNIC_RUN.exec(stem);
    // Keep at least two characters of stem: 白族 alone is no stem, 回族乡 is not 回乡.
    if (m && m.index >= 2 && (suffix.startsWith('自治') || m[0].endsWith('族'))) {
      ethnic = m[0];
      stem = stem.slice(0, m.index);
    }
  }
  return { stem, suffix, ethnic };
}

/**
 * Banner and county abbreviations in everyday use that no rule derives (东乌珠穆沁旗 is 东乌旗 in
 * every Xilingol report). Keyed by official name.
 */
export const ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  东乌珠穆沁旗: ['东乌旗'],
  西乌珠穆沁旗: ['西乌旗'],
  阿拉善左旗: ['阿左旗'],
  阿拉善右旗: ['阿右旗'],
  科尔沁左翼中旗: ['科左中旗'],
  科尔沁左翼后旗: ['科左后旗'],
  科尔沁右翼前旗: ['科右前旗'],
  科尔沁右翼中旗: ['科右中旗'],
  达尔罕茂明安联合旗: ['达茂旗'],
  察哈尔右翼前旗: ['察右前旗'],
  察哈尔右翼中旗: ['察右中旗'],
  察哈尔右翼后旗: ['察右后旗'],
  莫力达瓦达斡尔族自治旗: ['莫旗'],
  鄂伦春自治旗: ['鄂伦春旗'],
  鄂温克族自治旗: ['鄂温克旗'],
  新巴尔虎左旗: ['新左旗'],
  新巴尔虎右旗: ['新右旗'],
  陈巴尔虎旗: ['陈旗'],
  土默特左旗: ['土左旗'],
  土默特右旗: ['土右旗'],
  乌拉特前旗: ['乌前旗'],
  乌拉特中旗: ['乌中旗'],
  乌拉特后旗: ['乌后旗'],
  阿鲁科尔沁旗: ['阿旗'],
  巴林左旗: ['林左旗'],
  巴林右旗: ['林右旗'],
  克什克腾旗: ['克旗'],
  翁牛特旗: ['翁旗'],
  喀喇沁旗: ['喀旗'],
  敖汉旗: ['敖汉'],
  鄂托克前旗: ['鄂前旗'],
  杭锦后旗: ['杭后'],
  准格尔旗: ['准旗'],
  伊金霍洛旗: ['伊旗'],
  内蒙古自治区: ['内蒙'],
  新疆生产建设兵团: [],
};

/**
 * The written forms of a name that point at it, official name first: the name, a stem without
 * ethnonyms plus the suffix (甘孜州 for 甘孜藏族自治州, 大厂县 for 大厂回族自治县), the bare stem,
 * and listed abbreviations. Whether a bare stem is safe is decided by the gazetteer.
 */
export function writtenForms(name: string, level: Level): { full: string[]; stems: string[] } {
  const { stem, suffix, ethnic } = nameParts(name, level);
  const full = new Set<string>([name]);
  if (ethnic && stem.length >= 2) {
    if (suffix === '自治州') full.add(`${stem}州`);
    if (suffix === '自治县') full.add(`${stem}县`);
    if (suffix === '自治旗') full.add(`${stem}旗`);
    if (suffix.startsWith('民族')) full.add(`${stem}${suffix.slice(2)}`);
    if (level === 'township') full.add(`${stem}${suffix}`);
  }
  if (suffix === '自治州' && !ethnic && stem.length >= 2) full.add(`${stem}州`);
  if (suffix === '街道办事处') full.add(`${stem}街道`);
  if (suffix === '地区办事处') full.add(`${stem}地区`);
  for (const a of ABBREVIATIONS[name] ?? []) full.add(a);
  const stems = suffix && stem.length >= 2 && stem !== name ? [stem] : [];
  return { full: [...full], stems };
}

/**
 * Everyday words that are also the stem of some unit: never accepted without their suffix
 * (城关镇 yes, 城关 no). Many more are caught by the gazetteer's rule that a stem shared by three or
 * more units is generic.
 */
export const EVERYDAY_STEMS: ReadonlySet<string> = new Set(
  (
    '城关 新区 中心 东方 和平 长安 人民 开发 城区 郊区 矿区 市中 城中 城东 城西 城南 城北 新城 老城 ' +
    '河东 河西 江北 江南 江东 江岸 青山 金山 白云 朝阳 新华 西湖 鼓楼 平安 光明 红旗 前进 解放 向阳 ' +
    '胜利 团结 建设 友谊 东风 南山 东山 西山 北山 高新 港口 中原 海港 新兴 安定 太平 城厢 开放 ' +
    '吉利 仁和 永安 和谐 幸福 文明 民主 工农 先锋 红星 新民 新村 东区 西区 南区 北区 中区 ' +
    '大同 宝山 铁山 铁西 铁东 立新 东城 西城 双桥 万全 大安 和顺 永和 龙华 盐田 中山 沙河 清河 ' +
    '平房 松山 江海 三河 大厂 清水 白山 黑山 灵山 龙山 凤山 天山 钟山 九龙 民权 安宁 ' +
    '永宁 永定 太和 同心 康乐 长乐 永兴 兴国 安远 新建 城郊 人和 和兴 复兴 振兴 共和 爱民 为民 ' +
    '公安 南部 中方 会同 通道 大方 凤凰 平和 天台 路桥 江山 开化 安居 大英 石门 东海 南海 南沙 临海 ' +
    '大田 嘉禾 南城 三台 石棉 朝天 桃源 长顺 华容 万安 乐安 东至 东乡 北镇 固阳 新化 正安 ' +
    '比如 双清 滨海 南岸 长寿 白沙 双河 新星 白杨 太和 ' +
    '开发区 高新区 经开区 工业园 新城区 老城区 城关区 延长 无极'
  )
    .split(/\s+/)
    .filter(Boolean),
);
