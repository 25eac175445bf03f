/**
 * Render the app icons (PNG, for the web app manifest) from public/favicon.svg's design with
 * headless Chromium, so no image tool is needed: `npx tsx scripts/icons.ts`. The PNGs are
 * committed; run this again only when the design changes.
 */
import { writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const svg = (size: number, maskable: boolean): string => {
  // A maskable icon keeps its mark inside the central 80 % safe zone, on a full-bleed background.
  const pad = maskable ? size * 0.1 : 0;
  const r = maskable ? 0 : size * 0.19;
  const font = (size - 2 * pad) * 0.56;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">
  <rect width="${size}" height="${size}" rx="${r}" fill="#9a3412"/>
  <text x="50%" y="50%" dy="0.36em" font-size="${font}" text-anchor="middle" fill="#ffffff"
    font-family="Noto Sans CJK SC, Source Han Sans SC, PingFang SC, sans-serif" font-weight="700">同</text>
</svg>`;
};

const browser = await chromium.launch({
  executablePath: process.env.REFRAIN_CHROMIUM ?? '/usr/bin/chromium',
});
for (const [name, size, maskable] of [
  ['icon-192.png', 192, false],
  ['icon-512.png', 512, false],
  ['icon-maskable-512.png', 512, true],
  ['apple-touch-icon.png', 180, true],
] as const) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(
    `<html><body style="margin:0;background:transparent">${svg(size, maskable)}</body></html>`,
  );
  writeFileSync(`public/${name}`, await page.screenshot({ omitBackground: true }));
  await page.close();
  console.log(`public/${name}`);
}
await browser.close();
