/**
 * The gazetteer for app and worker code: one JSON asset (~0.7 MB, ~0.27 MB gzip, precached by the
 * service worker) generated at build time by `src/node/gazetteer.ts`, fetched on first use and
 * indexed once per realm (main thread or worker).
 */
import url from 'virtual:refrain/gazetteer-url';
import { isGazetteerData } from '../../core/places/data.ts';
import type { Gazetteer } from '../../core/places/gazetteer.ts';
import { buildGazetteer } from '../../core/places/gazetteer.ts';

let loading: Promise<Gazetteer> | undefined;

/** The indexed gazetteer, loaded once; a failed load is retried on the next call. */
export function loadGazetteer(): Promise<Gazetteer> {
  loading ??= fetch(url)
    .then((response) => {
      if (!response.ok) throw new Error(`The gazetteer did not load (HTTP ${response.status}).`);
      return response.json() as Promise<unknown>;
    })
    .then((data) => {
      if (!isGazetteerData(data)) throw new Error('The gazetteer data is malformed.');
      return buildGazetteer(data);
    });
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
