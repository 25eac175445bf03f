import { readFileSync } from 'node:fs';
import { readArticle } from '/work/main/src/core/import/read.ts';
import { loadFolding } from '/work/main/src/core/script/opencc.ts';
const fold = await loadFolding();
for (const f of process.argv.slice(2)) {
  const r = readArticle({ name: f, bytes: new Uint8Array(readFileSync(f)) }, { fold });
  if (!r.ok) {
    console.log(f, r.error);
    continue;
  }
  const c = r.value.cleaned;
  console.log(
    '==',
    f,
    '\nH:',
    c.headline,
    '\nD:',
    c.dateline,
    '\nC:',
    c.credits,
    '\nCap:',
    c.captions,
  );
  c.paragraphs.forEach((p, i) => console.log(`  ${c.kinds[i]?.[0]} ${p.slice(0, 90)}`));
  for (const x of c.removed) console.log('  R', x.reason, x.text.slice(0, 80));
  for (const d of c.damaged) console.log('  DMG', d.paragraph, d.start, d.end, d.raw);
  console.log('  guess', JSON.stringify(r.value.guess));
}
