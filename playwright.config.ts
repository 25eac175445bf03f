import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { chromium } from '@playwright/test';

/**
 * e2e runs against the production build served by `vite preview`. Browser: REFRAIN_CHROMIUM if
 * set, else Playwright's own Chromium when `npx playwright install chromium` has been run, else
 * Debian's /usr/bin/chromium (what .ci/run installs).
 */
function chromiumPath(): string | undefined {
  const fromEnv = process.env.REFRAIN_CHROMIUM;
  if (fromEnv) return fromEnv;
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return undefined; // Playwright finds its own browser
  } catch {
    // no managed browser installed
  }
  for (const p of ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']) {
    if (existsSync(p)) return p;
  }
  return undefined;
}

const executablePath = chromiumPath();
// REFRAIN_PORT / REFRAIN_OUT_DIR: serve another build on another port, so two runs can coexist.
const port = Number(process.env.REFRAIN_PORT ?? 4173);
const outDir = process.env.REFRAIN_OUT_DIR;
const baseURL = `http://127.0.0.1:${port}/`;
const launchOptions = {
  ...(executablePath ? { executablePath } : {}),
  // The sandbox's closed network refuses Chromium's background connections; keep it quiet.
  args: [
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 30_000,
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions,
  },
  projects: [
    {
      name: 'desktop',
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 }, launchOptions },
    },
    { name: 'phone', use: { ...devices['Pixel 7'], launchOptions } },
  ],
  webServer: {
    command: `npx vite preview --strictPort --port ${port}${outDir ? ` --outDir ${outDir}` : ''}`,
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
