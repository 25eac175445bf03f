import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { refrainCorpus } from './src/node/vitePlugin.ts';
import { refrainUiHant } from './src/node/i18nPlugin.ts';
import { refrainRoutePreload } from './src/node/routePreload.ts';
import { refrainGazetteer } from './src/node/gazetteer.ts';
import { VitePWA } from 'vite-plugin-pwa';
import type { Plugin } from 'vite';

/**
 * A strict Content-Security-Policy for the production build: only this origin, no inline script,
 * no remote anything. (Not in dev: Vite's dev server injects inline scripts for hot reload.)
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'refrain-csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`,
      ),
  };
}

// `base` lets the app live under a sub-path of a static host: REFRAIN_BASE=/refrain/ npm run build
export default defineConfig({
  base: process.env.REFRAIN_BASE ?? './',
  plugins: [
    react(),
    refrainCorpus(),
    refrainUiHant(),
    contentSecurityPolicy(),
    refrainRoutePreload(),
    refrainGazetteer(),
    VitePWA({
      // The app shows its own "New version — reload" prompt; it never reloads by itself.
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'apple-touch-icon.png'],
      manifest: {
        name: 'Refrain 同声 — a comparative reader for Chinese policy language',
        short_name: 'Refrain 同声',
        description:
          'Read Chinese local news on COVID-19 prevention side by side, in any script, and follow the policy formulas they repeat.',
        lang: 'en',
        dir: 'ltr',
        start_url: './',
        scope: './',
        display: 'standalone',
        theme_color: '#9a3412',
        background_color: '#fbfaf7',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          {
            src: 'icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        // Everything the app can load, lazy chunks included (dictionaries, pinyin, workers, phrase
        // data, raw sources): after the first visit nothing needs the network.
        globPatterns: ['**/*.{js,css,html,svg,png,json,webmanifest}'],
        // The Simplified→Traditional dictionary chunk is ~1.1 MB.
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // The first install takes control at once, so a first visit is already offline-ready;
        // later versions wait (no skipWaiting) until the reader accepts the update prompt.
        clientsClaim: true,
      },
    }),
  ],
  // Workers are ES modules so they can lazy-load the folding dictionary and pinyin readings. The
  // gazetteer plugin runs in worker builds too (they may guess places); both emit one asset.
  worker: { format: 'es', plugins: () => [refrainGazetteer()] },
  build: {
    // REFRAIN_OUT_DIR lets parallel e2e runs (one per port, see playwright.config.ts) keep apart.
    outDir: process.env.REFRAIN_OUT_DIR ?? 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    manifest: true,
    // The Simplified→Traditional dictionary is one ~1.1 MB chunk by nature; it is loaded lazily.
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      output: {
        // Lazy views split the app into many small shared chunks; over HTTP/1.1 each costs a round
        // trip. Three groups gather them: React & co.; the shell every first render needs anyway;
        // the helpers the lazy views share. First visit 19 → 7 files (145 → 143.5 KB), a reader
        // deep link 37 → 18 requests. See BENCHMARKS.md, Lighthouse. A module that moves must be
        // added here by hand, or it falls back to rolldown's automatic chunks (still correct).
        codeSplitting: {
          groups: [
            {
              name: 'vendor',
              test: /node_modules[\\/](react|react-dom|scheduler|zustand|idb)[\\/]/,
              priority: 2,
            },
            {
              // Everything the first render needs anyway, which rolldown would otherwise cut into a
              // dozen tiny chunks shared with the lazy views.
              name: 'shell',
              test: /[\\/]src[\\/](app[\\/](stores|routing|script|data|storage|i18n[\\/](useT|tables|template|messages|useLocale)|components[\\/](Loading|ArticleDate|ArticleTitle|ScriptSelect)|share[\\/](CopyButton|shareUrl|clipboard)|help[\\/]Modal|notes[\\/](useArticleNotes|NotesStatus|notesStore|colours)|import[\\/](importClient|OwnMetaForm))|core[\\/](result|records|text|script[\\/](variants|opencc)|corpus[\\/]model|import[\\/](duplicates|encodings|record|protocol)|notes[\\/]))/,
              priority: 1,
            },
            {
              // Helpers the lazy views share (concordance lines, phrase text, notes panel, CSV,
              // citations): one chunk instead of one per helper.
              name: 'views',
              test: /[\\/]src[\\/](app[\\/](components[\\/](ScriptNotice|PhraseTimeline|GlossaryCard|HitNavigator)|search[\\/]useSearch|phrases[\\/]|notes[\\/]NotesPanel|export[\\/](CsvButton|citation|kwicRows|exportTexts|download))|core[\\/](search[\\/]kwic|export[\\/]))/,
              priority: 1,
            },
          ],
        },
      },
    },
  },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
  },
});
