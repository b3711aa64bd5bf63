import { create } from 'zustand';
import type { SeekerIntent } from '../../../domain/vocabulary';

/**
 * "Meld u aan" from an option or the nothing-nearby message: the registration form takes the
 * intent, scrolls into view and takes focus. `requested` changes on every request.
 */
export const useRegisterIntent = create<{
  intent: SeekerIntent | null;
  requested: number;
  request: (intent: SeekerIntent) => void;
}>()((set) => ({
  intent: null,
  requested: 0,
  request: (intent) => set((s) => ({ intent, requested: s.requested + 1 })),
}));
