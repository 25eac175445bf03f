import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CleanedArticle } from './pipeline.ts';
import { cleanArticle, cleanCharacters, TEXT_STEPS } from './pipeline.ts';

const RAW = new URL('../../../corpus/raw/', import.meta.url);
const files = readdirSync(RAW).sort();
const raw = (name: string): string => readFileSync(new URL(name, RAW), 'utf8');

/** Han characters of a text as a sorted multiset (a string, for readable diffs). */
const han = (s: string): string => (s.match(/\p{Script=Han}/gu) ?? []).sort().join('');

/** Every piece of text the pipeline kept somewhere: body, head, credits, captions, removed lines. */
function everything(c: CleanedArticle): string {
  return [
    c.headline ?? '',
    c.subtitle ?? '',
    c.dateline ?? '',
    ...c.credits,
    ...c.captions,
    ...c.paragraphs,
    ...c.removed.map((r) => r.text),
  ].join('\n');
}

const clean = (text: string): CleanedArticle => {
  const r = cleanArticle(text);
  if (!r.ok) throw new Error(r.error);
  return r.value;
};

describe('the whole pipeline on the bundled corpus (without the editor’s restorations)', () => {
  for (const name of files) {
    it(`${name}: loses no Han character — each one is in the body, the head, the credits, the captions or the removed lines`, () => {
      expect(han(everything(clean(raw(name))))).toBe(han(raw(name)));
    });

    it(`${name}: is idempotent — cleaning the cleaned body changes nothing`, () => {
      const once = clean(raw(name));
      const twice = clean(once.paragraphs.join('\n'));
      expect(twice.paragraphs).toEqual(once.paragraphs);
      expect(cleanCharacters(once.paragraphs.join('\n'))).toBe(once.paragraphs.join('\n'));
    });
  }

  it('keeps every damaged stretch visible and flagged when no restoration is given', () => {
    const c = clean(raw('001_4233413e716f2bf2.txt'));
    expect(c.damaged.length).toBe(9);
    for (const d of c.damaged) {
      expect(d.restored).toBeUndefined();
      expect(Array.from(c.paragraphs[d.paragraph]!).slice(d.start, d.end).join('')).toBe(d.raw);
    }
    expect(c.paragraphs.join('').split('\ufffd').length - 1).toBe(10);
  });
});

describe('pipeline properties on synthetic pages', () => {
  const lines = files.flatMap((f) => raw(f).split('\n')).filter((l) => l.trim() !== '');
  const noise = fc.constantFrom(
    ',',
    ',,',
    '!',
    ':',
    ' ',
    '(guān)',
    '(57)',
    '4.98万',
    'KN95',
    '\u00a0',
    '......',
    '分享到:',
  );
  const page = fc
    .array(
      fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...lines) },
        { weight: 1, arbitrary: noise },
      ),
      {
        minLength: 1,
        maxLength: 30,
      },
    )
    .map((parts) => parts.join('\n'));

  it('never loses a Han character', () => {
    fc.assert(
      fc.property(page, (text) => {
        expect(han(everything(clean(text)))).toBe(han(text));
      }),
      { numRuns: 150 },
    );
  });

  it('character steps are idempotent as a whole', () => {
    fc.assert(
      fc.property(page, (text) => {
        const once = cleanCharacters(text);
        expect(cleanCharacters(once)).toBe(once);
      }),
      { numRuns: 150 },
    );
  });

  it('registers the steps in the documented order', () => {
    expect(TEXT_STEPS.map((s) => s.name)).toEqual([
      'stripMarkup',
      'normaliseWhitespace',
      'stripRomanisation',
      'removeInsertedCommas',
      'fullWidthPunctuation',
    ]);
  });
});
