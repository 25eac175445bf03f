/**
 * What a first visit downloads: index.html, the entry chunk, its static imports and its CSS, from
 * the Vite manifest of the production build (run `npm run build` first). Lazily imported chunks are
 * listed separately. Sizes are gzip level 9, as a static host would serve them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

export interface BundleReport {
  firstVisit: { files: string[]; rawBytes: number; gzipBytes: number };
  lazy: { file: string; rawBytes: number; gzipBytes: number }[];
}

export function measureBundle(dist = 'dist'): BundleReport {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const size = (file: string): { rawBytes: number; gzipBytes: number } => {
    const bytes = readFileSync(join(dist, file));
    return { rawBytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
  };
  const first = new Set<string>(['index.html']);
  const visit = (key: string): void => {
    const chunk = manifest[key];
    if (!chunk || first.has(chunk.file)) return;
    first.add(chunk.file);
    chunk.css?.forEach((c) => first.add(c));
    chunk.imports?.forEach(visit);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  const lazyFiles = new Set<string>();
  for (const chunk of Object.values(manifest)) {
    if (!first.has(chunk.file)) lazyFiles.add(chunk.file);
  }
  const files = [...first];
  const sizes = files.map(size);
  return {
    firstVisit: {
      files,
      rawBytes: sizes.reduce((n, s) => n + s.rawBytes, 0),
      gzipBytes: sizes.reduce((n, s) => n + s.gzipBytes, 0),
    },
    lazy: [...lazyFiles].map((file) => ({ file, ...size(file) })),
  };
}
