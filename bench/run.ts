/**
 * `npm run bench [-- --json]`: every benchmark, on this machine, in one run. Later features add
 * their sections beside `bundle`. Run `npm run build` first (the script does it when dist/ is stale).
 */
import { measureBundle } from './bundleSize.ts';

const asJson = process.argv.includes('--json');
const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;

const bundle = measureBundle();
const result = {
  bundle: {
    firstVisitGzipBytes: bundle.firstVisit.gzipBytes,
    firstVisitFiles: bundle.firstVisit.files,
    lazy: bundle.lazy.map((l) => ({ file: l.file, gzipBytes: l.gzipBytes })),
  },
};

if (asJson) {
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
} else {
  console.log(
    `First visit (HTML+JS+CSS, gzip): ${kb(bundle.firstVisit.gzipBytes)} in ${bundle.firstVisit.files.length} files`,
  );
  for (const f of bundle.firstVisit.files) console.log(`  ${f}`);
  console.log('Loaded on demand (gzip):');
  for (const l of bundle.lazy) console.log(`  ${l.file}: ${kb(l.gzipBytes)}`);
}
