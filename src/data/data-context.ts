import { createContext, useContext } from 'react';
import type { DataPort } from './port';
import type { SupabaseConnection } from './supabase/supabase-client';

export type Backend = 'embedded' | 'supabase';

export type DataState =
  | { status: 'starting'; backend: Backend }
  | { status: 'ready'; backend: Backend; port: DataPort; identity: string }
  | { status: 'error'; backend: Backend; message: string };

export interface DataContextValue {
  state: DataState;
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

/** The data port when ready (null while starting or failed) and who is asking. */
export function useDataPort() {
  const { state } = useDataContext();
  return state.status === 'ready'
    ? { port: state.port, identity: state.identity }
    : { port: null, identity: 'none' };
}
