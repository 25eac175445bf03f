import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { ScriptChoice } from '../../../core/script/variants.ts';
import { parseScriptChoice } from '../../../core/script/variants.ts';
import type { UiLang } from '../i18n/messages.ts';

export type Theme = 'system' | 'light' | 'dark';

/** Reading text sizes in CSS pixels; the control steps through them. */
export const FONT_SIZES = [16, 18, 20, 22, 26, 30] as const;

export interface Settings {
  /** Colour theme; 'system' follows prefers-color-scheme. */
  theme: Theme;
  /** Index into FONT_SIZES for the reading text. */
  fontStep: number;
  /** The script every view shows unless a link (?script=) or a pane says otherwise. */
  script: ScriptChoice;
  /** Interface language; null follows the browser's language. */
  uiLang: UiLang | null;
  /** Mark glossary phrases in the reader. */
  markGlossary: boolean;
}

interface SettingsState extends Settings {
  setTheme: (theme: Theme) => void;
  changeFont: (delta: number) => void;
  setScript: (script: ScriptChoice) => void;
  setUiLang: (lang: UiLang) => void;
  setMarkGlossary: (on: boolean) => void;
}

export const DEFAULT_SETTINGS: Settings = {
  theme: 'system',
  fontStep: 1,
  script: 'orig',
  uiLang: null,
  markGlossary: true,
};
export const SETTINGS_VERSION = 2;

const clampStep = (n: unknown): number =>
  typeof n === 'number' && Number.isInteger(n)
    ? Math.min(FONT_SIZES.length - 1, Math.max(0, n))
    : 1;
const isTheme = (v: unknown): v is Theme => v === 'system' || v === 'light' || v === 'dark';

/**
 * Stored settings are untrusted (older versions, hand edits, other code on the origin): keep what
 * is valid, use defaults for the rest. Version 1 had no script or uiLang; they get defaults.
 */
export function sanitiseSettings(persisted: unknown): Settings {
  const p = (typeof persisted === 'object' && persisted !== null ? persisted : {}) as Record<
    string,
    unknown
  >;
  return {
    theme: isTheme(p.theme) ? p.theme : DEFAULT_SETTINGS.theme,
    fontStep: p.fontStep === undefined ? DEFAULT_SETTINGS.fontStep : clampStep(p.fontStep),
    script:
      parseScriptChoice(typeof p.script === 'string' ? p.script : null) ?? DEFAULT_SETTINGS.script,
    uiLang: p.uiLang === 'en' || p.uiLang === 'zh' ? p.uiLang : null,
    markGlossary:
      typeof p.markGlossary === 'boolean' ? p.markGlossary : DEFAULT_SETTINGS.markGlossary,
  };
}

export const useSettingsStore = create<SettingsState>()(
  persist(
    (set) => ({
      ...DEFAULT_SETTINGS,
      setTheme: (theme) => set({ theme }),
      changeFont: (delta) => set((s) => ({ fontStep: clampStep(s.fontStep + delta) })),
      setScript: (script) => set({ script }),
      setUiLang: (uiLang) => set({ uiLang }),
      setMarkGlossary: (markGlossary) => set({ markGlossary }),
    }),
    {
      name: 'refrain.settings',
      version: SETTINGS_VERSION,
      storage: createJSONStorage(() => localStorage),
      partialize: (s): Settings => ({
        theme: s.theme,
        fontStep: s.fontStep,
        script: s.script,
        uiLang: s.uiLang,
        markGlossary: s.markGlossary,
      }),
      migrate: (persisted) => sanitiseSettings(persisted),
      merge: (persisted, current) => ({ ...current, ...sanitiseSettings(persisted) }),
    },
  ),
);
