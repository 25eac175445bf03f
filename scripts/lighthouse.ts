/**
 * `npm run lighthouse [-- --json] [-- --runs=N]`: Lighthouse on the production build, the library
 * and a reader page, with the desktop preset and the default (mobile) one. Builds nothing: run
 * `npm run build` first (REFRAIN_OUT_DIR picks another build directory). It serves that build
 * with `vite preview` (gzip, like a static host) on REFRAIN_PORT or a free port — or audits
 * REFRAIN_URL when set. Chromium: CHROME_PATH, else REFRAIN_CHROMIUM, else /usr/bin/chromium.
 *
 * Prints performance / accessibility / best-practices scores and LCP, TBT, CLS per page and
 * preset; with `--runs=N` each is audited N times and the run with the median performance score
 * is reported. Progress goes to stderr, so `--json` prints one clean object.
 */
import type { ChildProcess } from 'node:child_process';
import { execFile, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PAGES = [
  { name: 'library', hash: '#/' },
  { name: 'reader', hash: '#/read/shanxi-jixian-2020-02' },
] as const;
const PRESETS = ['desktop', 'mobile'] as const;
type Preset = (typeof PRESETS)[number];

const asJson = process.argv.includes('--json');
const runsArg = process.argv.find((a) => a.startsWith('--runs='));
const runs = Math.max(1, Number(runsArg?.slice('--runs='.length) ?? 1) || 1);
const chromePath = process.env.CHROME_PATH ?? process.env.REFRAIN_CHROMIUM ?? '/usr/bin/chromium';
const log = (s: string): void => {
  process.stderr.write(`lighthouse: ${s}\n`);
};

/** The parts of a Lighthouse result (LHR) read here. */
interface Lhr {
  lighthouseVersion: string;
  environment: { hostUserAgent: string };
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { numericValue?: number; score: number | null }>;
  runWarnings: string[];
}

export interface LighthouseRow {
  page: string;
  url: string;
  preset: Preset;
  /** Category scores, 0–100. */
  performance: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  lcpMs: number | null;
  tbtMs: number | null;
  cls: number | null;
  warnings: string[];
}

async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => ok(port));
    });
  });
}

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((ok) => setTimeout(ok, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

/** `vite preview` of the existing build; resolves once it answers. */
async function startPreview(): Promise<{ url: string; stop: () => void }> {
  const port = Number(process.env.REFRAIN_PORT ?? 0) || (await freePort());
  const outDir = process.env.REFRAIN_OUT_DIR;
  const args = ['preview', '--strictPort', '--port', String(port)];
  if (outDir) args.push('--outDir', outDir);
  // Vite's own binary rather than npx, so stopping the child stops the server.
  const child: ChildProcess = spawn(join('node_modules', '.bin', 'vite'), args, {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}/`;
  await waitFor(url, 30_000);
  return { url, stop: () => child.kill() };
}

function lighthouse(url: string, preset: Preset, outputPath: string): Promise<void> {
  const args = [
    url,
    '--output=json',
    `--output-path=${outputPath}`,
    '--quiet',
    '--chrome-flags=--headless --no-sandbox --disable-background-networking',
    ...(preset === 'desktop' ? ['--preset=desktop'] : []),
  ];
  return new Promise((ok, fail) => {
    execFile(
      join('node_modules', '.bin', 'lighthouse'),
      args,
      { env: { ...process.env, CHROME_PATH: chromePath }, maxBuffer: 64 * 1024 * 1024 },
      (error, _stdout, stderr) => {
        if (error) fail(new Error(`lighthouse failed on ${url}: ${stderr || error.message}`));
        else ok();
      },
    );
  });
}

const score = (lhr: Lhr, id: string): number | null => {
  const s = lhr.categories[id]?.score;
  return typeof s === 'number' ? Math.round(s * 100) : null;
};
const metric = (lhr: Lhr, id: string): number | null => lhr.audits[id]?.numericValue ?? null;

async function audit(
  url: string,
  page: string,
  preset: Preset,
  dir: string,
): Promise<{ row: LighthouseRow; lhr: Lhr }> {
  const results: { row: LighthouseRow; lhr: Lhr }[] = [];
  for (let i = 0; i < runs; i++) {
    log(`${page}, ${preset}${runs > 1 ? ` (run ${i + 1}/${runs})` : ''}`);
    const file = join(dir, `${page}-${preset}-${i}.json`);
    await lighthouse(url, preset, file);
    const lhr = JSON.parse(await readFile(file, 'utf8')) as Lhr;
    const round = (n: number | null, digits: number): number | null =>
      n === null ? null : Number(n.toFixed(digits));
    results.push({
      lhr,
      row: {
        page,
        url,
        preset,
        performance: score(lhr, 'performance'),
        accessibility: score(lhr, 'accessibility'),
        bestPractices: score(lhr, 'best-practices'),
        lcpMs: round(metric(lhr, 'largest-contentful-paint'), 0),
        tbtMs: round(metric(lhr, 'total-blocking-time'), 0),
        cls: round(metric(lhr, 'cumulative-layout-shift'), 3),
        warnings: lhr.runWarnings,
      },
    });
  }
  results.sort((a, b) => (a.row.performance ?? 0) - (b.row.performance ?? 0));
  const median = results[Math.floor((results.length - 1) / 2)];
  if (!median) throw new Error('no Lighthouse run');
  return median;
}

const fromEnv = process.env.REFRAIN_URL;
const server = fromEnv ? null : await startPreview();
const base = fromEnv ?? server?.url ?? '';
const dir = await mkdtemp(join(tmpdir(), 'refrain-lighthouse-'));
const rows: LighthouseRow[] = [];
let version = '';
let userAgent = '';
try {
  for (const preset of PRESETS) {
    for (const p of PAGES) {
      const { row, lhr } = await audit(new URL(p.hash, base).href, p.name, preset, dir);
      version = lhr.lighthouseVersion;
      userAgent = lhr.environment.hostUserAgent;
      rows.push(row);
    }
  }
} finally {
  server?.stop();
  await rm(dir, { recursive: true, force: true });
}

const goals = {
  desktop100: rows
    .filter((r) => r.preset === 'desktop')
    .every((r) => r.performance === 100 && r.accessibility === 100 && r.bestPractices === 100),
  mobilePerformance95: rows
    .filter((r) => r.preset === 'mobile')
    .every((r) => (r.performance ?? 0) >= 95),
};

if (asJson) {
  process.stdout.write(
    `${JSON.stringify({ lighthouse: version, browser: userAgent, runs, rows, goals }, null, 2)}\n`,
  );
} else {
  const show = (n: number | null, unit = ''): string => (n === null ? '—' : `${n}${unit}`);
  console.log(`Lighthouse ${version} (${userAgent}), ${runs} run(s) each, median performance`);
  console.log('preset   page     perf  a11y  best  LCP       TBT     CLS');
  for (const r of rows) {
    console.log(
      [
        r.preset.padEnd(8),
        r.page.padEnd(8),
        show(r.performance).padStart(4),
        show(r.accessibility).padStart(5),
        show(r.bestPractices).padStart(5),
        show(r.lcpMs, ' ms').padStart(9),
        show(r.tbtMs, ' ms').padStart(7),
        show(r.cls).padStart(7),
      ].join(' '),
    );
    for (const w of r.warnings) console.log(`  warning: ${w}`);
  }
  console.log(
    `Goals: desktop 100/100/100 ${goals.desktop100 ? 'met' : 'NOT met'}; mobile performance ≥ 95 ${goals.mobilePerformance95 ? 'met' : 'NOT met'}`,
  );
}
