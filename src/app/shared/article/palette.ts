/**
 * Colours for phrases: the Okabe–Ito palette, distinguishable with the common colour-vision
 * deficiencies, each paired with an underline style as a second cue that survives greyscale
 * projectors and black-and-white printing.
 */
export const PHRASE_COLOURS = [
  '#E69F00',
  '#56B4E9',
  '#009E73',
  '#F0E442',
  '#0072B2',
  '#D55E00',
  '#CC79A7',
  '#999999',
] as const;
export const PHRASE_LINES = ['solid', 'dashed', 'dotted', 'double', 'wavy'] as const;

export interface PhraseStyle {
  colour: string;
  line: (typeof PHRASE_LINES)[number];
}

/** The style of the i-th phrase in a legend: colour first, then the line style varies. */
export function phraseStyle(i: number): PhraseStyle {
  return {
    colour: PHRASE_COLOURS[i % PHRASE_COLOURS.length] ?? '#999999',
    line: PHRASE_LINES[Math.floor(i / PHRASE_COLOURS.length) % PHRASE_LINES.length] ?? 'solid',
  };
}
