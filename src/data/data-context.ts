import { createContext, useContext } from 'react';
import type { PersonaId } from './embedded/personas';
import type { DataPort } from './port';
import type { SupabaseConnection } from './supabase/supabase-client';

export type Backend = 'embedded' | 'supabase';

export type DataState =
  /** elsewhere: another tab has the embedded database open; this one waits for it. */
  | { status: 'starting'; backend: Backend; elsewhere?: boolean }
  | { status: 'ready'; backend: Backend; port: DataPort; identity: string }
  /** port: one that answers "unavailable", so views and writes say so instead of waiting. */
  | { status: 'error'; backend: Backend; message: string; port?: DataPort };

export interface DataContextValue {
  state: DataState;
  /** Who is asking (persona or signed-in user), also while the database is starting. */
  identity: string;
  /** The database is needed now (a write, or data nothing on screen has yet). */
  requestStart: () => void;
  /** The port once the database answers; asks for it to start. */
  whenReady: () => Promise<DataPort>;
  /** Embedded only ("Bekijk als"): act as another demo persona; null with a real backend. */
  viewAs: ((persona: PersonaId) => void) | null;
  /** Embedded only: throw the demo data away and start again from the seed. */
  resetDemoData: () => Promise<void>;
  /** Supabase only: magic-link sign-in and sign-out. */
  supabaseAuth: Pick<SupabaseConnection, 'signInWithMagicLink' | 'signOut'> | null;
}

export const DataContext = createContext<DataContextValue | null>(null);

export function useDataContext(): DataContextValue {
  const value = useContext(DataContext);
  if (!value) throw new Error('useDataContext must be used inside <DataProvider>');
  return value;
}

/**
 * The data port when the database answers (null while it starts or failed) and who is asking:
 * queries are keyed by that identity from the start, so kept or snapshot data shows meanwhile.
 */
export function useDataPort() {
  const { state, identity } = useDataContext();
  return { port: state.status === 'starting' ? null : (state.port ?? null), identity };
}
