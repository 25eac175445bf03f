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
  /** The library in English: the entry and what it imports statically. */
  firstVisit: { files: string[]; rawBytes: number; gzipBytes: number };
  /**
   * Other first visits: the entry plus the lazy chunks the app fetches before showing anything
   * in that case (the Chinese interface table; the reader's chunk for a deep link to an article).
   */
  variants: { label: string; gzipBytes: number }[];
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
  // Chunks reachable by static imports from a lazily imported source module, not already counted.
  const extra = (sources: string[]): number => {
    const seen = new Set(first);
    let gzip = 0;
    const walk = (key: string): void => {
      const chunk = manifest[key];
      if (!chunk || seen.has(chunk.file)) return;
      seen.add(chunk.file);
      gzip += size(chunk.file).gzipBytes;
      chunk.css?.forEach((c) => {
        if (!seen.has(c)) gzip += size(c).gzipBytes;
        seen.add(c);
      });
      chunk.imports?.forEach(walk);
    };
    for (const s of sources) {
      if (!manifest[s]) throw new Error(`bench: ${s} is not a chunk of the build any more`);
      walk(s);
    }
    return gzip;
  };
  const firstGzip = sizes.reduce((n, s) => n + s.gzipBytes, 0);
  const ZH = 'src/app/shared/i18n/zhHans.ts';
  const READER = 'src/app/features/reader/ReaderView.tsx';
  const variants = [
    { label: 'library, Chinese interface', gzipBytes: firstGzip + extra([ZH]) },
    { label: 'deep link to an article, English', gzipBytes: firstGzip + extra([READER]) },
    { label: 'deep link to an article, Chinese', gzipBytes: firstGzip + extra([ZH, READER]) },
  ];
  return {
    variants,
    firstVisit: {
      files,
      rawBytes: sizes.reduce((n, s) => n + s.rawBytes, 0),
      gzipBytes: firstGzip,
    },
    lazy: [...lazyFiles].map((file) => ({ file, ...size(file) })),
  };
}
