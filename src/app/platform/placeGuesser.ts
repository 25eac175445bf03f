/**
 * The place guesser for the import worker and its main-thread fallback: the gazetteer asset bound
 * to the pure guesser. A gazetteer that cannot be loaded means no place is guessed (the reader
 * can type one), never a failed import.
 */
import type { PlaceGuesser } from '../../core/metadata/guess.ts';
import { guessPlace } from '../../core/places/guess.ts';
import { loadGazetteer } from './gazetteer.ts';

export async function loadPlaceGuesser(): Promise<PlaceGuesser | null> {
  try {
    const g = await loadGazetteer();
    return (input) => guessPlace(input, g);
  } catch {
    return null;
  }
}
