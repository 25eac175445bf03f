import type { Result } from '../result.ts';
import { err, ok } from '../result.ts';

/** A name given in Chinese with an English rendering for the English interface. */
export interface BilingualName {
  zh: string;
  en: string;
}

/** Script of an article's text as we hold it (not necessarily as first published). */
export type ArticleScript = 'simplified' | 'traditional';

export interface Place {
  province: BilingualName;
  prefecture: BilingualName | null;
  county: BilingualName | null;
  /** WGS84 latitude of the seat of the most specific unit, two decimals (for a map). */
  lat: number;
  lon: number;
}

export interface Person {
  /** The name as printed (Simplified). */
  zh: string;
  /** reporter, correspondent, editor, … as the credit line says. */
  role: string;
}

/** Editor-curated metadata of one article (corpus/articles.json). */
export interface ArticleMeta {
  /** Stable slug used in URLs: `#/read/<id>`. */
  id: string;
  /** File name in corpus/raw. */
  source: string;
  /** Title as published (cleaned punctuation), or the editor's title when the page lost its own. */
  title: string;
  titleSource: 'published' | 'editor';
  titleNote?: string;
  titleEn: string;
  /** A newspaper column or series label printed before the title, e.g. 【…】. */
  column: string | null;
  outlet: BilingualName;
  outletNote?: string;
  /** The original publisher where it differs from the outlet. */
  publisher: BilingualName | null;
  publisherNote?: string;
  place: Place;
  /** `YYYY-MM-DD` or `YYYY-MM`, see `datePrecision`. */
  date: string;
  datePrecision: 'day' | 'month';
  /** How the date was read or inferred. */
  dateNote: string;
  authors: Person[];
  editors: Person[];
  script: ArticleScript;
  notes: string[];
}

export interface MetadataFile {
  version: 1;
  articles: ArticleMeta[];
}

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

function name(v: unknown, path: string, errors: string[], nullable = false): BilingualName | null {
  if (v === null && nullable) return null;
  if (!isRec(v) || !isStr(v.zh) || !isStr(v.en)) {
    errors.push(`${path}: expected { zh, en } strings`);
    return null;
  }
  return { zh: v.zh, en: v.en };
}

function people(v: unknown, path: string, errors: string[]): Person[] {
  if (!Array.isArray(v)) {
    errors.push(`${path}: expected an array`);
    return [];
  }
  return v.flatMap((p, i) => {
    if (!isRec(p) || !isStr(p.zh) || !isStr(p.role)) {
      errors.push(`${path}[${i}]: expected { zh, role }`);
      return [];
    }
    return [{ zh: p.zh, role: p.role }];
  });
}

const optStr = (v: unknown): string | undefined => (isStr(v) ? v : undefined);

/**
 * Validate corpus/articles.json. Every problem is reported (with its JSON path), so the build fails
 * with one readable list rather than a crash on the first bad field.
 */
export function parseMetadata(json: unknown): Result<MetadataFile> {
  const errors: string[] = [];
  if (!isRec(json) || json.version !== 1 || !Array.isArray(json.articles)) {
    return err('articles.json: expected { "version": 1, "articles": [...] }');
  }
  const ids = new Set<string>();
  const articles: ArticleMeta[] = [];
  json.articles.forEach((a: unknown, i: number) => {
    const p = `articles[${i}]`;
    if (!isRec(a)) {
      errors.push(`${p}: expected an object`);
      return;
    }
    for (const key of ['id', 'source', 'title', 'titleEn', 'date', 'dateNote'] as const) {
      if (!isStr(a[key])) errors.push(`${p}.${key}: expected a non-empty string`);
    }
    const id = String(a.id);
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) errors.push(`${p}.id: "${id}" is not a slug`);
    if (ids.has(id)) errors.push(`${p}.id: duplicate id "${id}"`);
    ids.add(id);
    const precision = a.datePrecision;
    const date = String(a.date);
    if (
      precision === 'day'
        ? !/^\d{4}-\d{2}-\d{2}$/.test(date)
        : precision === 'month'
          ? !/^\d{4}-\d{2}$/.test(date)
          : true
    ) {
      errors.push(`${p}.date: "${date}" does not match datePrecision "${String(precision)}"`);
    }
    if (a.titleSource !== 'published' && a.titleSource !== 'editor')
      errors.push(`${p}.titleSource: published | editor`);
    if (a.titleSource === 'editor' && !isStr(a.titleNote))
      errors.push(`${p}.titleNote: an editor's title must say why`);
    if (a.script !== 'simplified' && a.script !== 'traditional')
      errors.push(`${p}.script: simplified | traditional`);
    const place = a.place;
    let parsedPlace: Place | null = null;
    if (!isRec(place) || typeof place.lat !== 'number' || typeof place.lon !== 'number') {
      errors.push(`${p}.place: expected { province, prefecture, county, lat, lon }`);
    } else {
      const province = name(place.province, `${p}.place.province`, errors);
      const prefecture = name(place.prefecture, `${p}.place.prefecture`, errors, true);
      const county = name(place.county, `${p}.place.county`, errors, true);
      if (province) parsedPlace = { province, prefecture, county, lat: place.lat, lon: place.lon };
    }
    const outlet = name(a.outlet, `${p}.outlet`, errors);
    const publisher = name(a.publisher, `${p}.publisher`, errors, true);
    const notes = Array.isArray(a.notes) && a.notes.every(isStr) ? (a.notes as string[]) : null;
    if (!notes) errors.push(`${p}.notes: expected an array of strings`);
    if (a.column !== null && !isStr(a.column)) errors.push(`${p}.column: string or null`);
    const authors = people(a.authors, `${p}.authors`, errors);
    const editors = people(a.editors, `${p}.editors`, errors);
    if (!parsedPlace || !outlet || !notes) return;
    articles.push({
      id,
      source: String(a.source),
      title: String(a.title),
      titleSource: a.titleSource === 'editor' ? 'editor' : 'published',
      titleNote: optStr(a.titleNote),
      titleEn: String(a.titleEn),
      column: isStr(a.column) ? a.column : null,
      outlet,
      outletNote: optStr(a.outletNote),
      publisher,
      publisherNote: optStr(a.publisherNote),
      place: parsedPlace,
      date,
      datePrecision: precision === 'day' ? 'day' : 'month',
      dateNote: String(a.dateNote),
      authors,
      editors,
      script: a.script === 'traditional' ? 'traditional' : 'simplified',
      notes,
    });
  });
  return errors.length ? err(errors.join('\n')) : ok({ version: 1, articles });
}
