import { big5Han, gb2312Han } from './charsets.ts';

export type DetectedScript = 'simplified' | 'traditional' | 'unknown';

/**
 * Guess whether Chinese text is written in Simplified or Traditional characters by counting
 * characters found only in GB2312 (Simplified forms such as 这 们 国) against characters found only
 * in Big5 (這 們 國). Characters common to both (人, 大, 中…) say nothing and are ignored.
 */
export function detectScript(text: string): {
  script: DetectedScript;
  simplified: number;
  traditional: number;
} {
  const gb = gb2312Han();
  const b5 = big5Han();
  let simplified = 0;
  let traditional = 0;
  for (const ch of text) {
    const inGb = gb.has(ch);
    const inB5 = b5.has(ch);
    if (inGb && !inB5) simplified++;
    else if (inB5 && !inGb) traditional++;
  }
  const total = simplified + traditional;
  const script: DetectedScript =
    total < 3
      ? 'unknown'
      : simplified >= traditional * 3
        ? 'simplified'
        : traditional >= simplified * 3
          ? 'traditional'
          : 'unknown';
  return { script, simplified, traditional };
}
