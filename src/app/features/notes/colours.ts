import type { NoteColour } from '../../../core/notes/record.ts';
import type { MessageKey } from '../../shared/i18n/messages.ts';

/** The name of each highlight colour, with its underline style (for readers who cannot see colour). */
export const COLOUR_LABEL: Record<NoteColour, MessageKey> = {
  yellow: 'noteColourYellow',
  green: 'noteColourGreen',
  blue: 'noteColourBlue',
  pink: 'noteColourPink',
};
