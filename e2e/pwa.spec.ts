/**
 * The service worker as an installed app sees it: its precache holds every file the app can load,
 * Chromium finds the app installable, and a new version waits for the reader (the prompt) instead
 * of reloading under them.
 *
 * Reads the build on the Node side: REFRAIN_OUT_DIR (as playwright.config.ts serves it) or dist/.
 */
import { createServer } from 'node:http';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize, relative, resolve, sep } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { chromium } from '@playwright/test';
import { APP_ORIGIN, expect, isOwnRequest, test } from './fixtures.ts';

const OUT_DIR = process.env.REFRAIN_OUT_DIR ?? 'dist';

interface ManifestChunk {
  file: string;
  css?: string[];
  assets?: string[];
}

/**
 * Every file of the build the app may fetch, relative to the build root: every chunk, stylesheet
 * and asset the Vite manifest names (lazy chunks and the search worker included), and every other
 * file in the output (chunks that only a worker imports, icons, the web manifest, index.html).
 * Left out: source maps, Vite's own manifest, and the service worker's own scripts (sw.js and the
 * Workbox runtime it imports), which the browser keeps with the registration, not in a cache.
 */
async function buildFiles(): Promise<{ fromManifest: string[]; all: string[] }> {
  const manifest = JSON.parse(
    await readFile(join(OUT_DIR, '.vite/manifest.json'), 'utf8'),
  ) as Record<string, ManifestChunk>;
  const fromManifest = new Set<string>();
  for (const chunk of Object.values(manifest)) {
    fromManifest.add(chunk.file);
    chunk.css?.forEach((f) => fromManifest.add(f));
    chunk.assets?.forEach((f) => fromManifest.add(f));
  }
  const entries = await readdir(OUT_DIR, { recursive: true, withFileTypes: true });
  const onDisk = entries
    .filter((e) => e.isFile())
    .map((e) => relative(OUT_DIR, join(e.parentPath, e.name)).split(sep).join('/'))
    .filter(
      (f) =>
        !f.endsWith('.map') &&
        !f.startsWith('.vite/') &&
        f !== 'sw.js' &&
        !/^workbox-[\w-]+\.js$/.test(f),
    );
  return { fromManifest: [...fromManifest].sort(), all: [...new Set(onDisk)].sort() };
}

/** The files of `expected` that no cached URL serves (cache keys may carry `?__WB_REVISION__=`). */
function missingFrom(expected: readonly string[], cachedPaths: readonly string[]): string[] {
  const cached = new Set(cachedPaths);
  return expected.filter((f) => !cached.has(f));
}

/** Wait until the service worker has installed, precached everything, and controls the page. */
async function controlledBySW(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise<void>((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), {
          once: true,
        }),
      );
    }
  });
}

/** Every URL in the page's Cache Storage (all caches), with the status of its cached response. */
async function cachedUrls(page: Page): Promise<{ url: string; status: number; bytes: number }[]> {
  return page.evaluate(async () => {
    const out: { url: string; status: number; bytes: number }[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const req of await cache.keys()) {
        const res = await cache.match(req);
        out.push({
          url: req.url,
          status: res?.status ?? 0,
          bytes: res ? (await res.arrayBuffer()).byteLength : 0,
        });
      }
    }
    return out;
  });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * The build served from its own origin, with a switch that makes `sw.js` a new version (the built
 * script plus a few bytes). Playwright's routing never sees the browser's fetch of a service
 * worker script, so a new version has to come from a real server. Port 0: any free port.
 */
async function serveBuildWithNextWorker(): Promise<{
  origin: string;
  publishNextWorker: () => void;
  close: () => Promise<void>;
}> {
  const root = resolve(OUT_DIR);
  let next = false;
  // The next version answers a test message, so the test can tell which worker controls a page.
  const suffix =
    "\nself.addEventListener('message', (e) => { if (e.data === 'refrain-test-version' && e.ports[0]) e.ports[0].postMessage('next'); });\n";
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => {
        const payload =
          next && path === '/sw.js' ? Buffer.concat([body, Buffer.from(suffix)]) : body;
        res
          .writeHead(200, {
            'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
            'cache-control': 'no-cache',
          })
          .end(payload);
      },
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', () => ok()));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    publishNextWorker: () => {
      next = true;
    },
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

/**
 * The fixture's guard for a context the fixture does not own: off-origin requests are aborted and
 * recorded, console errors and uncaught exceptions recorded.
 */
async function guardContext(
  context: BrowserContext,
  origin: string,
): Promise<{ offOrigin: string[]; errors: string[] }> {
  const offOrigin: string[] = [];
  const errors: string[] = [];
  const own = (url: string): boolean => {
    try {
      const u = new URL(url);
      return u.origin === origin || ['data:', 'blob:', 'about:'].includes(u.protocol);
    } catch {
      return false;
    }
  };
  await context.route(
    (url) => !own(url.href),
    (route) => route.abort('blockedbyclient'),
  );
  context.on('request', (r) => {
    if (!own(r.url())) offOrigin.push(r.url());
  });
  const watch = (page: Page): void => {
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  return { offOrigin, errors };
}

type MarkedWindow = Window & { refrainLoadMark?: string };

/** Which worker controls the page: 'next' for the new version, null for the first one. */
async function controllerVersion(page: Page): Promise<string | null> {
  return page.evaluate(
    () =>
      new Promise<string | null>((resolve) => {
        const controller = navigator.serviceWorker.controller;
        if (!controller) return resolve(null);
        const channel = new MessageChannel();
        channel.port1.onmessage = (e: MessageEvent<string>) => resolve(e.data);
        controller.postMessage('refrain-test-version', [channel.port2]);
        setTimeout(() => resolve(null), 500);
      }),
  );
}

/** Ask the browser to check for a new worker now (as it does on navigations and periodically). */
async function checkForUpdate(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await (await navigator.serviceWorker.getRegistration())?.update();
  });
}

test.describe('service worker', () => {
  test.skip(
    ({ browserName }) => browserName !== 'chromium',
    'service workers are tested in Chromium',
  );

  test('the precache holds every file of the build the app can load', async ({ page, baseURL }) => {
    const { fromManifest, all } = await buildFiles();
    // The build side is not vacuous: the lazy chunks the issue names are in it.
    for (const name of ['cn2t-', 't2cn-', 'search.worker-', 'phrases-', 'raw-', 'engine-']) {
      expect(
        fromManifest.some((f) => f.startsWith(`assets/${name}`)),
        name,
      ).toBe(true);
    }
    expect(all).toEqual(expect.arrayContaining([...fromManifest, 'index.html']));
    // Chunks only a worker imports (pinyin, the fold) are not in the Vite manifest: the file walk
    // finds them.
    expect(all.length).toBeGreaterThan(fromManifest.length);

    await page.goto('/#/');
    await expect(page.getByTestId('article-card')).toHaveCount(5);
    await controlledBySW(page);

    const root = new URL(baseURL ?? `${APP_ORIGIN}/`);
    const cached = await cachedUrls(page);
    const paths = cached.map((c) => {
      const u = new URL(c.url);
      expect(u.origin, c.url).toBe(root.origin);
      return u.pathname.slice(root.pathname.length);
    });
    expect(missingFrom(all, paths), 'build files missing from the precache').toEqual([]);
    for (const c of cached) {
      expect(c.status, c.url).toBe(200);
      expect(c.bytes, c.url).toBeGreaterThan(0);
    }
    // The comparison does catch a missing chunk: drop the dictionary from what was cached.
    const withoutDictionary = paths.filter((p) => !p.startsWith('assets/cn2t-'));
    expect(missingFrom(all, withoutDictionary)).toEqual([
      expect.stringMatching(/^assets\/cn2t-.*\.js$/),
    ]);
  });

  test('Chromium finds the app installable (no installability errors)', async ({
    baseURL,
  }, testInfo) => {
    const launch = testInfo.project.use.launchOptions ?? {};
    const dir = await mkdtemp(join(tmpdir(), 'refrain-install-'));
    // A persistent profile: in an incognito-like context Chromium never offers to install.
    const context = await chromium.launchPersistentContext(dir, {
      ...(launch.executablePath ? { executablePath: launch.executablePath } : {}),
      ...(launch.args ? { args: launch.args } : {}),
      baseURL,
    });
    const offOrigin: string[] = [];
    const errors: string[] = [];
    try {
      await context.route(
        (url) => !isOwnRequest(url.href),
        (route) => route.abort('blockedbyclient'),
      );
      context.on('request', (r) => {
        if (!isOwnRequest(r.url())) offOrigin.push(r.url());
      });
      const page = context.pages()[0] ?? (await context.newPage());
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto('/#/');
      await expect(page.getByTestId('article-card')).toHaveCount(5);
      await controlledBySW(page);

      const cdp = await context.newCDPSession(page);
      const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
      expect(installabilityErrors).toEqual([]);
      // Chromium read the manifest this check is about.
      const { url } = await cdp.send('Page.getAppManifest');
      expect(url).toMatch(/\/manifest\.webmanifest$/);
    } finally {
      await context.close();
      await rm(dir, { recursive: true, force: true });
    }
    expect(offOrigin, 'requests outside the app origin').toEqual([]);
    expect(errors, 'console errors').toEqual([]);
  });

  /**
   * A reader deep in an article (paragraph anchor, a search with its hits, the second hit) when a
   * new version arrives. `returning`: the page was loaded under the installed worker (the usual
   * case); otherwise the update arrives in the very visit that installed the first worker.
   */
  for (const returning of [true, false]) {
    test(`a new version shows the prompt, keeps the reader's place, and reloads to it (${returning ? 'returning visit' : 'first visit'})`, async ({
      browser,
    }, testInfo) => {
      const server = await serveBuildWithNextWorker();
      const context = await browser.newContext({
        ...testInfo.project.use,
        baseURL: `${server.origin}/`,
      });
      const guard = await guardContext(context, server.origin);
      try {
        const page = await context.newPage();
        const deepLink = '/#/read/gansu-huixian-2021-11?p=4&q=%E7%BD%91%E6%A0%BC%E5%8C%96&hit=2';
        await page.goto(deepLink);
        await expect(page.getByTestId('reader')).toBeVisible();
        await controlledBySW(page);
        if (returning) await page.reload();
        await expect(page.getByTestId('hit-nav')).toContainText('2');
        await expect(page.locator('#hit-2')).toBeInViewport();
        expect(await controllerVersion(page)).toBeNull();

        // The reader scrolls a little further, and this page load gets a mark of its own.
        await page.mouse.wheel(0, 150);
        await page.waitForFunction(() => window.scrollY > 0);
        await page.evaluate(() => {
          (window as MarkedWindow).refrainLoadMark = 'before-update';
        });
        const before = await page.evaluate(() => ({ url: location.href, scrollY: window.scrollY }));

        server.publishNextWorker();
        await checkForUpdate(page);
        const prompt = page.getByTestId('update-prompt');
        await expect(prompt).toBeVisible();
        expect(
          await page.evaluate(
            async () => (await navigator.serviceWorker.getRegistration())?.waiting != null,
          ),
          'the new worker waits for the reader',
        ).toBe(true);
        // Nothing moved: same page load, same address, same scroll position.
        await page.waitForTimeout(500);
        const after = await page.evaluate(() => ({
          url: location.href,
          scrollY: window.scrollY,
          mark: (window as MarkedWindow).refrainLoadMark,
        }));
        expect(after).toEqual({ ...before, mark: 'before-update' });
        expect(await controllerVersion(page)).toBeNull();

        // The reader chooses to reload: the same deep link comes back, under the new worker.
        // From the keyboard: focus the button, press Enter (a pointer click is the same handler).
        await prompt.getByRole('button', { name: 'Reload' }).focus();
        await page.keyboard.press('Enter');
        await page.waitForFunction(() => (window as MarkedWindow).refrainLoadMark === undefined);
        await expect(page.getByTestId('reader')).toBeVisible();
        expect(page.url()).toBe(new URL(deepLink, `${server.origin}/`).href);
        await expect(page.getByTestId('hit-nav')).toContainText('2');
        await expect(page.locator('#hit-2')).toBeInViewport();
        await expect(page.getByTestId('update-prompt')).toHaveCount(0);
        expect(await controllerVersion(page)).toBe('next');
      } finally {
        await context.close();
        await server.close();
      }
      expect(guard.offOrigin, 'requests outside the app origin').toEqual([]);
      expect(guard.errors, 'console errors and uncaught exceptions').toEqual([]);
    });
  }
});
