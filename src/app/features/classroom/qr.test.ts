import { describe, expect, it } from 'vitest';
import { qrMatrix } from './qr.ts';

describe('qrMatrix', () => {
  it('gives a square symbol of a valid QR size with the three finder patterns', () => {
    const { size, dark } = qrMatrix('http://127.0.0.1:4173/#/read/shanxi-jixian-2020-02?script=tw');
    expect((size - 17) % 4).toBe(0);
    expect(dark).toHaveLength(size * size);
    const at = (row: number, col: number): boolean => dark[row * size + col] === true;
    // A finder pattern: dark 7×7 ring, light ring, dark 3×3 centre; at top-left, top-right, bottom-left.
    for (const [r0, c0] of [
      [0, 0],
      [0, size - 7],
      [size - 7, 0],
    ] as const) {
      for (let i = 0; i < 7; i += 1) {
        expect(at(r0, c0 + i)).toBe(true);
        expect(at(r0 + 6, c0 + i)).toBe(true);
      }
      expect(at(r0 + 1, c0 + 1)).toBe(false);
      expect(at(r0 + 3, c0 + 3)).toBe(true);
    }
  });

  it('grows with the text and refuses what no QR code can hold', () => {
    expect(qrMatrix('x'.repeat(300)).size).toBeGreaterThan(qrMatrix('x').size);
    expect(() => qrMatrix('x'.repeat(5000))).toThrow();
  });
});
