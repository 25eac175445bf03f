/**
 * `npx tsx bench/search-check.ts [--json] [sizes…]`: self-checks for the search benchmark
 * (the synthetic corpus is deterministic; exact recall is 1, which benchmarkSearch itself
 * enforces by throwing), then the report.
 */
import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import { benchmarkSearch } from './search.ts';
import { corpusChars, loadRealSentences, prepareSynthetic, syntheticCorpus } from './synthetic.ts';

const sha = (x: unknown): string => createHash('sha256').update(JSON.stringify(x)).digest('hex');

await prepareSynthetic();
const sentences = await loadRealSentences();
assert.ok(sentences.length > 100, `only ${sentences.length} real sentences`);

const a = syntheticCorpus(1000);
const b = syntheticCorpus(1000);
assert.equal(sha(a), sha(b), 'same seed must give byte-identical output');
assert.equal(JSON.stringify(a), JSON.stringify(b));
assert.notEqual(sha(syntheticCorpus(50, 2)), sha(syntheticCorpus(50)), 'seed must matter');
assert.equal(sha(syntheticCorpus(3000).slice(0, 1000)), sha(a), 'larger corpora extend smaller');
assert.equal(a.length, 1000);
for (const art of a) {
  assert.ok(art.paragraphs.length >= 10 && art.paragraphs.length <= 20);
  assert.match(art.date, /^\d{4}-\d{2}-\d{2}$/);
  assert.ok(art.title.length > 0);
}
const chars = corpusChars(a);
assert.ok(chars > 2_000_000 && chars < 4_000_000, `1,000 articles = ${chars} chars`);
console.error(
  `synthetic: ${sentences.length} real sentences; 1,000 articles = ${chars} chars; sha256 ${sha(a).slice(0, 16)}`,
);

const sizes = process.argv
  .slice(2)
  .filter((x) => /^\d+$/.test(x))
  .map(Number);
const report = await benchmarkSearch(sizes.length ? sizes : undefined);
assert.equal(report.search.exactRecall, 1);
for (const s of report.search.bySize) assert.equal(s.exactRecall, 1);

if (process.argv.includes('--json')) {
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
} else {
  const r = report.search;
  console.log(
    `Search (${r.queries} queries: ${JSON.stringify(r.queryKinds)}), ${r.totalMs} ms total`,
  );
  console.log(
    '| articles | chars | ours index | ours p50 | ours p95 | naive Fuse p50 | naive Fuse p95 | naive queries | speedup p95 | exact recall |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const s of r.bySize)
    console.log(
      `| ${s.articles} | ${s.chars} | ${s.ours.indexMs} ms | ${s.ours.p50Ms} ms | ${s.ours.p95Ms} ms | ${s.naiveFuse.p50Ms} ms | ${s.naiveFuse.p95Ms} ms | ${s.naiveFuse.queries} | ${s.speedupP95}× | ${s.exactRecall} |`,
    );
  for (const s of r.bySize)
    if (s.naiveFuse.note) console.log(`note (${s.articles}): ${s.naiveFuse.note}`);
  console.log(JSON.stringify(report));
}
