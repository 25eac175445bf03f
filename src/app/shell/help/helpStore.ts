import { create } from 'zustand';

interface HelpState {
  /** Whether the keyboard shortcuts dialog is open (the `?` key and the header button open it). */
  open: boolean;
  setOpen: (open: boolean) => void;
}

export const useHelpStore = create<HelpState>()((set) => ({
  open: false,
  setOpen: (open) => set({ open }),
}));
