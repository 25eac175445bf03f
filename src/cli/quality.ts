/**
 * `npm run quality -- DIR [--expected FILE] [--json] [--verbose]`
 *
 * Cleans every file in DIR by the one path (`readArticle`: the import's and `analyze`'s) and
 * prints, per file and in total, what is left (inserted readings, doubled punctuation, markup,
 * damage flags and mojibake left unflagged), the Han-character ledger, and — against an expectations file in the
 * format of realworld-dev/expected.json — chrome left, prose removed, titles, dates, places,
 * outlets and formulas right, wrong and missing. The exit code is 0 whatever the scores (it is a
 * report); 2 for bad arguments, 1 when DIR or FILE cannot be read.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Expected, FileScore, MarkedSpan } from '../core/quality/score.ts';
import { scoreFile } from '../core/quality/score.ts';
import { readArticle } from '../core/import/read.ts';
import { analysePhrases } from '../core/phrases/analyse.ts';
import { parseGlossary } from '../core/phrases/glossary.ts';
import { loadFolding } from '../core/script/opencc.ts';
import { readCorpusInputs } from '../node/corpusFiles.ts';
import { loadPlaceGuesser } from '../node/placeGuesser.ts';

function usage(): string {
  return [
    'Usage: npm run quality -- DIR [--expected FILE] [--json] [--verbose]',
    '',
    '  DIR              a folder of text/HTML files (not searched recursively)',
    '  --expected FILE  expectations per file (realworld-dev/expected.json format)',
    '  --json           one JSON object: { files: [...], totals: {...} }',
    '  --verbose        list what is left, removed or wrong in each file',
  ].join('\n');
}

interface Totals {
  files: number;
  refused: number;
  pinyinLeft: number;
  doubledPunctuation: number;
  markupLeft: number;
  damageFlags: number;
  mojibakeUnflagged: number;
  ledgerUnbalanced: number;
  filesWithChromeLeft: number;
  chromeLinesLeft: number;
  filesWithProseRemoved: number;
  proseLinesRemoved: number;
  titles: Record<string, number>;
  dates: Record<string, number>;
  places: Record<string, number>;
  provinceWrong: number;
  outlets: Record<string, number>;
  formulasPresent: number;
  formulasMarked: number;
}

const tally = (
  scores: FileScore[],
  key: 'title' | 'date' | 'place' | 'outlet',
): Record<string, number> =>
  scores.reduce<Record<string, number>>((acc, s) => {
    acc[s[key]] = (acc[s[key]] ?? 0) + 1;
    return acc;
  }, {});

function totals(scores: FileScore[], refused: number): Totals {
  const sum = (f: (s: FileScore) => number): number => scores.reduce((a, s) => a + f(s), 0);
  return {
    files: scores.length,
    refused,
    pinyinLeft: sum((s) => s.pinyinLeft.length),
    doubledPunctuation: sum((s) => s.doubledPunctuation.length),
    markupLeft: sum((s) => s.markupLeft.length),
    damageFlags: sum((s) => s.damageFlags),
    mojibakeUnflagged: sum((s) => (s.mojibakeUnflagged ? 1 : 0)),
    ledgerUnbalanced: sum((s) => (s.ledgerMissing > 0 ? 1 : 0)),
    filesWithChromeLeft: sum((s) => (s.chromeLeft.length > 0 ? 1 : 0)),
    chromeLinesLeft: sum((s) => s.chromeLeft.length),
    filesWithProseRemoved: sum((s) => (s.proseRemoved.length > 0 ? 1 : 0)),
    proseLinesRemoved: sum((s) => s.proseRemoved.length),
    titles: tally(scores, 'title'),
    dates: tally(scores, 'date'),
    places: tally(scores, 'place'),
    provinceWrong: sum((s) => (s.provinceWrong ? 1 : 0)),
    outlets: tally(scores, 'outlet'),
    formulasPresent: sum((s) => s.formulasPresent),
    formulasMarked: sum((s) => s.formulasMarked),
  };
}

function line(s: FileScore): string {
  const flags = [
    s.pinyinLeft.length ? `pinyin ${s.pinyinLeft.length}` : '',
    s.doubledPunctuation.length ? `doubled ${s.doubledPunctuation.length}` : '',
    s.markupLeft.length ? `markup ${s.markupLeft.length}` : '',
    s.damageFlags ? `damage flags ${s.damageFlags}` : '',
    s.mojibakeUnflagged ? 'MOJIBAKE UNFLAGGED' : '',
    s.ledgerMissing ? `LEDGER −${s.ledgerMissing}` : '',
    s.chromeLeft.length ? `chrome left ${s.chromeLeft.length}` : '',
    s.proseRemoved.length ? `PROSE REMOVED ${s.proseRemoved.length}` : '',
    s.provinceWrong ? 'WRONG PROVINCE' : '',
  ].filter(Boolean);
  const f = s.formulasPresent ? ` formulas ${s.formulasMarked}/${s.formulasPresent}` : '';
  return `${s.file.padEnd(14)} title ${s.title.padEnd(7)} date ${s.date.padEnd(7)} place ${s.place.padEnd(7)} outlet ${s.outlet.padEnd(7)}${f}${flags.length ? `  [${flags.join(', ')}]` : ''}`;
}

function details(s: FileScore): string[] {
  const out: string[] = [];
  const add = (label: string, items: readonly string[]): void => {
    for (const i of items) out.push(`    ${label}: ${i.slice(0, 100)}`);
  };
  out.push(`    title → ${s.titleGot}`);
  out.push(
    `    date → ${s.dateGot ?? '—'} · place → ${s.placeGot ?? '—'} · outlet → ${s.outletGot ?? '—'}`,
  );
  add('pinyin', s.pinyinLeft);
  add('doubled', s.doubledPunctuation);
  add('markup', s.markupLeft);
  if (s.ledgerMissing) out.push(`    ledger missing: ${s.ledgerMissingChars}`);
  add('chrome left', s.chromeLeft);
  add('prose removed', s.proseRemoved);
  add('formula missed', s.formulasMissed);
  return out;
}

const pct = (a: number, b: number): string => (b === 0 ? '—' : `${((100 * a) / b).toFixed(1)} %`);

function summary(t: Totals): string {
  const v = (r: Record<string, number>): string =>
    ['right', 'wrong', 'missing', 'extra', 'none']
      .filter((k) => r[k])
      .map((k) => `${k} ${r[k]}`)
      .join(', ');
  return [
    `${t.files} files (${t.refused} refused)`,
    `  inserted pinyin left ${t.pinyinLeft} · doubled punctuation ${t.doubledPunctuation} · markup ${t.markupLeft} · damage flags ${t.damageFlags} · pages with mojibake none of which is flagged ${t.mojibakeUnflagged}`,
    `  ledger unbalanced in ${t.ledgerUnbalanced} files`,
    `  chrome left in ${t.filesWithChromeLeft} files (${t.chromeLinesLeft} lines) · prose removed in ${t.filesWithProseRemoved} files (${t.proseLinesRemoved} lines)`,
    `  titles: ${v(t.titles)}`,
    `  dates: ${v(t.dates)}`,
    `  places: ${v(t.places)} · wrong province ${t.provinceWrong}`,
    `  outlets: ${v(t.outlets)}`,
    `  formulas marked ${t.formulasMarked} of ${t.formulasPresent} (${pct(t.formulasMarked, t.formulasPresent)})`,
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${usage()}\n`);
    return 0;
  }
  const asJson = argv.includes('--json');
  const verbose = argv.includes('--verbose');
  const at = argv.indexOf('--expected');
  const expectedFile = at >= 0 ? argv[at + 1] : undefined;
  const positional = argv.filter((a, i) => !a.startsWith('--') && (at < 0 || i !== at + 1));
  const unknown = argv.filter(
    (a) => a.startsWith('--') && !['--json', '--verbose', '--expected'].includes(a),
  );
  if (unknown.length || positional.length !== 1 || (at >= 0 && !expectedFile)) {
    process.stderr.write(
      `quality: ${unknown.length ? `unknown option ${unknown.join(' ')}` : 'give one DIR'}\n${usage()}\n`,
    );
    return 2;
  }
  const dir = positional[0] ?? '';
  let names: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new Error('not a directory');
    names = readdirSync(dir)
      .filter((n) => statSync(join(dir, n)).isFile())
      .sort();
  } catch (e) {
    process.stderr.write(`quality: ${dir}: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
  let expected = new Map<string, Expected>();
  if (expectedFile) {
    try {
      const list = JSON.parse(readFileSync(expectedFile, 'utf8')) as Expected[];
      if (!Array.isArray(list)) throw new Error('expected a JSON array of records');
      expected = new Map(list.map((e) => [e.file, e]));
    } catch (e) {
      process.stderr.write(
        `quality: ${expectedFile}: ${e instanceof Error ? e.message : String(e)}\n`,
      );
      return 1;
    }
  }
  const fold = await loadFolding();
  const place = await loadPlaceGuesser();
  const glossary = parseGlossary(readCorpusInputs().glossary);
  const entries = glossary.ok ? glossary.value : [];
  const scores: FileScore[] = [];
  let refused = 0;
  for (const name of names) {
    const bytes = new Uint8Array(readFileSync(join(dir, name)));
    const read = readArticle({ name, bytes }, { fold, place });
    if (!read.ok) {
      refused++;
      process.stderr.write(`quality: ${name}: refused (${read.error.kind})\n`);
      continue;
    }
    const folded = read.value.cleaned.paragraphs.map(fold);
    const marks: MarkedSpan[] = analysePhrases([{ id: name, paragraphs: folded }], entries, {
      minArticles: 99,
    })
      .filter((p) => p.kind === 'glossary')
      .flatMap((p) => p.occurrences);
    const exp = expected.get(name);
    scores.push(
      scoreFile({
        file: name,
        source: read.value.text,
        cleaned: read.value.cleaned,
        guess: read.value.guess,
        fold,
        foldedParagraphs: folded,
        marks,
        ...(exp ? { expected: exp } : {}),
      }),
    );
  }
  const t = totals(scores, refused);
  if (asJson) {
    process.stdout.write(`${JSON.stringify({ files: scores, totals: t }, null, 2)}\n`);
    return 0;
  }
  const rows = scores.flatMap((s) => [line(s), ...(verbose ? details(s) : [])]);
  process.stdout.write(`${rows.join('\n')}\n\n${summary(t)}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`quality: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
