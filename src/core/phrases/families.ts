/**
 * Families: phrases that are one formula with a variable slot, 内防{扩散|反弹}, 守土{有责|尽责},
 * 网格{员|长}. Two phrases are in one family when they have the same length and differ in a single
 * slot of one or two characters at the start or the end, sharing at least two characters.
 */

export interface FamilyMember {
  text: string;
}

/** The slot pattern of a group: shared part with `{a|b|…}` where the members differ. */
export function familyPattern(texts: readonly string[]): string {
  const cps = texts.map((t) => Array.from(t));
  const len = cps[0]?.length ?? 0;
  let pre = 0;
  while (pre < len && cps.every((c) => c[pre] === cps[0]?.[pre])) pre++;
  let suf = 0;
  while (suf < len - pre && cps.every((c) => c[len - 1 - suf] === cps[0]?.[len - 1 - suf])) suf++;
  const head = cps[0]?.slice(0, pre).join('') ?? '';
  const tail = cps[0]?.slice(len - suf).join('') ?? '';
  const slots = [...new Set(cps.map((c) => c.slice(pre, len - suf).join('')))].sort();
  return `${head}{${slots.join('|')}}${tail}`;
}

/**
 * Group texts into families; returns text → pattern for every text that has a sibling. A text
 * joins at most one family (the first found, scanning end slots before start slots).
 */
export function groupFamilies(texts: readonly string[]): Map<string, string> {
  const groups = new Map<string, string[]>();
  for (const t of texts) {
    const cps = Array.from(t);
    if (cps.length < 3) continue;
    for (const k of [1, 2]) {
      if (cps.length - k < 2) continue;
      const endKey = `E${cps.length}:${cps.slice(0, cps.length - k).join('')}`;
      const startKey = `S${cps.length}:${cps.slice(k).join('')}`;
      for (const key of [endKey, startKey]) groups.set(key, [...(groups.get(key) ?? []), t]);
    }
  }
  const out = new Map<string, string>();
  // Prefer the largest groups (a whole family) over pairs.
  for (const members of [...groups.values()].sort((a, b) => b.length - a.length)) {
    const fresh = [...new Set(members)].filter((m) => !out.has(m));
    if (fresh.length < 2) continue;
    const pattern = familyPattern(fresh);
    for (const m of fresh) out.set(m, pattern);
  }
  return out;
}
