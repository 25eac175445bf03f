import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

export type Theme = 'system' | 'light' | 'dark';

/** Reading text sizes in CSS pixels; the control steps through them. */
export const FONT_SIZES = [16, 18, 20, 22, 26, 30] as const;

interface SettingsState {
  /** Colour theme; 'system' follows prefers-color-scheme. */
  theme: Theme;
  /** Index into FONT_SIZES for the reading text. */
  fontStep: number;
  setTheme: (theme: Theme) => void;
  changeFont: (delta: number) => void;
}

const clampStep = (n: unknown): number =>
  typeof n === 'number' && Number.isInteger(n)
    ? Math.min(FONT_SIZES.length - 1, Math.max(0, n))
    : 1;
const isTheme = (v: unknown): v is Theme => v === 'system' || v === 'light' || v === 'dark';

export const useSettingsStore = create<SettingsState>()(
  persist(
    (set) => ({
      theme: 'system',
      fontStep: 1,
      setTheme: (theme) => set({ theme }),
      changeFont: (delta) => set((s) => ({ fontStep: clampStep(s.fontStep + delta) })),
    }),
    {
      name: 'refrain.settings',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: (s) => ({ theme: s.theme, fontStep: s.fontStep }),
      // Stored data is untrusted (older versions, hand edits, other apps on the origin): keep what
      // is valid, fall back to defaults for the rest.
      merge: (persisted, current) => {
        const p = (typeof persisted === 'object' && persisted !== null ? persisted : {}) as Record<
          string,
          unknown
        >;
        return {
          ...current,
          theme: isTheme(p.theme) ? p.theme : current.theme,
          fontStep: p.fontStep === undefined ? current.fontStep : clampStep(p.fontStep),
        };
      },
    },
  ),
);
