/**
 * The editor's textual apparatus: for each damaged stretch of a bundled article, what the scraper
 * saved, what the cleaning steps made of it, the editor's reading (or none), how sure the editor
 * is, and why. Like the apparatus of a critical edition, it is kept apart from the text and
 * applied on top of it, so a reader can always see the damage beside the restoration.
 *
 * Entries are matched against the cleaned text by their `damaged` string, and only where the
 * damage detector flagged the stretch: an entry that matches nothing is stale (the raw text, the
 * cleaning or the detector changed) and must fail the build rather than be skipped.
 */
import type { Result } from '../result.ts';
import { err, ok } from '../result.ts';
import type { Span } from '../text/codepoints.ts';

/** How far the evidence carries a restoration. */
export type Confidence = 'certain' | 'probable' | 'conjecture';

const CONFIDENCES: readonly Confidence[] = ['certain', 'probable', 'conjecture'];

/** One damaged stretch and the editor's reading of it. */
export interface ApparatusEntry {
  /** File name in corpus/raw, e.g. `001_4233413e716f2bf2.txt`. */
  article: string;
  /** The stretch verbatim as in the raw file (evidence; tests check it occurs there). */
  source: string;
  /** The same stretch after the cleaning steps: what is matched in the cleaned paragraph. */
  damaged: string;
  /** The editor's reading, replacing `damaged` exactly; null when it cannot be restored. */
  restored: string | null;
  confidence: Confidence;
  /** One or two sentences of evidence, in English. */
  note: string;
}

/** A damaged stretch in a returned paragraph, restored or not. */
export interface DamageFlag {
  /** Code-point offsets into the returned text: the reading where restored, else the damage. */
  start: number;
  end: number;
  /** The damaged text as it stood after cleaning. */
  raw: string;
  /** The editor's reading, present only when the apparatus restores this stretch. */
  restored?: string;
  confidence?: Confidence;
  note?: string;
  /** The stretch as in the raw file. */
  source?: string;
}

/** The apparatus file's current schema version. */
export const APPARATUS_VERSION = 1;

const ENTRY_KEYS = ['article', 'source', 'damaged', 'restored', 'confidence', 'note'] as const;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const nonEmpty = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/** The first problem with one entry, or null. */
function entryProblem(v: unknown): string | null {
  if (!isRecord(v)) return 'is not an object';
  const unknown = Object.keys(v).filter((k) => !(ENTRY_KEYS as readonly string[]).includes(k));
  if (unknown.length) return `has unknown field(s) ${unknown.join(', ')}`;
  for (const key of ['article', 'source', 'damaged', 'note'] as const) {
    if (!nonEmpty(v[key])) return `needs a non-empty string "${key}"`;
  }
  // A stretch lives inside one paragraph; a restoration that deletes text would leave nothing
  // for the reader to see the flag on, so removal must be spelled out as a (short) reading.
  if (String(v.damaged).includes('\n')) return '"damaged" spans a line break';
  if (v.restored !== null && !nonEmpty(v.restored))
    return '"restored" must be a non-empty string or null';
  if (typeof v.restored === 'string' && v.restored.includes('\n'))
    return '"restored" spans a line break';
  if (!CONFIDENCES.includes(v.confidence as Confidence)) {
    return `"confidence" must be one of ${CONFIDENCES.join(', ')}`;
  }
  return null;
}

/**
 * Validates the parsed apparatus.json: `{ version: 1, entries: ApparatusEntry[] }` (a `$comment`
 * is allowed). Errors name the entry by index and damaged string. Two entries with the same
 * article and damaged string are refused: which one applies would be arbitrary.
 */
export function parseApparatus(json: unknown): Result<ApparatusEntry[]> {
  if (!isRecord(json)) return err('expected an object with "version" and "entries"');
  if (json.version !== APPARATUS_VERSION) {
    return err(
      `unsupported version ${JSON.stringify(json.version)} (expected ${APPARATUS_VERSION})`,
    );
  }
  if (!Array.isArray(json.entries)) return err('"entries" must be an array');
  const entries: ApparatusEntry[] = [];
  const seen = new Set<string>();
  for (const [i, v] of json.entries.entries()) {
    const problem = entryProblem(v);
    const label =
      isRecord(v) && typeof v.damaged === 'string' ? ` (${JSON.stringify(v.damaged)})` : '';
    if (problem) return err(`entry ${i}${label} ${problem}`);
    const e = v as unknown as ApparatusEntry;
    const key = `${e.article}\u0000${e.damaged}`;
    if (seen.has(key))
      return err(`entry ${i}${label} duplicates an earlier entry for ${e.article}`);
    seen.add(key);
    entries.push({
      article: e.article,
      source: e.source,
      damaged: e.damaged,
      restored: e.restored,
      confidence: e.confidence,
      note: e.note,
    });
  }
  return ok(entries);
}

/** How an entry is named in error messages: its article and damaged string. */
export function describeEntry(e: ApparatusEntry): string {
  return `${e.article}: ${JSON.stringify(e.damaged)}`;
}

/**
 * A message naming every entry that matched nothing (after all paragraphs of its article were
 * processed), or null when all were used. The build turns a message into a failure.
 */
export function staleEntriesError(
  entries: readonly ApparatusEntry[],
  used: Iterable<ApparatusEntry>,
): string | null {
  const usedSet = new Set(used);
  const stale = entries.filter((e) => !usedSet.has(e));
  if (!stale.length) return null;
  return `apparatus entries not found in the cleaned text (stale?): ${stale.map(describeEntry).join('; ')}`;
}

/** Code-point offsets of every occurrence of `needle` in `cps`. */
function occurrences(cps: readonly string[], needle: readonly string[]): number[] {
  const out: number[] = [];
  outer: for (let i = 0; i + needle.length <= cps.length; i++) {
    for (let k = 0; k < needle.length; k++) if (cps[i + k] !== needle[k]) continue outer;
    out.push(i);
  }
  return out;
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

interface Region extends Span {
  entry?: ApparatusEntry;
}

/** The parts of `span` not covered by any of `taken` (sorted, disjoint). */
function subtract(span: Span, taken: readonly Span[]): Span[] {
  const out: Span[] = [];
  let at = span.start;
  for (const t of taken) {
    if (t.end <= at || t.start >= span.end) continue;
    if (t.start > at) out.push({ start: at, end: t.start });
    at = Math.max(at, t.end);
  }
  if (at < span.end) out.push({ start: at, end: span.end });
  return out;
}

/** `spans` sorted, with overlapping spans merged (empty ones dropped). */
function mergeSpans(spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else if (s.end > s.start) out.push({ start: s.start, end: s.end });
  }
  return out;
}

/**
 * Applies the editor's restorations to one cleaned paragraph.
 *
 * An entry applies where its `damaged` string occurs and overlaps a flagged span; the reading
 * replaces exactly that occurrence. When occurrences compete (`�！�` inside `，�！�`), one equal to
 * a flagged span wins, then the longer. Flagged text no entry covers stays in place, flagged
 * without a reading; entries with `restored: null` leave their text in place with their note.
 * `used` lists the entries that applied, so the caller can report stale ones (see
 * {@link staleEntriesError}) once every paragraph of the article has been seen.
 */
export function applyApparatus(
  paragraph: string,
  flagged: readonly Span[],
  entries: readonly ApparatusEntry[],
): { text: string; damaged: DamageFlag[]; used: ApparatusEntry[] } {
  const cps = Array.from(paragraph);
  const candidates: (Region & { exact: boolean })[] = [];
  for (const entry of entries) {
    const needle = Array.from(entry.damaged);
    for (const start of occurrences(cps, needle)) {
      const region = { start, end: start + needle.length };
      const hit = flagged.filter((f) => overlaps(f, region));
      if (!hit.length) continue;
      const exact = hit.some((f) => f.start === region.start && f.end === region.end);
      candidates.push({ ...region, entry, exact });
    }
  }
  candidates.sort(
    (a, b) =>
      Number(b.exact) - Number(a.exact) || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const accepted: Region[] = [];
  for (const c of candidates) {
    if (!accepted.some((a) => overlaps(a, c)))
      accepted.push({ start: c.start, end: c.end, entry: c.entry });
  }
  accepted.sort((a, b) => a.start - b.start);

  // Flagged text outside every accepted entry stays flagged, unrestored.
  const leftovers = mergeSpans(flagged).flatMap((f) => subtract(f, accepted));
  const regions: Region[] = [...accepted, ...leftovers].sort((a, b) => a.start - b.start);

  const out: string[] = [];
  const damaged: DamageFlag[] = [];
  const used: ApparatusEntry[] = [];
  let at = 0;
  let outLength = 0;
  const emit = (s: string): void => {
    out.push(s);
    outLength += Array.from(s).length;
  };
  for (const r of regions) {
    emit(cps.slice(at, r.start).join(''));
    const raw = cps.slice(r.start, r.end).join('');
    const e = r.entry;
    const shown = e?.restored ?? raw;
    const start = outLength;
    emit(shown);
    const flag: DamageFlag = { start, end: outLength, raw };
    if (e) {
      if (e.restored !== null) flag.restored = e.restored;
      flag.confidence = e.confidence;
      flag.note = e.note;
      flag.source = e.source;
      if (!used.includes(e)) used.push(e);
    }
    damaged.push(flag);
    at = r.end;
  }
  emit(cps.slice(at).join(''));
  return { text: out.join(''), damaged, used };
}
