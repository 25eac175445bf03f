/**
 * The service worker's part of speed, in headless Chromium (1280×800) against the production
 * build in dist/ (run `npm run build` first; `npm run bench` does), served with gzip like a static
 * host. Time to the library rendered: navigation start → the first article card is in the DOM,
 * and → the frame after it (rAF then a task), from the page's own clock (`performance.now()`
 * counts from the navigation).
 *
 * - `repeatOffline`: a repeat visit served by the service worker with the network cut. Each run:
 *   a browser on a fresh profile visits `#/` once, waits until the worker has precached everything
 *   and controls the page, and quits; a new browser on the same profile goes offline and opens
 *   `#/` — timed (the worker starts cold, as on a visit the next day).
 * - baselines, side by side in the same run: the same measurement on a first visit (fresh
 *   context: no service worker, empty HTTP cache), on the unthrottled loopback network and on
 *   Lighthouse's mobile network ("slow 4G": 150 ms RTT, 1.6 Mbit/s down), through the DevTools
 *   protocol. No CPU throttling in any of them.
 *
 * Plus the precache: the entries of the worker's precache manifest (parsed from sw.js) and their
 * size on disk, raw and gzip level 9 (what installing the worker downloads from a gzipping host).
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { chromium } from '@playwright/test';
import { serveDist, stats } from './scriptSwitch.ts';
import type { Stats } from './scriptSwitch.ts';

export interface VisitSample {
  /** Navigation start → the first article card in the DOM. */
  cardMs: number;
  /** Navigation start → the frame after it (card rendered). */
  renderedMs: number;
}

export interface VisitReport {
  runs: number;
  cardMs: Stats;
  renderedMs: Stats;
  samples: VisitSample[];
}

export interface PwaReport {
  browser: string;
  viewport: { width: number; height: number };
  precache: { entries: number; rawBytes: number; gzipBytes: number; files: string[] };
  /** Repeat visit, offline, served by the service worker. */
  repeatOffline: VisitReport;
  /** First visit, no service worker, empty cache, loopback network (no throttling). */
  firstVisit: VisitReport;
  /** First visit as above on Lighthouse's mobile network (150 ms RTT, 1.6 Mbit/s). */
  firstVisitSlow4g: VisitReport;
}

const VIEWPORT = { width: 1280, height: 800 };
const CHROMIUM = process.env.REFRAIN_CHROMIUM ?? '/usr/bin/chromium';
/** Lighthouse's mobile preset ("slow 4G"), in the units of Network.emulateNetworkConditions. */
const SLOW_4G = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};

/** The precache manifest in the built sw.js: `{url:"…",revision:…}` entries, deduplicated. */
export function precacheEntries(dist = 'dist'): string[] {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  const urls = [...sw.matchAll(/\{url:"([^"]+)",revision:/g)].map((m) => m[1] ?? '');
  return [...new Set(urls.filter(Boolean))].sort();
}

type CardWindow = Window & { __refrainCard?: VisitSample };

/** Installed before the app's scripts (context.addInitScript): records the first card. */
function watchFirstCard(): void {
  const w = window as CardWindow;
  const seen = (): boolean => document.querySelector('[data-testid="article-card"]') !== null;
  const observer = new MutationObserver(() => {
    if (!seen()) return;
    observer.disconnect();
    const sample = { cardMs: performance.now(), renderedMs: 0 };
    requestAnimationFrame(() =>
      setTimeout(() => {
        sample.renderedMs = performance.now();
        w.__refrainCard = sample;
      }, 0),
    );
  });
  observer.observe(document, { childList: true, subtree: true });
}

async function timeVisit(page: Page, url: string): Promise<VisitSample> {
  await page.goto(url);
  await page.waitForFunction(() => (window as CardWindow).__refrainCard !== undefined);
  const sample = await page.evaluate(() => (window as CardWindow).__refrainCard);
  if (!sample) throw new Error('no article card');
  return { cardMs: round1(sample.cardMs), renderedMs: round1(sample.renderedMs) };
}

const round1 = (n: number): number => Math.round(n * 10) / 10;

async function prepare(context: BrowserContext): Promise<void> {
  // tsx (esbuild, keepNames) wraps named inner functions in `__name(…)`, which the page lacks.
  await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  await context.addInitScript(watchFirstCard);
}

async function firstVisit(
  browser: Browser,
  url: string,
  slow: boolean,
): Promise<{ sample: VisitSample }> {
  // No service worker may answer: a baseline is the network path only.
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
  await prepare(context);
  try {
    const page = await context.newPage();
    if (slow) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    }
    return { sample: await timeVisit(page, url) };
  } finally {
    await context.close();
  }
}

/**
 * One repeat visit: a browser with its own profile visits once and waits for the worker to control
 * the page, then quits; a new browser on that profile (the worker starts cold, as on any later
 * day) goes offline and opens `#/` — timed.
 */
async function repeatVisitOffline(url: string): Promise<VisitSample> {
  const dir = await mkdtemp(join(tmpdir(), 'refrain-bench-pwa-'));
  const launch = async (): Promise<BrowserContext> => {
    const context = await chromium.launchPersistentContext(dir, {
      executablePath: CHROMIUM,
      args: ['--disable-background-networking'],
      viewport: VIEWPORT,
    });
    await prepare(context);
    return context;
  };
  try {
    const installing = await launch();
    try {
      const first = installing.pages()[0] ?? (await installing.newPage());
      await first.goto(url);
      await first.evaluate(async () => {
        await navigator.serviceWorker.ready;
        if (!navigator.serviceWorker.controller) {
          await new Promise<void>((ok) =>
            navigator.serviceWorker.addEventListener('controllerchange', () => ok(), {
              once: true,
            }),
          );
        }
      });
    } finally {
      await installing.close();
    }
    const context = await launch();
    try {
      await context.setOffline(true);
      const page = context.pages()[0] ?? (await context.newPage());
      const sample = await timeVisit(page, url);
      const controlled = await page.evaluate(() => navigator.serviceWorker.controller !== null);
      if (!controlled) throw new Error('the repeat visit was not served by the service worker');
      return sample;
    } finally {
      await context.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function report(samples: VisitSample[]): VisitReport {
  return {
    runs: samples.length,
    cardMs: stats(samples.map((s) => s.cardMs)),
    renderedMs: stats(samples.map((s) => s.renderedMs)),
    samples,
  };
}

export async function measurePwa(
  options: { dist?: string; runs?: number } = {},
): Promise<PwaReport> {
  const dist = options.dist ?? 'dist';
  const runs = options.runs ?? 9;
  const files = precacheEntries(dist);
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const f of files) {
    const bytes = readFileSync(join(dist, f));
    rawBytes += bytes.length;
    gzipBytes += /\.png$/.test(f) ? bytes.length : gzipSync(bytes, { level: 9 }).length;
  }
  const server = await serveDist(dist);
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--disable-background-networking'],
    });
    const url = `${server.origin}/#/`;
    // One warm-up of each path (Chromium's own first-use costs), not counted.
    await firstVisit(browser, url, false);
    await repeatVisitOffline(url);
    const repeat: VisitSample[] = [];
    const cold: VisitSample[] = [];
    const slow: VisitSample[] = [];
    // Interleaved, so a busy moment on the machine hits every path alike.
    for (let i = 0; i < runs; i++) {
      cold.push((await firstVisit(browser, url, false)).sample);
      repeat.push(await repeatVisitOffline(url));
      slow.push((await firstVisit(browser, url, true)).sample);
    }
    return {
      browser: `Chromium ${browser.version()}`,
      viewport: VIEWPORT,
      precache: { entries: files.length, rawBytes, gzipBytes, files },
      repeatOffline: report(repeat),
      firstVisit: report(cold),
      firstVisitSlow4g: report(slow),
    };
  } finally {
    await browser?.close();
    await server.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Human-readable lines for `npm run bench`.

export function formatPwa(r: PwaReport, firstVisitGzipBytes: number): string[] {
  const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
  const line = (name: string, v: VisitReport): string =>
    `  ${name}: card in DOM p50 ${v.cardMs.p50.toFixed(1)} ms (max ${v.cardMs.max.toFixed(1)}); rendered p50 ${v.renderedMs.p50.toFixed(1)} ms (max ${v.renderedMs.max.toFixed(1)}), ${v.runs} runs`;
  return [
    `Service worker (${r.browser}, ${r.viewport.width}×${r.viewport.height}), navigation → library rendered:`,
    line('repeat visit, offline, from the service worker', r.repeatOffline),
    line('first visit, no service worker, loopback (baseline)', r.firstVisit),
    line('first visit, no service worker, slow 4G (baseline)', r.firstVisitSlow4g),
    `  precache: ${r.precache.entries} files, ${kb(r.precache.rawBytes)} (${kb(r.precache.gzipBytes)} gzip); first visit JS+CSS+HTML ${kb(firstVisitGzipBytes)} gzip`,
  ];
}
