/**
 * A small hand-made gazetteer for the places tests: the package's quirks in miniature
 * (municipality 市辖区, 省直辖县级行政区划, a prefecture without counties, names shared across
 * provinces, a township renamed, Taiwan without codes). Not used by the app.
 */
import type { GazetteerData } from './data.ts';
import { packTownships } from './data.ts';

const t = (county: string, names: string[]): string =>
  packTownships(
    county,
    names.map((zh, i) => ({ zh, code: `${county}${String(i + 1).padStart(3, '0')}` })),
  );

export const TEST_DATA: GazetteerData = {
  version: 1,
  source: 'test',
  provinces: [
    [
      '11',
      '北京市',
      'Beijing',
      [
        [
          '1101',
          '市辖区',
          'Districts',
          [['110105', '朝阳区', 'Chaoyang District', t('110105', ['建外街道'])]],
        ],
      ],
    ],
    [
      '35',
      '福建省',
      'Fujian',
      [
        [
          '3501',
          '福州市',
          'Fuzhou',
          [['350102', '鼓楼区', 'Gulou District', t('350102', ['东街街道', '城关镇'])]],
        ],
        [
          '3509',
          '宁德市',
          'Ningde',
          [
            [
              '350921',
              '霞浦县',
              'Xiapu County',
              t('350921', ['松城街道', '三沙镇', '城关镇', '长春镇']),
            ],
            ['350982', '福鼎市', 'Fuding', t('350982', ['桐山街道', '城关镇'])],
          ],
        ],
      ],
    ],
    [
      '32',
      '江苏省',
      'Jiangsu',
      [
        [
          '3201',
          '南京市',
          'Nanjing',
          [['320106', '鼓楼区', 'Gulou District', t('320106', ['宁海路街道'])]],
        ],
      ],
    ],
    [
      '34',
      '安徽省',
      'Anhui',
      [
        [
          '3402',
          '芜湖市',
          'Wuhu',
          [['340212', '繁昌区', 'Fanchang District', t('340212', ['荻港镇', '孙村街道'])]],
        ],
      ],
    ],
    [
      '41',
      '河南省',
      '河南',
      [
        [
          '4190',
          '省直辖县级行政区划',
          'Province-administered',
          [['419001', '济源市', 'Jiyuan', t('419001', ['玉泉街道'])]],
        ],
      ],
    ],
    [
      '42',
      '湖北省',
      'Hubei',
      [
        [
          '4201',
          '武汉市',
          'Wuhan',
          [['420102', '江岸区', "Jiang'an District", t('420102', ['大智街道'])]],
        ],
      ],
    ],
    [
      '44',
      '广东省',
      'Guangdong',
      [
        [
          '4401',
          '广州市',
          'Guangzhou',
          [['440106', '天河区', 'Tianhe District', t('440106', ['石牌街道'])]],
        ],
        [
          '4419',
          '东莞市',
          'Dongguan',
          [['441900', '东莞市', 'Dongguan', t('441900', ['石碣镇', '长安镇'])]],
        ],
      ],
    ],
    [
      '15',
      '内蒙古自治区',
      'Inner Mongolia',
      [
        [
          '1525',
          '锡林郭勒盟',
          'Xilinguole League',
          [
            [
              '152525',
              '东乌珠穆沁旗',
              'Dongwuzhumuqin Banner',
              t('152525', ['乌里雅斯太镇', '嘎海乐苏木']),
            ],
          ],
        ],
      ],
    ],
    ['71', '台湾省', 'Taiwan', [['', '澎湖县', 'Penghu County', [['', '望安乡', 'Wang’an', '']]]]],
  ],
};
