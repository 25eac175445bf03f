/**
 * Pages written for the tests, each reproducing a layout or a damage seen on real county and
 * township sites (the real pages are third-party texts and never enter the repository). Places
 * are real administrative names so the gazetteer can be tested; the events, people and sentences
 * are invented.
 *
 * Each page says what a faithful edition must make of it: `title` (null: the page has no
 * headline), its `titleSource`, `date`, `place` (the finest unit expected, as a substring of the
 * guess), `outlet`, lines of `chrome` that must not stay in the reading text, and `prose` that
 * must.
 */

export interface FixturePage {
  name: string;
  text: string;
  title: string | null;
  titleSource: 'page' | 'first-sentence';
  date: string | null;
  place: string | null;
  outlet: string | null;
  chrome: string[];
  prose: string[];
}

export const FIXTURE_PAGES: readonly FixturePage[] = [
  {
    name: 'breadcrumb-share-widget.txt',
    text: [
      '您当前的位置:首页 > 新闻中心 > 乡镇动态',
      '',
      '花马池镇召开冬春季疫情防控工作推进会',
      '',
      '时间:2021-01-12',
      '来源:盐池县花马池镇',
      '字号:',
      '',
      '用微信扫描二维码',
      '分享至好友和朋友圈',
      '',
      '×',
      '',
      '1月11日上午,花马池镇召开冬春季疫情防控工作推进会,镇村两级干部参加会议。',
      '',
      '会议要求,各村要落实“外防输入、内防反弹”要求,抓实返乡人员摸排,压实防控责任。',
      '',
      '扫一扫在手机上查看当前页面',
    ].join('\n'),
    title: '花马池镇召开冬春季疫情防控工作推进会',
    titleSource: 'page',
    date: '2021-01-12',
    place: '盐池县',
    outlet: '盐池县花马池镇',
    chrome: ['您当前的位置', '用微信扫描二维码', '扫一扫在手机上查看当前页面', '字号'],
    prose: ['镇村两级干部参加会议', '抓实返乡人员摸排'],
  },
  {
    name: 'inserted-pinyin-traditional.txt',
    text: [
      '關(guān)于開展霞浦縣第二輪全員核酸檢測的通告',
      '(2022年第25號) 為切實(shí)保障廣大市民身體健康,霞浦縣決定于4月15日在全縣范圍內(nèi)開展全員核酸檢測。 一、檢測對(duì)象 在霞浦縣內(nèi)工作、生活的所有人員。 二、注意事項(xiàng) 請(qǐng)廣大市民按照“應(yīng)檢盡檢、不漏一人”的要求,有序參加採樣。',
      '霞浦縣應(yīng)對新冠肺炎疫情工作領(lǐng)導(dǎo',
    ].join('\n'),
    title: '關于開展霞浦縣第二輪全員核酸檢測的通告',
    titleSource: 'page',
    date: '2022-04',
    place: '霞浦县',
    outlet: null,
    chrome: ['(guān)', '(shí)', '(dǎo'],
    prose: ['為切實保障廣大市民身體健康', '霞浦縣應對新冠肺炎疫情工作領導'],
  },
  {
    name: 'run-in-credits.txt',
    text: [
      '荣华镇紧急部署疫情防控工作',
      '2021-08-02 17:04:09',
      '8月1日,荣华镇召开疫情防控紧急会议,传达市、区相关会议精神,对当前疫情防控工作作出安排。',
      '会议要求,全镇干部要做到守土有责,认真做好信息排查,引导群众不信谣、不传谣。(王某 李某)',
      '稿件来源: 繁昌区融媒体中心',
      '编辑: 赵某某',
    ].join('\n'),
    title: '荣华镇紧急部署疫情防控工作',
    titleSource: 'page',
    date: '2021-08-02',
    place: '繁昌区',
    outlet: '繁昌区融媒体中心',
    chrome: ['(王某 李某)', '稿件来源', '编辑: 赵某某'],
    prose: ['引导群众不信谣、不传谣'],
  },
  {
    name: 'no-title-wire-lead.txt',
    text: [
      '宝鸡新闻网讯“村民朋友们,近期疫情形势严峻,请大家勤洗手、戴口罩、不聚会。”12月20日,在扶风县召公镇,驻村第一书记正在用“大喇叭”向村民宣传疫情防控知识。',
      '为了打通疫情防控宣传最后一公里,扶风县充分利用各村大喇叭,循环播放疫情防控知识。',
    ].join('\n'),
    title: null,
    titleSource: 'first-sentence',
    date: null,
    place: '扶风县',
    outlet: '宝鸡新闻网',
    chrome: [],
    prose: ['驻村第一书记正在用', '打通疫情防控宣传最后一公里'],
  },
  {
    name: 'origins-not-place.txt',
    text: [
      '2月3日,海丰县梅陇镇组织干部对从湖北返乡人员逐户登记,对武汉返乡人员实行居家隔离。',
      '梅陇镇还在各村设立卡点,对进出车辆和人员测温登记,做到不漏一户、不漏一人。',
    ].join('\n'),
    title: null,
    titleSource: 'first-sentence',
    date: null,
    place: '海丰县',
    outlet: null,
    chrome: [],
    prose: ['对武汉返乡人员实行居家隔离'],
  },
  {
    name: 'footer-prev-next.txt',
    text: [
      '针对疫情严峻形势,石梁镇采取有效措施,扎实开展疫情防控宣传工作。',
      '全镇设立固定宣传点9个,流动宣传车不间断宣传,8521户群众家庭做到不漏一户、不漏一人。',
      '上一篇:某镇党员干部用心防控[ 01-31 ] 下一篇:天长市冶山镇:疫情防控不落一人[ 02-06 ]',
      '主办单位:中共天长市委组织部 承办:天长市党员教育中心 皖ICP备0000000号 联系电话:0550-0000000',
      '技术支持:某某科技皖公网安备 34000000000000号',
    ].join('\n'),
    title: null,
    titleSource: 'first-sentence',
    date: null,
    place: '天长市',
    outlet: '中共天长市委组织部',
    chrome: ['上一篇', 'ICP备', '公网安备'],
    prose: ['全镇设立固定宣传点9个'],
  },
  {
    name: 'original-title-notice.txt',
    text: [
      '原标题:大城县疫情防控工作领导小组办公室关于开展第三轮全员核酸检测的通告',
      '',
      '为及时排查疫情潜在风险,经县疫情防控工作领导小组研究,定于9月2日在大城县范围内开展全员核酸检测。',
      '一、检测时间',
      '2022年9月2日(星期五)5:00至9:00',
      '二、检测范围',
      '凡是居住在我县的居民,按照统一部署有序到指定地点进行核酸检测,应检尽检、不漏一人。',
    ].join('\n'),
    title: '大城县疫情防控工作领导小组办公室关于开展第三轮全员核酸检测的通告',
    titleSource: 'page',
    date: '2022-09',
    place: '大城县',
    outlet: null,
    chrome: ['原标题'],
    prose: ['应检尽检、不漏一人'],
  },
  {
    name: 'doubled-punctuation-mojibake.txt',
    text: [
      '2021-08-09 10:29來源:濟(jì)源網(wǎng)-濟(jì)源晨報(bào)',
      '“您好,我是社區(qū)網(wǎng)格員,,您還沒有去做核酸檢測吧,?我們上門來核查一下?!?月7日一大早,,沁园街道網(wǎng)格員來到轄區(qū)內(nèi)的小區(qū)上門走訪,。',
      '記者了解到,,沁园街道采取網(wǎng)格化管理模式,,組織網(wǎng)格員通過微信群、電話上門服務(wù)。',
    ].join('\n'),
    title: null,
    titleSource: 'first-sentence',
    date: '2021-08-09',
    place: '沁园街道',
    outlet: '济源网-济源晨报',
    chrome: ['(jì)', ',,', ',。'],
    prose: ['沁园街道采取網格化管理模式'],
  },
];
