/**
 * Look at the app as a reader would: `npm run screenshots [-- route ...]` serves nothing itself —
 * start `npm run preview` first — then saves full-page PNGs of each route at desktop and phone
 * widths, light and dark, into screenshots/ (git-ignored).
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const BASE = process.env.REFRAIN_URL ?? 'http://127.0.0.1:4173/';
const routes = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['#/', '#/read/anhui-fengtai-2022-04', '#/read/gansu-huixian-2021-11', '#/nowhere'];
const sizes = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
];

mkdirSync('screenshots', { recursive: true });
const executablePath = process.env.REFRAIN_CHROMIUM ?? '/usr/bin/chromium';
const browser = await chromium.launch({
  executablePath,
  args: ['--disable-background-networking'],
});
for (const size of sizes) {
  for (const scheme of ['light', 'dark'] as const) {
    const page = await browser.newPage({
      viewport: { width: size.width, height: size.height },
      colorScheme: scheme,
      deviceScaleFactor: 1,
    });
    for (const route of routes) {
      await page.goto(BASE + route);
      await page.waitForLoadState('networkidle');
      const name = `${size.name}-${scheme}-${route.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}`;
      await page.screenshot({
        path: `screenshots/${name}.png`,
        fullPage: process.env.FULL === '1',
      });
      console.log(`screenshots/${name}.png`);
    }
    await page.close();
  }
}
await browser.close();
