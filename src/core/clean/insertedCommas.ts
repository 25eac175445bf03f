import type { CleaningStep } from './step.ts';

/**
 * Step `removeInsertedCommas`: the scraper of article 001 put an ASCII comma in front of many of
 * the article's own punctuation marks — `危機,,也是`, `大考,。`, `牙關,、堅持`, `攻堅戰,!`,
 * `風險場所,;`. No writing system puts a comma directly before a full stop, another comma or a
 * closing quote, so such a comma is removed and the mark after it kept.
 *
 * The marks that trigger removal are only those that end or pause a clause or close a bracket.
 * A comma before an *opening* mark is ordinary prose (`堅持到底,“外防輸入` in 001), and ASCII
 * `"` and `'` are left out because English puts the comma inside its quotes (`"Yes," she said`).
 * Dashes are left out too: `，——` is written in Chinese on purpose.
 */

/**
 * Punctuation that an inserted comma was found (or may be found) in front of: ASCII `, . ; : ! ?`
 * and closing brackets; their full-width forms; the ideographic comma and full stop; closing CJK
 * quotes and brackets; the ellipsis. U+FFFD is *not* here: a comma before a replacement character
 * in 001 (`離,�`) stands in front of damaged text whose original mark we cannot see.
 */
const FOLLOWERS = new Set(
  Array.from(',.;:!?)]}' + '，．；：！？）］｝' + '、。' + '”’」』】》〉〕〗〙〛' + '…'),
);

/** True when `ch` is a mark in front of which an ASCII comma is a scraper insertion. */
export function isInsertedCommaFollower(ch: string): boolean {
  return FOLLOWERS.has(ch);
}

/**
 * An ASCII comma immediately followed by a follower mark. Digits are never followers, so `1,000`
 * cannot match; nor can Latin text, where a comma is followed by a space or a letter.
 */
const INSERTED_COMMA = new RegExp(
  `,(?=[${Array.from(FOLLOWERS)
    .map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .join('')}])`,
  'gu',
);

/** Number of inserted commas `removeInsertedCommas` would remove from `text`. */
export function countInsertedCommas(text: string): number {
  return text.match(INSERTED_COMMA)?.length ?? 0;
}

/**
 * `text` without ASCII commas that directly precede another closing or pausing punctuation mark
 * (`,,` → `,`, `,。` → `。`, `�,!` → `�!`). One pass is enough for idempotence: a comma that
 * survives is followed by a non-follower, and removing commas never changes what that is.
 */
export function removeInsertedCommas(text: string): string {
  return text.replace(INSERTED_COMMA, '');
}

/** The `removeInsertedCommas` cleaning step. */
export const removeInsertedCommasStep: CleaningStep = {
  name: 'removeInsertedCommas',
  summary:
    'Removes the ASCII comma a scraper inserted before the article’s own punctuation (“,。” → “。”), keeping the original mark.',
  apply: removeInsertedCommas,
};
