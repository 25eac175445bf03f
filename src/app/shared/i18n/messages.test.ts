import { describe, expect, it } from 'vitest';
import { loadTraditionalConverters } from '../../../core/script/opencc.ts';
import { convertMessages } from '../../../node/i18nPlugin.ts';
import { en } from './messages.ts';
import type { Messages } from './messages.ts';
import { zhHans } from './zhHans.ts';
import { format } from './template.ts';

/** Flatten a table to `key.path → string`. */
function leaves(m: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(m as Record<string, unknown>)) {
    if (typeof v === 'string') out.set(prefix + k, v);
    else for (const [kk, vv] of leaves(v, `${prefix}${k}.`)) out.set(kk, vv);
  }
  return out;
}
/** Placeholder names, plain (`{n}`) or plural (`{n, plural, …}`). */
const placeholders = (s: string): string[] =>
  [...new Set([...s.matchAll(/\{(\w+)[},]/g)].map((m) => m[1]!))].sort();

describe('interface messages', () => {
  const english = leaves(en);
  const chinese = leaves(zhHans);

  it('the Chinese table has exactly the English keys', () => {
    expect([...chinese.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('every message keeps the same placeholders in both languages', () => {
    for (const [key, text] of english)
      expect(placeholders(chinese.get(key)!), key).toEqual(placeholders(text));
  });

  it('no Chinese message is left in English', () => {
    const untranslated = [...chinese].filter(
      ([k, v]) => /^[A-Za-z][a-z]+ [a-z]+/.test(v) && !['appName'].includes(k),
    );
    expect(untranslated).toEqual([]);
  });

  it('derives Traditional tables with the tw and hk locales', async () => {
    const c = await loadTraditionalConverters();
    const tw: Messages = convertMessages(zhHans, c.cnToTw);
    const hk: Messages = convertMessages(zhHans, c.cnToHk);
    expect(tw.navLibrary).toBe('文庫');
    expect(tw.compareTitle).toBe('對照');
    expect(hk.apparatusConfidence.certain).toBe('確定');
    expect([...leaves(tw).keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('chooses plural forms', () => {
    const m =
      '{hits, plural, one {# exact hit} other {# exact hits}} in {articles, plural, one {# article} other {# articles}}';
    expect(format(m, { hits: 1, articles: 1 })).toBe('1 exact hit in 1 article');
    expect(format(m, { hits: 7, articles: 3 })).toBe('7 exact hits in 3 articles');
    expect(format(m, { hits: 1200, articles: 3 })).toBe('1,200 exact hits in 3 articles');
    expect(format('{n, plural, =0 {none} other {#}}', { n: 0 })).toBe('none');
  });

  it('fills placeholders as plain text', () => {
    expect(format('{count} 字', { count: 3 })).toBe('3 字');
    expect(format('<b>{x}</b>', { x: '<script>' })).toBe('<b><script></b>');
    expect(format('{missing}', {})).toBe('{missing}');
  });
});
