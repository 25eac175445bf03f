/**
 * Character inventories derived from legacy encodings with the platform's own TextDecoder, so no
 * table ships in the bundle: GB2312 is (almost only) Simplified, Big5 (almost only) Traditional.
 * Built once per realm on first use (~ms), in browsers, workers and Node alike.
 */

function decodeDoubleByteRange(
  encoding: string,
  leadFrom: number,
  leadTo: number,
  trails: readonly [number, number][],
): Set<string> {
  const bytes: number[] = [];
  for (let lead = leadFrom; lead <= leadTo; lead++) {
    for (const [from, to] of trails) {
      for (let t = from; t <= to; t++) bytes.push(lead, t);
    }
  }
  const text = new TextDecoder(encoding).decode(new Uint8Array(bytes));
  const set = new Set<string>();
  for (const ch of text) if (/\p{Script=Han}/u.test(ch)) set.add(ch);
  return set;
}

let gb2312: Set<string> | undefined;
let big5: Set<string> | undefined;

/** Han characters of GB2312 (levels 1 and 2, 6,763 characters). */
export function gb2312Han(): Set<string> {
  gb2312 ??= decodeDoubleByteRange('gbk', 0xb0, 0xf7, [[0xa1, 0xfe]]);
  return gb2312;
}

/** Han characters of Big5 (frequent and less frequent, ~13,000 characters). */
export function big5Han(): Set<string> {
  big5 ??= decodeDoubleByteRange('big5', 0xa4, 0xf9, [
    [0x40, 0x7e],
    [0xa1, 0xfe],
  ]);
  return big5;
}
