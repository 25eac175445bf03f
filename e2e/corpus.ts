/**
 * What the e2e suite expects the bundled corpus to look like, hard-coded on purpose: if the
 * cleaning pipeline or the editor's data regress, these fail instead of drifting along with them.
 * Derived from `npx tsx src/cli/analyze.ts --json` and checked by hand against corpus/raw.
 */

export interface ExpectedArticle {
  id: string;
  /** The raw file's number in corpus/raw (000…004). */
  file: string;
  title: string;
  lang: 'zh-Hans' | 'zh-Hant';
  outlet: string;
  /** Province, prefecture, county in English, as on the library card. */
  place: string;
  /** The date as the library card prints it (en locale). */
  date: string;
  /** The first body paragraph, exactly as shown. */
  firstParagraph: string;
}

/** The five articles in publication order: the library's default order and the prev/next chain. */
export const ARTICLES: readonly ExpectedArticle[] = [
  {
    id: 'shanxi-jixian-2020-02',
    file: '002',
    title: '吉縣眾志成城抗擊疫情',
    lang: 'zh-Hant',
    outlet: '临汾新闻网',
    place: 'Shanxi, Linfen, Ji County (Jixian)',
    date: 'February 2020',
    firstParagraph: '疫情來勢洶洶，吉縣眾志成城。',
  },
  {
    id: 'hunan-loudi-2020-02',
    file: '003',
    title: '全面激活“免疫”系統 婁底市縣鄉村四級防控體系構築防疫“銅牆鐵壁”',
    lang: 'zh-Hant',
    outlet: '湖南日报',
    place: 'Hunan, Loudi',
    date: 'February 2020',
    firstParagraph:
      '1月31日23時，雙峰縣人民醫院治療的一名新型冠狀病毒感染的肺炎確診患者治癒出院。2月3日、4日，婁底又有2名患者相繼治癒出院，振奮人心的好消息不斷傳來！',
  },
  {
    id: 'gansu-huixian-2021-11',
    file: '000',
    title: '陇南徽县：战“疫”一线党旗红',
    lang: 'zh-Hans',
    outlet: '中国甘肃网',
    place: 'Gansu, Longnan, Hui County',
    date: '8 November 2021',
    firstParagraph:
      '初冬时节，寒风凛冽，新一轮新冠肺炎疫情来势汹汹，在徽县周边地区蔓延，严重威胁着广大群众的生命健康安全。疫情就是命令，防控就是责任。面对严峻的疫情防控形势，徽县快速反应、立即行动，按照中央、省、市关于疫情防控工作决策部署，19万金徽儿女万众一心，全力以赴一场闻“疫”而动、迎“疫”而上、抗“疫”必胜的疫情防控阻击战在金徽大地全面打响。',
  },
  {
    id: 'anhui-fengtai-2022-04',
    file: '001',
    title: '鳳臺縣城關鎮疫情防控攻堅戰見聞',
    lang: 'zh-Hant',
    outlet: '不详',
    place: 'Anhui, Huainan, Fengtai County',
    date: 'April 2022',
    firstParagraph: '這是一次突如其來的危機，也是一場需要沉著應戰的大考。',
  },
  {
    id: 'qinghai-zeku-2022-05',
    file: '004',
    title: '泽库县五项措施奋力打赢打好疫情阻击战',
    lang: 'zh-Hans',
    outlet: '人民网·青海频道',
    place: 'Qinghai, Huangnan Tibetan Autonomous Prefecture, Zeku County',
    date: '17 May 2022',
    firstParagraph:
      '5月9日14时、11日13时，黄南州泽库县先后报告1例和3例新冠肺炎确诊病例。面对来势汹汹的疫情，黄南州泽库县坚决把思想和行动统一到省州委决策部署上来，主动扛起疫情防控责任，毫不动摇坚持“外防输入、内防反弹”总策略和“动态清零”总方针，及时应对、精准施策、有力组织，全力以赴坚决遏制疫情蔓延势头，坚决打赢疫情防控阻击战。',
  },
];

/** The same ids sorted by place (province, prefecture, county in English). */
export const IDS_BY_PLACE: readonly string[] = [
  'anhui-fengtai-2022-04',
  'gansu-huixian-2021-11',
  'hunan-loudi-2020-02',
  'qinghai-zeku-2022-05',
  'shanxi-jixian-2020-02',
];

export function article(file: string): ExpectedArticle {
  const found = ARTICLES.find((a) => a.file === file);
  if (!found) throw new Error(`no expected article for file ${file}`);
  return found;
}

/** Lines of page chrome that the cleaner must never let into the body. */
export const CHROME_STRINGS: readonly string[] = [
  '您当前的位置',
  '版权声明',
  '精彩推荐',
  '分享到',
  '推荐阅读',
  '返回顶部',
  '小字号',
  '相關文章',
  '关注我们',
  '即时播报',
];

/** A Han character followed by a parenthesised pinyin reading: 關(guān). */
export const ROMANISATION_RESIDUE = /[\p{Script=Han}]\([a-zü\u0101-\u01dc]+\)/u;
/** A comma the scraper inserted before the original punctuation. */
export const DOUBLED_COMMA = /,,|,、|,。|，，/u;
/** An ASCII comma between Han characters (the source's half-width punctuation). */
export const ASCII_COMMA_IN_HAN = /\p{Script=Han},\p{Script=Han}/u;
