/**
 * Script variants: which conversion shows an article in which script, and the BCP 47 tag that
 * goes with it. Pure; the dictionaries themselves live behind `opencc.ts`.
 *
 * Only OpenCC's `tw` and `hk` locales are used, never `twp`/`hkp`: the phrase variants rewrite
 * vocabulary (社区→社群, 调度→排程, 优化→最佳化) and would falsify the policy language this app
 * exists to study. They also change lengths, which would break offsets.
 */
import type { ArticleScript } from '../corpus/metadata.ts';
import { cpLength } from '../text/codepoints.ts';

/** A script to convert into: Simplified (mainland), Traditional (Taiwan), Traditional (Hong Kong). */
export type ScriptTarget = 'cn' | 'tw' | 'hk';
/** What a reader can choose: the article's own script, or one of the targets. */
export type ScriptChoice = 'orig' | ScriptTarget;

export const SCRIPT_CHOICES: readonly ScriptChoice[] = ['orig', 'cn', 'tw', 'hk'];

/** Parse a `?script=` value; `null` when absent or not one of orig|cn|tw|hk. */
export function parseScriptChoice(value: string | null | undefined): ScriptChoice | null {
  return SCRIPT_CHOICES.find((c) => c === value) ?? null;
}

export type LangTag = 'zh-Hans' | 'zh-Hant' | 'zh-Hant-TW' | 'zh-Hant-HK';

/** The `lang` of text shown in `choice`, for an article written in `original`. */
export function langTag(choice: ScriptChoice, original: ArticleScript): LangTag {
  switch (choice) {
    case 'orig':
      return original === 'traditional' ? 'zh-Hant' : 'zh-Hans';
    case 'cn':
      return 'zh-Hans';
    case 'tw':
      return 'zh-Hant-TW';
    case 'hk':
      return 'zh-Hant-HK';
  }
}

/** The conversions the app uses, each from an original script (never from converted text). */
export interface Converters {
  /** Simplified → Traditional (Taiwan standard characters). */
  cnToTw: (s: string) => string;
  /** Simplified → Traditional (Hong Kong standard characters). */
  cnToHk: (s: string) => string;
  /** OpenCC Traditional → Taiwan variants. */
  tToTw: (s: string) => string;
  /** OpenCC Traditional → Hong Kong variants. */
  tToHk: (s: string) => string;
}

/** The converter that shows an article written in `from` in Traditional `to`. */
export function traditionalConverter(
  from: ArticleScript,
  to: 'tw' | 'hk',
  c: Converters,
): (s: string) => string {
  if (from === 'simplified') return to === 'tw' ? c.cnToTw : c.cnToHk;
  return to === 'tw' ? c.tToTw : c.tToHk;
}

/**
 * Convert while keeping every code-point offset valid. The tw/hk/cn conversions keep the number of
 * code points on this corpus (tested for every article), but a future dictionary or an imported
 * text might not: then each character is converted on its own, so offsets still line up, at the
 * cost of phrase-level choices in that one text.
 */
export function convertAligned(text: string, convert: (s: string) => string): string {
  const whole = convert(text);
  if (cpLength(whole) === cpLength(text)) return whole;
  let out = '';
  for (const ch of text) {
    const c = convert(ch);
    out += cpLength(c) === 1 ? c : ch;
  }
  return out;
}
