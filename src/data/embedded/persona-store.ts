import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { isPersonaId, personaClaims, type PersonaId } from './personas';

interface PersonaStore {
  persona: PersonaId;
  setPersona: (persona: PersonaId) => void;
}

/** Who the embedded demo acts as ("Bekijk als"); remembered across visits. */
export const usePersonaStore = create<PersonaStore>()(
  persist(
    (set) => ({
      persona: 'bezoeker',
      setPersona: (persona) => set({ persona }),
    }),
    {
      name: 'samenkaart.persona',
      merge: (persisted, current) => {
        const persona = (persisted as { persona?: unknown } | undefined)?.persona;
        return { ...current, persona: isPersonaId(persona) ? persona : current.persona };
      },
    },
  ),
);

export const currentClaims = () => personaClaims(usePersonaStore.getState().persona);
