/**
 * Script switching in headless Chromium (1280×800), against the production build in dist/ (run
 * `npm run build` first; `npm run bench` does). Two views, each in a fresh browser context (cold
 * HTTP cache, no dictionary, no conversion cache):
 *
 * - `compare`: `#/compare` holding all five articles — the case the issue's goal is about;
 * - `reader`: the reader of the longest article — the baseline, one article instead of five.
 *
 * In each view the global select (data-testid="global-script") first picks `tw` (the
 * Simplified→Traditional dictionary loads, then every article is converted), then cycles
 * orig → cn → tw → hk for `rounds` rounds with the dictionary loaded. Per switch:
 *
 * - `appMeasureMs`: the app's own `refrain:script-switch` User Timing measure (select handler →
 *   the view's effect after React committed);
 * - `scriptMs`: the change event → React's handler done (render, commit, effects; ≈ appMeasureMs);
 * - `layoutMs`: style and layout of the new text, forced right after React's handler;
 * - `busyMs` = scriptMs + layoutMs: main-thread time until the new text is laid out;
 * - `nextFrameMs`: the change event → after the next frame (rAF then a task): an upper bound that
 *   adds paint and the wait for the frame's vsync (up to ~16.7 ms of idle);
 * - `longTaskMs`: the 'longtask' entries (≥ 50 ms tasks) overlapping the switch.
 *
 * The goal checked (issue): with all five articles, main-thread time of a switch once the
 * dictionary is loaded ≤ 50 ms — taken as `busyMs` of every switch after the dictionary loaded,
 * the first (uncached) conversion to hk included.
 */
import type { Server } from 'node:http';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from '@playwright/test';
import { chromium } from '@playwright/test';

export const GOAL_MS = 50;
export const COMPARE_IDS = [
  'gansu-huixian-2021-11',
  'anhui-fengtai-2022-04',
  'shanxi-jixian-2020-02',
  'hunan-loudi-2020-02',
  'qinghai-zeku-2022-05',
] as const;
export const READER_ID = 'shanxi-jixian-2020-02';

type Script = 'orig' | 'cn' | 'tw' | 'hk';
const CYCLE: readonly Script[] = ['orig', 'cn', 'tw', 'hk'];

export interface Stats {
  n: number;
  p50: number;
  p95: number;
  max: number;
}

export interface SwitchSample {
  from: Script;
  to: Script;
  appMeasureMs: number;
  scriptMs: number;
  layoutMs: number;
  busyMs: number;
  nextFrameMs: number;
  longTaskMs: number;
}

export interface TargetReport {
  /**
   * The first switch to this target in the cycle. For `hk` it converts every article (dictionary
   * already loaded, nothing cached); for `tw` it is already cached by the initial switch; `orig`
   * and `cn` never convert at run time (the Simplified copies are made at build time).
   */
  first: SwitchSample;
  /** The later switches to this target (conversions cached). */
  warm: { appMeasureMs: Stats; busyMs: Stats; nextFrameMs: Stats };
}

export interface ViewReport {
  view: 'compare' | 'reader';
  url: string;
  articles: number;
  /** Characters of article text in the view (the reading areas' text content, original script). */
  textChars: number;
  /** The Simplified→Traditional dictionary, loaded by the initial switch to tw. */
  dictionary: {
    /** The app's `refrain:dict:load` measure: import of the cn2t chunk + building the converters. */
    loadMs: number;
    file: string;
    transferBytes: number;
    encodedBytes: number;
    decodedBytes: number;
    fetchMs: number;
  };
  /** The initial orig → tw switch: cold HTTP cache, dictionary not loaded, nothing converted. */
  initialTw: {
    /**
     * The app's measure. In the reader it ends when the converted text is committed; in compare it
     * ends at the commit of the loading notice (CompareView measures on every change of the
     * global script, whether or not the text shown is already the target).
     */
    appMeasureMs: number;
    /** Select → every reading area shows converted text (committed to the DOM). */
    toConvertedTextMs: number;
    /** Dictionary ready → converted text committed: converting every article, cold cache. */
    conversionMs: number;
    /** Dictionary ready → converted text laid out (conversion + render + style/layout). */
    conversionBusyMs: number;
    /** Select → after the frame showing the converted text. */
    toNextFrameMs: number;
    /** Long tasks from the select until that frame (chunk parse, converters, conversion…). */
    longTaskMs: number;
  };
  rounds: number;
  targets: Record<Script, TargetReport>;
  /** Every switch of the cycle (dictionary loaded), first conversions to hk included. */
  afterDictionary: {
    appMeasureMs: Stats;
    busyMs: Stats;
    nextFrameMs: Stats;
    longTasks: { count: number; totalMs: number; maxMs: number };
  };
  samples: SwitchSample[];
}

export interface ScriptSwitchReport {
  browser: string;
  /**
   * Figures are only meaningful on an otherwise idle machine: `busy` is true when the CPUs were
   * less than 80% idle in the second before the run (other processes competing for the cores).
   */
  machine: { cores: number; idleBeforePercent: number; loadAvg1: number; busy: boolean };
  viewport: { width: number; height: number };
  /** One article (reader, baseline) vs all five (compare), measured in the same run. */
  reader: ViewReport;
  compare: ViewReport;
  goal: {
    limitMs: number;
    /** Worst busyMs in compare after the dictionary loaded (first hk conversion included). */
    worstBusyMs: number;
    /** Worst busyMs in compare among cached (warm) switches only. */
    worstWarmBusyMs: number;
    met: boolean;
    /** How far the worst switch is over the limit (0 when met). */
    overByMs: number;
  };
}

// ---------------------------------------------------------------------------------------------
// Static server for dist/ (gzip like a static host; hash routing needs no fallback).

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export async function serveDist(
  dist: string,
): Promise<{ origin: string; close: () => Promise<void> }> {
  const root = resolve(dist);
  const gzipped = new Map<string, Buffer>();
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => {
        const type = TYPES[extname(file)] ?? 'application/octet-stream';
        const headers: Record<string, string> = {
          'content-type': type,
          'cache-control': 'no-cache',
        };
        const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '') && !type.includes('png');
        let payload: Buffer = body;
        if (gzip) {
          payload = gzipped.get(file) ?? gzipSync(body, { level: 9 });
          gzipped.set(file, payload);
          headers['content-encoding'] = 'gzip';
        }
        headers['content-length'] = String(payload.length);
        res.writeHead(200, headers).end(req.method === 'HEAD' ? undefined : payload);
      },
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok()); // port 0: a free port (never 4173/4174)
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

// ---------------------------------------------------------------------------------------------
// In-page instrumentation. These functions are serialized into the page: self-contained.

interface ChangeRecord {
  t0: number;
  tScript: number | null;
  tLayout: number | null;
  tFrame: number | null;
}

interface ShownRecord {
  at: number;
  laidOutAt: number;
  frameAt: number | null;
}

interface PageBench {
  longTasks: { start: number; duration: number }[];
  changes: ChangeRecord[];
  shown: ShownRecord | null;
}

type BenchWindow = Window & { __refrainBench: PageBench };

/** Installed before the app's scripts run (context.addInitScript). */
function instrumentPage(): void {
  const bench: PageBench = { longTasks: [], changes: [], shown: null };
  (window as unknown as BenchWindow).__refrainBench = bench;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        bench.longTasks.push({ start: e.startTime, duration: e.duration });
      }
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no Long Tasks API: longTaskMs stays 0
  }
  const isGlobalSelect = (t: EventTarget | null): boolean =>
    t instanceof HTMLSelectElement && t.dataset.testid === 'global-script';
  // Capture on document: before React's listener on the root. Bubble on window: after it.
  document.addEventListener(
    'change',
    (ev) => {
      if (!isGlobalSelect(ev.target)) return;
      const rec: ChangeRecord = {
        t0: performance.now(),
        tScript: null,
        tLayout: null,
        tFrame: null,
      };
      bench.changes.push(rec);
      requestAnimationFrame(() =>
        setTimeout(() => {
          rec.tFrame = performance.now();
        }, 0),
      );
    },
    true,
  );
  window.addEventListener('change', (ev) => {
    if (!isGlobalSelect(ev.target)) return;
    const rec = bench.changes[bench.changes.length - 1];
    if (!rec) return;
    rec.tScript = performance.now();
    void document.body.offsetHeight; // style + layout of the new text, now rather than next frame
    rec.tLayout = performance.now();
  });
}

/** Record when every reading area (`selector`, `count` of them) has `lang` = `lang`. */
function watchShown([selector, lang, count]: [string, string, number]): void {
  const bench = (window as unknown as BenchWindow).__refrainBench;
  bench.shown = null;
  const done = (): boolean => {
    const areas = [...document.querySelectorAll(selector)];
    return areas.length === count && areas.every((a) => a.getAttribute('lang') === lang);
  };
  const observer = new MutationObserver(() => {
    if (!done()) return;
    observer.disconnect();
    const at = performance.now();
    void document.body.offsetHeight;
    const rec: ShownRecord = { at, laidOutAt: performance.now(), frameAt: null };
    bench.shown = rec;
    requestAnimationFrame(() =>
      setTimeout(() => {
        rec.frameAt = performance.now();
      }, 0),
    );
  });
  observer.observe(document.body, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

interface PageSnapshot {
  changes: ChangeRecord[];
  longTasks: { start: number; duration: number }[];
  shown: ShownRecord | null;
  switchMeasures: { start: number; duration: number }[];
  dictLoad: { start: number; duration: number } | null;
  cn2t: {
    name: string;
    transferSize: number;
    encodedBodySize: number;
    decodedBodySize: number;
    duration: number;
  } | null;
}

function snapshot(): PageSnapshot {
  const bench = (window as unknown as BenchWindow).__refrainBench;
  const dict = performance.getEntriesByName('refrain:dict:load', 'measure')[0];
  const chunk = performance
    .getEntriesByType('resource')
    .find((e): e is PerformanceResourceTiming => /\/cn2t-[^/]*\.js$/.test(e.name));
  return {
    changes: bench.changes.map((c) => ({ ...c })),
    longTasks: [...bench.longTasks],
    shown: bench.shown ? { ...bench.shown } : null,
    switchMeasures: performance
      .getEntriesByName('refrain:script-switch', 'measure')
      .map((m) => ({ start: m.startTime, duration: m.duration })),
    dictLoad: dict ? { start: dict.startTime, duration: dict.duration } : null,
    cn2t: chunk
      ? {
          name: chunk.name,
          transferSize: chunk.transferSize,
          encodedBodySize: chunk.encodedBodySize,
          decodedBodySize: chunk.decodedBodySize,
          duration: chunk.duration,
        }
      : null,
  };
}

// ---------------------------------------------------------------------------------------------
// Node side.

const round1 = (n: number): number => Math.round(n * 10) / 10;

export function stats(values: readonly number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p: number): number => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? 0;
  return {
    n: sorted.length,
    p50: round1(rank(0.5)),
    p95: round1(rank(0.95)),
    max: round1(rank(1)),
  };
}

function longTaskOverlap(tasks: PageSnapshot['longTasks'], from: number, to: number): number {
  return tasks
    .filter((t) => t.start < to && t.start + t.duration > from)
    .reduce((n, t) => n + t.duration, 0);
}

async function settle(page: Page): Promise<void> {
  // Let the frame, idle callbacks and any GC pass before the next switch.
  await page.evaluate(
    () => new Promise<void>((ok) => requestAnimationFrame(() => setTimeout(ok, 150))),
  );
}

/** Select `to` with the global select and wait for the app's measure and the next frame. */
async function switchTo(page: Page, from: Script, to: Script): Promise<SwitchSample> {
  const before = await page.evaluate(snapshot);
  await page.getByTestId('global-script').selectOption(to);
  await page.waitForFunction(
    ([changes, measures]) => {
      const bench = (window as unknown as BenchWindow).__refrainBench;
      const last = bench.changes[bench.changes.length - 1];
      return (
        bench.changes.length > changes &&
        last?.tFrame !== null &&
        performance.getEntriesByName('refrain:script-switch', 'measure').length > measures
      );
    },
    [before.changes.length, before.switchMeasures.length] as const,
    { polling: 50 },
  );
  const after = await page.evaluate(snapshot);
  const change = after.changes[after.changes.length - 1];
  const measure = after.switchMeasures[after.switchMeasures.length - 1];
  if (!change || !measure || change.tScript === null || change.tLayout === null) {
    throw new Error(`switch ${from} → ${to}: no timing recorded`);
  }
  const tFrame = change.tFrame ?? change.tLayout;
  await settle(page);
  return {
    from,
    to,
    appMeasureMs: round1(measure.duration),
    scriptMs: round1(change.tScript - change.t0),
    layoutMs: round1(change.tLayout - change.tScript),
    busyMs: round1(change.tLayout - change.t0),
    nextFrameMs: round1(tFrame - change.t0),
    longTaskMs: round1(longTaskOverlap(after.longTasks, change.t0, tFrame)),
  };
}

async function measureView(
  browser: Browser,
  origin: string,
  view: 'compare' | 'reader',
  rounds: number,
): Promise<ViewReport> {
  const hash =
    view === 'compare' ? `#/compare?ids=${COMPARE_IDS.join(',')}` : `#/read/${READER_ID}`;
  const url = `${origin}/${hash}`;
  const areaSelector = view === 'compare' ? '.pane-reading' : '[data-testid="reader"] > .reading';
  const articles = view === 'compare' ? COMPARE_IDS.length : 1;

  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    // tsx (esbuild, keepNames) wraps named inner functions in `__name(…)`, which the page lacks.
    await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
    await context.addInitScript(instrumentPage);
    const page = await context.newPage();
    await page.goto(url);
    await page
      .locator(areaSelector)
      .nth(articles - 1)
      .waitFor();
    await page.waitForLoadState('load');
    const textChars = await page.evaluate(
      (sel) =>
        [...document.querySelectorAll(sel)].reduce(
          (n, a) => n + [...(a.textContent ?? '')].length,
          0,
        ),
      areaSelector,
    );
    await settle(page);

    // Initial switch to tw: loads the dictionary, then converts every article.
    await page.evaluate(watchShown, [areaSelector, 'zh-Hant-TW', articles] as [
      string,
      string,
      number,
    ]);
    const before = await page.evaluate(snapshot);
    await page.getByTestId('global-script').selectOption('tw');
    await page.waitForFunction(
      (measures) => {
        const bench = (window as unknown as BenchWindow).__refrainBench;
        return (
          bench.shown?.frameAt != null &&
          performance.getEntriesByName('refrain:script-switch', 'measure').length > measures
        );
      },
      before.switchMeasures.length,
      { polling: 50, timeout: 60_000 },
    );
    const cold = await page.evaluate(snapshot);
    const change = cold.changes[cold.changes.length - 1];
    const measure = cold.switchMeasures[cold.switchMeasures.length - 1];
    const shown = cold.shown;
    if (!change || !measure || !shown || shown.frameAt === null || !cold.dictLoad || !cold.cn2t) {
      throw new Error(`${view}: the initial switch to tw recorded no timing`);
    }
    const dictReady = cold.dictLoad.start + cold.dictLoad.duration;
    const initialTw: ViewReport['initialTw'] = {
      appMeasureMs: round1(measure.duration),
      toConvertedTextMs: round1(shown.at - change.t0),
      conversionMs: round1(shown.at - dictReady),
      conversionBusyMs: round1(shown.laidOutAt - dictReady),
      toNextFrameMs: round1(shown.frameAt - change.t0),
      longTaskMs: round1(longTaskOverlap(cold.longTasks, change.t0, shown.frameAt)),
    };
    const dictionary: ViewReport['dictionary'] = {
      loadMs: round1(cold.dictLoad.duration),
      file: new URL(cold.cn2t.name).pathname.replace(/^\//, ''),
      transferBytes: cold.cn2t.transferSize,
      encodedBytes: cold.cn2t.encodedBodySize,
      decodedBytes: cold.cn2t.decodedBodySize,
      fetchMs: round1(cold.cn2t.duration),
    };
    await settle(page);

    // The cycle, dictionary loaded.
    const cycleStart = await page.evaluate(() => performance.now());
    const samples: SwitchSample[] = [];
    let current: Script = 'tw';
    for (let r = 0; r < rounds; r++) {
      for (const to of CYCLE) {
        samples.push(await switchTo(page, current, to));
        current = to;
      }
    }
    const end = await page.evaluate(snapshot);
    const cycleTasks = end.longTasks.filter((t) => t.start >= cycleStart);

    const targets = Object.fromEntries(
      CYCLE.map((t): [Script, TargetReport] => {
        const all = samples.filter((s) => s.to === t);
        const [first, ...warm] = all;
        if (!first) throw new Error(`no switch to ${t}`);
        return [
          t,
          {
            first,
            warm: {
              appMeasureMs: stats(warm.map((s) => s.appMeasureMs)),
              busyMs: stats(warm.map((s) => s.busyMs)),
              nextFrameMs: stats(warm.map((s) => s.nextFrameMs)),
            },
          },
        ];
      }),
    ) as Record<Script, TargetReport>;

    return {
      view,
      url: hash,
      articles,
      textChars,
      dictionary,
      initialTw,
      rounds,
      targets,
      afterDictionary: {
        appMeasureMs: stats(samples.map((s) => s.appMeasureMs)),
        busyMs: stats(samples.map((s) => s.busyMs)),
        nextFrameMs: stats(samples.map((s) => s.nextFrameMs)),
        longTasks: {
          count: cycleTasks.length,
          totalMs: round1(cycleTasks.reduce((n, t) => n + t.duration, 0)),
          maxMs: round1(Math.max(0, ...cycleTasks.map((t) => t.duration))),
        },
      },
      samples,
    };
  } finally {
    await context.close();
  }
}

/** Share of CPU time (all cores) spent idle over the next `ms` milliseconds. */
async function idlePercent(ms: number): Promise<number> {
  const sample = (): { idle: number; total: number } =>
    cpus().reduce(
      (acc, c) => {
        const t = c.times;
        return {
          idle: acc.idle + t.idle,
          total: acc.total + t.user + t.nice + t.sys + t.idle + t.irq,
        };
      },
      { idle: 0, total: 0 },
    );
  const a = sample();
  await new Promise((ok) => setTimeout(ok, ms));
  const b = sample();
  return b.total > a.total ? Math.round((100 * (b.idle - a.idle)) / (b.total - a.total)) : 100;
}

export async function measureScriptSwitching(
  options: { dist?: string; rounds?: number } = {},
): Promise<ScriptSwitchReport> {
  const rounds = options.rounds ?? 10;
  const idleBeforePercent = await idlePercent(1000);
  const server = await serveDist(options.dist ?? 'dist');
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({
      executablePath: process.env.REFRAIN_CHROMIUM ?? '/usr/bin/chromium',
      args: ['--disable-background-networking'],
    });
    const reader = await measureView(browser, server.origin, 'reader', rounds);
    const compare = await measureView(browser, server.origin, 'compare', rounds);
    const warm = CYCLE.flatMap((t) => [compare.targets[t].warm.busyMs.max]);
    const worstBusyMs = compare.afterDictionary.busyMs.max;
    return {
      browser: `Chromium ${browser.version()}`,
      machine: {
        cores: availableParallelism(),
        idleBeforePercent,
        loadAvg1: round1(loadavg()[0] ?? 0),
        busy: idleBeforePercent < 80,
      },
      viewport: { width: 1280, height: 800 },
      reader,
      compare,
      goal: {
        limitMs: GOAL_MS,
        worstBusyMs,
        worstWarmBusyMs: Math.max(...warm),
        met: worstBusyMs <= GOAL_MS,
        overByMs: round1(Math.max(0, worstBusyMs - GOAL_MS)),
      },
    };
  } finally {
    await browser?.close();
    await server.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Human-readable lines for `npm run bench`.

const ms = (n: number): string => `${n.toFixed(1)} ms`;
const triple = (s: Stats): string =>
  `${s.p50.toFixed(1)} / ${s.p95.toFixed(1)} / ${s.max.toFixed(1)}`;

export function formatScriptSwitch(r: ScriptSwitchReport): string[] {
  const lines = [
    `Script switching (${r.browser}, ${r.viewport.width}×${r.viewport.height}, ${r.compare.rounds} rounds of orig → cn → tw → hk):`,
    '  busy = main thread from the select until the new text is laid out; warm = cached conversions',
  ];
  const m = r.machine;
  if (m.busy) {
    lines.push(
      `  WARNING: machine busy (CPUs ${m.idleBeforePercent}% idle before the run, load average ${m.loadAvg1} on ${m.cores} cores): figures are not representative`,
    );
  }
  for (const v of [r.reader, r.compare]) {
    const d = v.dictionary;
    const i = v.initialTw;
    const title = v.view === 'reader' ? 'reader, 1 article (baseline)' : 'compare, 5 articles';
    lines.push(
      `  ${title}, ${v.textChars} characters (${v.url})`,
      `    dictionary ${d.file}: ${(d.transferBytes / 1024).toFixed(1)} KB transferred, ${(d.decodedBytes / 1024).toFixed(1)} KB decoded, ready in ${ms(d.loadMs)}`,
      `    first orig → tw: converted text after ${ms(i.toConvertedTextMs)} (conversion ${ms(i.conversionMs)}, +layout ${ms(i.conversionBusyMs)}), next frame ${ms(i.toNextFrameMs)}, long tasks ${ms(i.longTaskMs)}; app measure ${ms(i.appMeasureMs)}`,
      '    to    | first: busy (script + layout)  | warm busy p50 / p95 / max | warm app measure p50 / p95 / max | warm next frame p50 / p95 / max',
    );
    for (const t of CYCLE) {
      const { first, warm } = v.targets[t];
      lines.push(
        `    ${t.padEnd(5)} | ${ms(first.busyMs).padStart(8)} (${first.scriptMs.toFixed(1)} + ${first.layoutMs.toFixed(1)})`.padEnd(
          43,
        ) +
          `| ${triple(warm.busyMs).padEnd(25)} | ${triple(warm.appMeasureMs).padEnd(32)} | ${triple(warm.nextFrameMs)}`,
      );
    }
    const a = v.afterDictionary;
    lines.push(
      `    all ${a.busyMs.n} switches after the dictionary: busy ${triple(a.busyMs)} ms, next frame ${triple(a.nextFrameMs)} ms, long tasks ${a.longTasks.count} (${ms(a.longTasks.totalMs)})`,
    );
  }
  const g = r.goal;
  lines.push(
    `  Goal (compare, every switch after the dictionary, busy ≤ ${g.limitMs} ms): ${g.met ? 'met' : `MISSED by ${ms(g.overByMs)}`}, worst ${ms(g.worstBusyMs)} (warm only ${ms(g.worstWarmBusyMs)})`,
  );
  return lines;
}
