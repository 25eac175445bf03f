/**
 * A small gazetteer for guessing where an imported article is from: every provincial-level unit,
 * the provincial capitals and a few large cities, each with its English name. The bundled corpus
 * adds its own prefectures and counties (see metadata.ts `knownNamesOf`).
 */
import type { BilingualName } from '../corpus/metadata.ts';

export interface KnownPlace {
  /** Province → prefecture → county, those known. Names in Simplified. */
  parts: BilingualName[];
}

const PROVINCES: readonly [string, string][] = [
  ['北京市', 'Beijing'],
  ['天津市', 'Tianjin'],
  ['上海市', 'Shanghai'],
  ['重庆市', 'Chongqing'],
  ['河北省', 'Hebei'],
  ['山西省', 'Shanxi'],
  ['辽宁省', 'Liaoning'],
  ['吉林省', 'Jilin'],
  ['黑龙江省', 'Heilongjiang'],
  ['江苏省', 'Jiangsu'],
  ['浙江省', 'Zhejiang'],
  ['安徽省', 'Anhui'],
  ['福建省', 'Fujian'],
  ['江西省', 'Jiangxi'],
  ['山东省', 'Shandong'],
  ['河南省', 'Henan'],
  ['湖北省', 'Hubei'],
  ['湖南省', 'Hunan'],
  ['广东省', 'Guangdong'],
  ['海南省', 'Hainan'],
  ['四川省', 'Sichuan'],
  ['贵州省', 'Guizhou'],
  ['云南省', 'Yunnan'],
  ['陕西省', 'Shaanxi'],
  ['甘肃省', 'Gansu'],
  ['青海省', 'Qinghai'],
  ['台湾省', 'Taiwan'],
  ['内蒙古自治区', 'Inner Mongolia'],
  ['广西壮族自治区', 'Guangxi'],
  ['西藏自治区', 'Tibet'],
  ['宁夏回族自治区', 'Ningxia'],
  ['新疆维吾尔自治区', 'Xinjiang'],
  ['香港特别行政区', 'Hong Kong'],
  ['澳门特别行政区', 'Macao'],
];

/** Cities with their province (capitals and a few more). */
const CITIES: readonly [string, string, string][] = [
  ['石家庄市', 'Shijiazhuang', '河北省'],
  ['太原市', 'Taiyuan', '山西省'],
  ['沈阳市', 'Shenyang', '辽宁省'],
  ['大连市', 'Dalian', '辽宁省'],
  ['长春市', 'Changchun', '吉林省'],
  ['哈尔滨市', 'Harbin', '黑龙江省'],
  ['南京市', 'Nanjing', '江苏省'],
  ['苏州市', 'Suzhou', '江苏省'],
  ['杭州市', 'Hangzhou', '浙江省'],
  ['宁波市', 'Ningbo', '浙江省'],
  ['合肥市', 'Hefei', '安徽省'],
  ['福州市', 'Fuzhou', '福建省'],
  ['厦门市', 'Xiamen', '福建省'],
  ['南昌市', 'Nanchang', '江西省'],
  ['济南市', 'Jinan', '山东省'],
  ['青岛市', 'Qingdao', '山东省'],
  ['郑州市', 'Zhengzhou', '河南省'],
  ['武汉市', 'Wuhan', '湖北省'],
  ['长沙市', 'Changsha', '湖南省'],
  ['广州市', 'Guangzhou', '广东省'],
  ['深圳市', 'Shenzhen', '广东省'],
  ['海口市', 'Haikou', '海南省'],
  ['成都市', 'Chengdu', '四川省'],
  ['贵阳市', 'Guiyang', '贵州省'],
  ['昆明市', 'Kunming', '云南省'],
  ['西安市', "Xi'an", '陕西省'],
  ['兰州市', 'Lanzhou', '甘肃省'],
  ['西宁市', 'Xining', '青海省'],
  ['呼和浩特市', 'Hohhot', '内蒙古自治区'],
  ['南宁市', 'Nanning', '广西壮族自治区'],
  ['拉萨市', 'Lhasa', '西藏自治区'],
  ['银川市', 'Yinchuan', '宁夏回族自治区'],
  ['乌鲁木齐市', 'Urumqi', '新疆维吾尔自治区'],
  ['台北市', 'Taipei', '台湾省'],
];

const provinceByZh = new Map(PROVINCES.map(([zh, en]) => [zh, { zh, en }]));

/** The built-in gazetteer, most specific places first. */
export const GAZETTEER: readonly KnownPlace[] = [
  ...CITIES.map(([zh, en, p]) => ({
    parts: [provinceByZh.get(p) ?? { zh: p, en: p }, { zh, en }],
  })),
  ...PROVINCES.map(([zh, en]) => ({ parts: [{ zh, en }] })),
];

/** Names as they appear in running text: 甘肃省 → 甘肃, 临汾市 → 临汾, 吉县 stays (one character). */
export function shortForms(zh: string): string[] {
  const short = zh.replace(
    /(特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|藏族自治州|自治州|省|市|县|区)$/,
    '',
  );
  return short.length >= 2 && short !== zh ? [zh, short] : [zh];
}
