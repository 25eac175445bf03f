/**
 * The curated glossary of policy formulations (提法) in corpus/glossary.json: for each formula its
 * canonical Simplified and Traditional forms, pinyin, an English rendering (official or ours), a
 * category, the family it belongs to when it is one formula with variable slots, when it was in
 * use nationally and on what evidence, an explanation, and the folded Simplified strings that count
 * as an occurrence. The phrase analysis (analyse.ts `locateAll`) searches `match` in the folded
 * text on a skeleton without quote marks, and with 、，；or nothing where a needle has a separator,
 * so one spelling of a paired formula stands for its quoted and punctuated variants.
 *
 * `parseGlossary` validates the parsed JSON and reports every problem it finds, each named by
 * entry id (or index) and field, so one run of the build lists everything an editor must fix.
 */
import type { Result } from '../result.ts';
import { err, ok } from '../result.ts';

/** What kind of formula an entry is: the glossary's filter in the phrases view. */
export type PhraseCategory =
  | 'strategy'
  | 'mobilisation'
  | 'military-metaphor'
  | 'party-building'
  | 'grid-governance'
  | 'testing-isolation'
  | 'responsibility'
  | 'livelihood'
  | 'publicity';

export const PHRASE_CATEGORIES: readonly PhraseCategory[] = [
  'strategy',
  'mobilisation',
  'military-metaphor',
  'party-building',
  'grid-governance',
  'testing-isolation',
  'responsibility',
  'livelihood',
  'publicity',
];

/** Whether the English rendering is an official one (named in the note) or the editors' own. */
export type EnglishSource = 'official' | 'ours';

/** One formulation. */
export interface GlossaryEntry {
  /** Stable ASCII slug, used in URLs: `#/phrases/<id>`. */
  id: string;
  /** Canonical Simplified form as printed, with its 、 or ，. */
  text: string;
  /** The Taiwan Traditional form (OpenCC cn→tw of `text`). */
  traditional: string;
  /** Hanyu Pinyin with tone marks. */
  pinyin: string;
  english: string;
  englishSource: EnglishSource;
  /** Which official source gives the rendering; present exactly when `englishSource` is official. */
  englishSourceNote?: string;
  category: PhraseCategory;
  /** Entries that are one formula with variable slots share a family id. */
  family: string | null;
  /** The family's pattern with `{a|b}` slots, the same on every entry of the family; else null. */
  slots: string | null;
  /** When the formula was in use: a range or a description. */
  inUse: string;
  /** The evidence for `inUse`, in one or two sentences. */
  inUseEvidence: string;
  /** Two or three sentences in English: what it meant, who used it, what it signals. */
  explanation: string;
  /** Folded Simplified strings that count as an occurrence (punctuation variants and the like). */
  match: string[];
  /**
   * True for an entry that occurs in none of the bundled articles: a formula of real reports kept
   * for context and for the reader's own articles, where the analysis still finds it.
   */
  contextOnly: boolean;
  /** Ids of the bundled articles where the analysis finds a `match` string (empty when contextOnly). */
  occursIn: string[];
}

/** corpus/glossary.json. */
export interface GlossaryFile {
  $comment?: string;
  version: 1;
  entries: GlossaryEntry[];
}

/** The glossary file's current schema version. */
export const GLOSSARY_VERSION = 1;

const ENTRY_KEYS: readonly string[] = [
  'id',
  'text',
  'traditional',
  'pinyin',
  'english',
  'englishSource',
  'englishSourceNote',
  'category',
  'family',
  'slots',
  'inUse',
  'inUseEvidence',
  'explanation',
  'match',
  'contextOnly',
  'occursIn',
];

const FILE_KEYS: readonly string[] = ['$comment', 'version', 'entries'];

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/**
 * Every string a slot pattern stands for: `外防输入、内防{扩散|反弹}` → 外防输入、内防扩散,
 * 外防输入、内防反弹. Null when the pattern is malformed (unbalanced or nested braces, a slot with
 * fewer than two alternatives or an empty one) or has no slot at all.
 */
export function expandSlots(pattern: string): string[] | null {
  const parts: string[][] = [];
  let rest = pattern;
  let slots = 0;
  while (rest) {
    const open = rest.indexOf('{');
    const close = rest.indexOf('}');
    if (open < 0) {
      if (close >= 0) return null;
      parts.push([rest]);
      break;
    }
    if (close >= 0 && close < open) return null;
    if (open > 0) parts.push([rest.slice(0, open)]);
    const end = rest.indexOf('}', open);
    if (end < 0) return null;
    const inner = rest.slice(open + 1, end);
    if (inner.includes('{')) return null;
    const options = inner.split('|');
    if (options.length < 2 || options.some((o) => o === '')) return null;
    if (new Set(options).size !== options.length) return null;
    parts.push(options);
    slots++;
    rest = rest.slice(end + 1);
  }
  if (slots === 0) return null;
  let out = [''];
  for (const options of parts) out = out.flatMap((head) => options.map((o) => head + o));
  return out;
}

function stringList(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((s) => typeof s === 'string');
}

/** The problems with one entry, each prefixed with `where`. Returns the entry when it is sound. */
function checkEntry(v: unknown, where: string, problems: string[]): GlossaryEntry | null {
  if (!isRec(v)) {
    problems.push(`${where}: is not an object`);
    return null;
  }
  const before = problems.length;
  const say = (msg: string): void => {
    problems.push(`${where}: ${msg}`);
  };
  const unknown = Object.keys(v).filter((k) => !ENTRY_KEYS.includes(k));
  if (unknown.length) say(`unknown field(s) ${unknown.join(', ')}`);
  if (!isStr(v.id) || !SLUG.test(v.id)) say('"id" must be a lower-case ASCII slug (a-z, 0-9, -)');
  for (const key of [
    'text',
    'traditional',
    'pinyin',
    'english',
    'inUse',
    'inUseEvidence',
    'explanation',
  ] as const) {
    if (!isStr(v[key])) say(`"${key}" must be a non-empty string`);
  }
  if (v.englishSource === 'official') {
    if (!isStr(v.englishSourceNote))
      say('"englishSourceNote" must name the official source of the English');
  } else if (v.englishSource === 'ours') {
    if (v.englishSourceNote !== undefined)
      say('"englishSourceNote" is only for an official rendering');
  } else {
    say('"englishSource" must be "official" or "ours"');
  }
  if (!PHRASE_CATEGORIES.includes(v.category as PhraseCategory))
    say(`unknown category ${JSON.stringify(v.category)} (one of ${PHRASE_CATEGORIES.join(', ')})`);
  if (v.family !== null && !(isStr(v.family) && SLUG.test(v.family)))
    say('"family" must be a lower-case ASCII slug or null');
  if (v.slots !== null && !isStr(v.slots)) say('"slots" must be a string or null');
  if (v.family === null && v.slots !== null) say('"slots" is only for an entry in a family');
  if (isStr(v.family) && v.slots === null) say('an entry in a family needs its "slots" pattern');
  if (isStr(v.slots) && expandSlots(v.slots) === null)
    say(`"slots" ${JSON.stringify(v.slots)} is not a pattern with {a|b} slots`);
  const match = v.match;
  if (!stringList(match)) say('"match" must be an array of strings');
  else {
    if (match.length === 0) say('"match" is empty: the entry could never be found');
    if (match.some((m) => m.trim() === '')) say('"match" has an empty string');
    const dup = match.filter((m, i) => match.indexOf(m) !== i);
    if (dup.length) say(`"match" repeats ${dup.map((d) => JSON.stringify(d)).join(', ')}`);
  }
  if (typeof v.contextOnly !== 'boolean') say('"contextOnly" must be true or false');
  if (!stringList(v.occursIn)) say('"occursIn" must be an array of article ids');
  else if (v.contextOnly === true && v.occursIn.length)
    say('a context-only entry cannot occur in the corpus ("occursIn" must be empty)');
  else if (v.contextOnly === false && v.occursIn.length === 0)
    say('"occursIn" is empty: an entry that is not context-only must occur in the corpus');
  else if (new Set(v.occursIn).size !== v.occursIn.length) say('"occursIn" repeats an article');
  if (problems.length > before) return null;
  const e = v as unknown as GlossaryEntry;
  return {
    id: e.id,
    text: e.text,
    traditional: e.traditional,
    pinyin: e.pinyin,
    english: e.english,
    englishSource: e.englishSource,
    ...(e.englishSourceNote !== undefined ? { englishSourceNote: e.englishSourceNote } : {}),
    category: e.category,
    family: e.family,
    slots: e.slots,
    inUse: e.inUse,
    inUseEvidence: e.inUseEvidence,
    explanation: e.explanation,
    match: [...e.match],
    contextOnly: e.contextOnly,
    occursIn: [...e.occursIn],
  };
}

/**
 * Validates the parsed glossary.json: `{ version: 1, entries: GlossaryEntry[] }` (a `$comment`
 * is allowed). Reports every problem, one per line, named by entry id (or index) and field:
 * malformed fields, duplicate ids, unknown categories, empty match lists, a family that only one
 * entry references, a family whose entries disagree on the slot pattern, and a pattern that does
 * not produce the text of its entry.
 */
export function parseGlossary(json: unknown): Result<GlossaryEntry[]> {
  if (!isRec(json)) return err('expected an object with "version" and "entries"');
  const problems: string[] = [];
  const unknown = Object.keys(json).filter((k) => !FILE_KEYS.includes(k));
  if (unknown.length) problems.push(`unknown top-level field(s) ${unknown.join(', ')}`);
  if (json.version !== GLOSSARY_VERSION)
    problems.push(
      `unsupported version ${JSON.stringify(json.version)} (expected ${GLOSSARY_VERSION})`,
    );
  if (!Array.isArray(json.entries)) {
    problems.push('"entries" must be an array');
    return err(problems.join('\n'));
  }
  const entries: GlossaryEntry[] = [];
  const seen = new Set<string>();
  // Family members as written, even where another field of the entry is wrong, so that a broken
  // sibling is not also reported as a missing one.
  const families = new Map<string, { id: string; text: unknown; slots: unknown }[]>();
  json.entries.forEach((v: unknown, i) => {
    const id = isRec(v) && isStr(v.id) ? v.id : null;
    const where = id ? `entry ${i} (${id})` : `entry ${i}`;
    if (id !== null) {
      if (seen.has(id)) problems.push(`${where}: duplicate id`);
      seen.add(id);
    }
    if (isRec(v) && isStr(v.family)) {
      const member = { id: id ?? `#${i}`, text: v.text, slots: v.slots };
      families.set(v.family, [...(families.get(v.family) ?? []), member]);
    }
    const entry = checkEntry(v, where, problems);
    if (entry) entries.push(entry);
  });
  // Families: at least two members, one pattern, and the pattern yields each member's text.
  for (const [family, members] of families) {
    const ids = members.map((m) => m.id).join(', ');
    if (members.length < 2)
      problems.push(`family ${family}: referenced by one entry only (${ids})`);
    const patterns = [...new Set(members.map((m) => m.slots).filter(isStr))];
    if (patterns.length > 1)
      problems.push(
        `family ${family}: its entries give different slot patterns (${patterns.join(' / ')})`,
      );
    const matched = members.filter((m) => {
      const expanded = isStr(m.slots) ? expandSlots(m.slots) : null;
      if (!expanded || !isStr(m.text)) return false;
      if (expanded.includes(m.text)) return true;
      problems.push(
        `entry ${m.id}: slots ${JSON.stringify(m.slots)} do not match its text ${JSON.stringify(m.text)}`,
      );
      return false;
    });
    if (patterns.length && matched.length === 0)
      problems.push(`family ${family}: its slot pattern matches no entry of the family`);
  }
  return problems.length ? err(problems.join('\n')) : ok(entries);
}
