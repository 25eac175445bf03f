import { describe, expect, it } from 'vitest';
import { exportFileName } from './fileName.ts';

describe('exportFileName', () => {
  it('joins parts with hyphens and keeps Han characters', () => {
    expect(exportFileName(['refrain', 'search', '网格化', '2026-11-23'], 'csv')).toBe(
      'refrain-search-网格化-2026-11-23.csv',
    );
  });

  it('replaces characters file systems refuse, and whitespace', () => {
    expect(exportFileName(['a/b\\c:d*e?f"g<h>i|j', 'two  words'], 'csv')).toBe(
      'a-b-c-d-e-f-g-h-i-j-two-words.csv',
    );
    expect(exportFileName(['..', '  '], 'csv')).toBe('refrain.csv');
  });

  it('cuts long parts to 40 code points', () => {
    const name = exportFileName(['疫'.repeat(100)], 'csv');
    expect(Array.from(name.replace('.csv', ''))).toHaveLength(40);
  });
});
