/**
 * The Node side of the corpus: read corpus/raw and the editor's JSON from disk and hand plain data
 * to the pure core. Shared by the Vite plugin (build time) and the CLI.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CorpusInputs } from '../core/corpus/build.ts';

export const CORPUS_DIR = resolve(fileURLToPath(new URL('../../corpus', import.meta.url)));
export const RAW_DIR = join(CORPUS_DIR, 'raw');
export const METADATA_FILE = join(CORPUS_DIR, 'articles.json');
export const APPARATUS_FILE = join(CORPUS_DIR, 'apparatus.json');
export const GLOSSARY_FILE = join(CORPUS_DIR, 'glossary.json');

/** Every file the derived corpus depends on (for watch mode and cache keys). */
export function corpusDependencies(): string[] {
  return [
    METADATA_FILE,
    APPARATUS_FILE,
    GLOSSARY_FILE,
    ...rawFileNames().map((n) => join(RAW_DIR, n)),
  ];
}

function rawFileNames(): string[] {
  return readdirSync(RAW_DIR)
    .filter((n) => n.endsWith('.txt'))
    .sort();
}

export function readCorpusInputs(): CorpusInputs {
  const raw = new Map<string, Uint8Array>();
  for (const name of rawFileNames())
    raw.set(name, new Uint8Array(readFileSync(join(RAW_DIR, name))));
  return {
    raw,
    metadata: JSON.parse(readFileSync(METADATA_FILE, 'utf8')) as unknown,
    apparatus: JSON.parse(readFileSync(APPARATUS_FILE, 'utf8')) as unknown,
    glossary: JSON.parse(readFileSync(GLOSSARY_FILE, 'utf8')) as unknown,
  };
}
