/**
 * One screenshot, for looking closely at a detail: `npx tsx scripts/shot.ts URL OUT.png
 * [SELECTOR|-] [WIDTH] [HEIGHT] [CLICK-SELECTORS joined by |]`. Start `npm run preview` first.
 */
import { chromium } from '@playwright/test';

const [url, out, selector = '-', width = '1280', height = '800', clicks = ''] =
  process.argv.slice(2);
if (!url || !out) {
  console.error(
    'usage: npx tsx scripts/shot.ts URL OUT.png [SELECTOR|-] [WIDTH] [HEIGHT] [CLICKS]',
  );
  process.exit(2);
}
const browser = await chromium.launch({
  executablePath: process.env.REFRAIN_CHROMIUM ?? '/usr/bin/chromium',
});
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
await page.goto(url);
await page.waitForLoadState('networkidle');
for (const c of clicks.split('|').filter(Boolean)) await page.locator(c).first().click();
if (selector === '-') await page.screenshot({ path: out });
else await page.locator(selector).first().screenshot({ path: out });
await browser.close();
