import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { refrainCorpus } from './src/node/vitePlugin.ts';
import { refrainUiHant } from './src/node/i18nPlugin.ts';

// `base` lets the app live under a sub-path of a static host: REFRAIN_BASE=/refrain/ npm run build
export default defineConfig({
  base: process.env.REFRAIN_BASE ?? './',
  plugins: [react(), refrainCorpus(), refrainUiHant()],
  // Workers are ES modules so they can lazy-load the folding dictionary and pinyin readings.
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: true,
    manifest: true,
    // The Simplified→Traditional dictionary is one ~1.1 MB chunk by nature; it is loaded lazily.
    chunkSizeWarningLimit: 1200,
  },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
  },
});
