import { useEffect, useState, type ReactNode } from 'react';
import type { PGliteWorker } from '@electric-sql/pglite/worker';
import { env } from '../config/env';
import { DataContext, type DataState } from './data-context';
import { embeddedTransport } from './embedded/embedded-call';
import { currentClaims, usePersonaStore } from './embedded/persona-store';
import { createDataPort, type DataPort } from './port';
import type { SupabaseConnection } from './supabase/supabase-client';

const backend = env.VITE_SUPABASE_URL && env.VITE_SUPABASE_ANON_KEY ? 'supabase' : 'embedded';

/**
 * Chooses and starts the backend: Supabase when configured, otherwise the embedded PGlite
 * database. Nothing here blocks the first paint: the map and provinces render meanwhile.
 */
export function DataProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<DataState>({ status: 'starting', backend });
  const [db, setDb] = useState<PGliteWorker | null>(null);
  const [port, setPort] = useState<DataPort | null>(null);
  const persona = usePersonaStore((s) => s.persona);
  const [supabaseUser, setSupabaseUser] = useState('anon');
  const [supabase, setSupabase] = useState<SupabaseConnection | null>(null);

  useEffect(() => {
    let cancelled = false;
    const fail = (error: unknown) => {
      console.error('Samenkaart: the database could not start', error);
      if (!cancelled) {
        setState({
          status: 'error',
          backend,
          message: error instanceof Error ? error.message : String(error),
        });
      }
    };
    if (backend === 'embedded') {
      import('./embedded/embedded-database')
        .then(({ startEmbeddedDatabase }) => startEmbeddedDatabase())
        .then((started) => {
          if (cancelled) return void started.close();
          setDb(started);
          setPort(createDataPort(embeddedTransport(started, currentClaims)));
        }, fail);
    } else {
      import('./supabase/supabase-client')
        .then(({ connectSupabase }) =>
          connectSupabase(env.VITE_SUPABASE_URL!, env.VITE_SUPABASE_ANON_KEY!, (userId) =>
            setSupabaseUser(userId ?? 'anon'),
          ),
        )
        .then((connection) => {
          if (cancelled) return;
          setSupabase(connection);
          setPort(connection.port);
        }, fail);
    }
    return () => {
      cancelled = true;
    };
  }, []);

  const identity = backend === 'embedded' ? persona : supabaseUser;
  const current: DataState =
    state.status === 'error' || !port ? state : { status: 'ready', backend, port, identity };

  const resetDemoData = async () => {
    const { resetEmbeddedDatabase } = await import('./embedded/embedded-database');
    await resetEmbeddedDatabase(db);
    window.location.reload();
  };

  return (
    <DataContext.Provider value={{ state: current, resetDemoData, supabaseAuth: supabase }}>
      {children}
    </DataContext.Provider>
  );
}
