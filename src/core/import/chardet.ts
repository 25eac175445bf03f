/**
 * The only module that imports chardet. It is asked one question: is this non-UTF-8 Chinese text
 * GB18030/GBK or Big5? (A fatal TextDecoder cannot tell: each decodes the other without error.)
 */
import { analyse } from 'chardet';

export type LegacyChinese = 'gb18030' | 'big5';

/**
 * The more likely of GB18030 and Big5 for these bytes, with chardet's confidence (0–100), or null
 * when chardet recognises neither. Only the first 64 KB are examined (enough for a verdict).
 */
export function detectLegacyChinese(
  bytes: Uint8Array,
): { encoding: LegacyChinese; confidence: number } | null {
  const matches = analyse(bytes.subarray(0, 65536));
  let best: { encoding: LegacyChinese; confidence: number } | null = null;
  for (const m of matches) {
    const encoding = m.name === 'GB18030' ? 'gb18030' : m.name === 'Big5' ? 'big5' : null;
    if (encoding && (!best || m.confidence > best.confidence))
      best = { encoding, confidence: m.confidence };
  }
  return best;
}
