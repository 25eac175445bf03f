import { describe, expect, it } from 'vitest';
import { familyPattern, groupFamilies } from './families.ts';

describe('families', () => {
  it('writes the slot pattern', () => {
    expect(familyPattern(['内防扩散', '内防反弹'])).toBe('内防{反弹|扩散}');
    expect(familyPattern(['守土有责', '守土尽责', '守土担责'])).toBe('守土{尽|担|有}责');
    expect(familyPattern(['网格员', '网格长'])).toBe('网格{员|长}');
  });

  it('groups phrases that differ in one slot at an edge, and nothing else', () => {
    const fam = groupFamilies([
      '内防扩散',
      '内防反弹',
      '网格员',
      '网格长',
      '联防联控',
      '众志成城',
      '疫情防控',
    ]);
    expect(fam.get('内防扩散')).toBe('内防{反弹|扩散}');
    expect(fam.get('内防反弹')).toBe('内防{反弹|扩散}');
    expect(fam.get('网格长')).toBe('网格{员|长}');
    expect(fam.has('众志成城')).toBe(false);
    expect(fam.has('联防联控')).toBe(false);
  });
});
