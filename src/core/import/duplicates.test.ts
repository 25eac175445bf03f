import { describe, expect, it } from 'vitest';
import { contentKey, fingerprint } from './duplicates.ts';

describe('duplicate fingerprints', () => {
  it('ignore punctuation, spacing, width and line breaks', () => {
    const a = ['疫情来势汹汹,吉县众志成城。', '全县干群 勠力同心！'];
    const b = ['疫情来势汹汹，吉县众志成城', '全县干群勠力同心!'];
    expect(contentKey(a)).toBe(contentKey(b));
    expect(fingerprint(a)).toBe(fingerprint(b));
    expect(fingerprint(a)).toMatch(/^[0-9a-f]{16}$/);
  });

  it('differ when the content differs by one character', () => {
    expect(fingerprint(['吉县众志成城'])).not.toBe(fingerprint(['吉县众志成诚']));
  });
});
