import type { MessageKey } from './i18n/messages.ts';

/** True when a key press belongs to a text field or a control that uses keys itself. */
export function typingInField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** True when a global shortcut should stay quiet: typing, a modifier held, or a modal open. */
export function ignoreShortcut(e: KeyboardEvent): boolean {
  return (
    e.defaultPrevented ||
    e.ctrlKey ||
    e.metaKey ||
    e.altKey ||
    typingInField(e.target) ||
    document.querySelector('dialog[open]') !== null
  );
}

/** One line of the help dialog: alternative key combinations and what they do. */
export interface Shortcut {
  keys: readonly string[];
  action: MessageKey;
}

/** Every shortcut, in the groups the help dialog shows. Keep in step with the handlers. */
export const SHORTCUTS: readonly { title: MessageKey; items: readonly Shortcut[] }[] = [
  {
    title: 'helpGeneral',
    items: [
      { keys: ['?'], action: 'keyHelp' },
      { keys: ['/'], action: 'keySearch' },
      { keys: ['p'], action: 'keyPresent' },
      { keys: ['Tab', 'Shift+Tab'], action: 'keyTab' },
      { keys: ['Enter', 'Space'], action: 'keyActivate' },
      { keys: ['Esc'], action: 'keyEscape' },
    ],
  },
  {
    title: 'helpPresenting',
    items: [
      { keys: ['→', 'j'], action: 'keyNext' },
      { keys: ['←', 'k'], action: 'keyPrev' },
      { keys: ['Home', 'End'], action: 'keyFirstLast' },
      { keys: ['Esc', 'p'], action: 'keyLeave' },
    ],
  },
];
