/**
 * `npm run bench [-- --json]`: every benchmark, on this machine, in one run, each side by side
 * with its baseline. `npm run bench` builds first (the script-switch benchmark drives the
 * production build in Chromium). Progress goes to stderr so `--json` prints one clean object.
 */
import { measureBundle } from './bundleSize.ts';
import { benchmarkPhrases } from './phrases.ts';
import { formatPwa, measurePwa } from './pwa.ts';
import { formatScriptSwitch, measureScriptSwitching } from './scriptSwitch.ts';
import { benchmarkSearch } from './search.ts';

const asJson = process.argv.includes('--json');
const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
const ms = (n: number): string => `${n.toFixed(2)} ms`;
const log = (s: string): void => {
  process.stderr.write(`bench: ${s}\n`);
};

log('bundle sizes');
const bundle = measureBundle();
log('script switching in Chromium');
const scriptSwitch = await measureScriptSwitching();
log('service worker: repeat visit offline vs first visit, precache');
const pwa = await measurePwa();
log('search (1,000 and 8,000 synthetic articles)');
const search = await benchmarkSearch([1000, 8000]);
log('phrase discovery at four sizes');
const phrases = await benchmarkPhrases();

const result = {
  bundle: {
    firstVisitGzipBytes: bundle.firstVisit.gzipBytes,
    firstVisitFiles: bundle.firstVisit.files,
    firstVisitVariants: bundle.variants,
    lazy: bundle.lazy.map((l) => ({ file: l.file, gzipBytes: l.gzipBytes })),
  },
  scriptSwitch,
  pwa: { ...pwa, firstVisitGzipBytes: bundle.firstVisit.gzipBytes },
  ...search,
  phrases: {
    runs: phrases.runs.map((r) => ({
      articles: r.articles,
      chars: r.chars,
      ms: r.ms,
      phrases: r.phrases,
    })),
    baseline: phrases.baseline.map((r) => ({
      articles: r.articles,
      chars: r.chars,
      ms: r.ms,
      ngrams: r.phrases,
    })),
    exponent: phrases.exponent,
    baselineExponent: phrases.baselineExponent,
  },
};

if (asJson) {
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
} else {
  console.log(
    `First visit (HTML+JS+CSS, gzip): ${kb(bundle.firstVisit.gzipBytes)} in ${bundle.firstVisit.files.length} files`,
  );
  for (const f of bundle.firstVisit.files) console.log(`  ${f}`);
  for (const v of bundle.variants) console.log(`First visit, ${v.label}: ${kb(v.gzipBytes)}`);
  console.log('Loaded on demand (gzip):');
  for (const l of bundle.lazy) console.log(`  ${l.file}: ${kb(l.gzipBytes)}`);
  for (const line of formatScriptSwitch(scriptSwitch)) console.log(line);
  for (const line of formatPwa(pwa, bundle.firstVisit.gzipBytes)) console.log(line);
  console.log('Search (per query, warm):');
  for (const s of search.search.bySize) {
    console.log(
      `  ${s.articles} articles, ${s.chars.toLocaleString('en')} chars, ${s.queries} queries: ours p50 ${ms(s.ours.p50Ms)} p95 ${ms(s.ours.p95Ms)} (index ${ms(s.ours.indexMs)}); naive Fuse p50 ${ms(s.naiveFuse.p50Ms)} p95 ${ms(s.naiveFuse.p95Ms)} over ${s.naiveFuse.queries} queries; ${s.speedupP95.toFixed(0)}× at p95; exact recall ${s.exactRecall}`,
    );
  }
  console.log('Phrase discovery (ours vs naive n-gram counting):');
  phrases.runs.forEach((r, i) => {
    const b = phrases.baseline[i];
    console.log(
      `  ${r.articles} articles, ${r.chars.toLocaleString('en')} chars: ours ${ms(r.ms)} (${r.phrases} phrases); naive ${b ? ms(b.ms) : '—'} (${b?.phrases ?? 0} n-grams)`,
    );
  });
  console.log(
    `  scaling exponent: ours ${phrases.exponent.toFixed(2)}, naive ${phrases.baselineExponent.toFixed(2)}`,
  );
}
