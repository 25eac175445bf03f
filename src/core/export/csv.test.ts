import { describe, expect, it } from 'vitest';
import { BOM, csvCell, KWIC_HEADER, kwicCsv, parseCsv, toCsv } from './csv.ts';

describe('csvCell', () => {
  it('leaves plain fields alone, Han text included', () => {
    expect(csvCell('网格化')).toBe('网格化');
    expect(csvCell('')).toBe('');
  });

  it('quotes commas, quotes and line breaks (RFC 4180), doubling quotes', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('cr\r')).toBe('"cr\r"');
    expect(csvCell(' padded ')).toBe('" padded "');
  });

  it('defuses cells a spreadsheet would run as a formula', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+cmd')).toBe("'+cmd");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('=HYPERLINK("x","y")')).toBe('"\'=HYPERLINK(""x"",""y"")"');
    expect(csvCell('\t=x')).toBe("'\t=x");
    expect(csvCell('a=b')).toBe('a=b');
  });
});

describe('toCsv', () => {
  it('starts with a BOM and ends every record with CRLF', () => {
    const text = toCsv(['a', 'b'], [['1', '2']]);
    expect(text).toBe(`${BOM}a,b\r\n1,2\r\n`);
  });

  it('round-trips through the parser', () => {
    const rows = [
      ['网格化', 'a,b', 'line\r\nbreak'],
      ['"quoted"', '', '外防输入，内防反弹'],
    ];
    const parsed = parseCsv(toCsv(['x', 'y', 'z'], rows));
    expect(parsed).toEqual([['x', 'y', 'z'], ...rows]);
  });
});

describe('kwicCsv', () => {
  it('writes the concordance columns in order', () => {
    const text = kwicCsv([
      {
        article: 'anhui-fengtai-2022-04',
        outlet: '凤台县人民政府',
        place: 'Anhui, Huainan, Fengtai',
        date: '2022-04',
        phrase: '网格化',
        left: '实行',
        hit: '网格化',
        right: '管理，',
      },
    ]);
    const [header, row] = parseCsv(text);
    expect(header).toEqual([...KWIC_HEADER]);
    expect(row).toEqual([
      'anhui-fengtai-2022-04',
      '凤台县人民政府',
      'Anhui, Huainan, Fengtai',
      '2022-04',
      '网格化',
      '实行',
      '网格化',
      '管理，',
    ]);
  });
});

describe('parseCsv', () => {
  it('reads a file without a final line break, and empty fields', () => {
    expect(parseCsv('a,,c\r\n1,2,3')).toEqual([
      ['a', '', 'c'],
      ['1', '2', '3'],
    ]);
  });
});
