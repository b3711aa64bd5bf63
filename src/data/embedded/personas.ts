import type { Claims } from './embedded-call';

/**
 * The demo personas of the embedded default ("Bekijk als"). Their ids are fixed in the seed
 * (supabase/seed/generate.mjs); switching sets the same JWT claims Supabase Auth would.
 */
export const PERSONAS = [
  { id: 'bezoeker', userId: null },
  { id: 'kleine-aanbieder', userId: '00000000-0000-4000-8000-000000000001' },
  { id: 'ambassadeur', userId: '00000000-0000-4000-8000-000000000002' },
  { id: 'avz', userId: '00000000-0000-4000-8000-000000000003' },
  { id: 'regiehouder', userId: '00000000-0000-4000-8000-000000000004' },
  /** Signed in, but without an organisation yet: registering creates one. */
  { id: 'nieuwe-aanbieder', userId: '00000000-0000-4000-8000-000000000005' },
] as const;

export type PersonaId = (typeof PERSONAS)[number]['id'];

/** The identity of a visitor who is not signed in (the start views' snapshot is theirs). */
export const VISITOR: PersonaId = 'bezoeker';

export function isPersonaId(value: unknown): value is PersonaId {
  return PERSONAS.some((p) => p.id === value);
}

export function personaClaims(id: PersonaId): Claims {
  const persona = PERSONAS.find((p) => p.id === id);
  return persona?.userId ? { role: 'authenticated', sub: persona.userId } : { role: 'anon' };
}
