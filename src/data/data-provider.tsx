import { useEffect, useState, type ReactNode } from 'react';
import type { PGliteWorker } from '@electric-sql/pglite/worker';
import { env } from '../config/env';
import { DataContext, type DataState } from './data-context';
import { embeddedTransport } from './embedded/embedded-call';
import { currentClaims, usePersonaStore } from './embedded/persona-store';
import { createDataPort, type DataPort } from './port';
import type { SupabaseConnection } from './supabase/supabase-client';

const backend = env.VITE_SUPABASE_URL && env.VITE_SUPABASE_ANON_KEY ? 'supabase' : 'embedded';

let embeddedStart: Promise<PGliteWorker> | null = null;

/** Starts the embedded database once per page, whatever React does with effects. */
function startEmbedded(after: Promise<unknown> = Promise.resolve()) {
  embeddedStart ??= after
    .catch(() => undefined)
    .then(() => import('./embedded/embedded-database'))
    .then(({ startEmbeddedDatabase }) => startEmbeddedDatabase());
  return embeddedStart;
}

/**
 * Chooses and starts the backend: Supabase when configured, otherwise the embedded PGlite
 * database. Nothing here blocks the first paint: the map and provinces render meanwhile.
 */
export function DataProvider({
  children,
  startAfter,
}: {
  children: ReactNode;
  /**
   * The embedded database worker competes with the map for the CPU: the app lets the map
   * chunk load and parse first (measured by bench/map-load and bench/embedded).
   */
  startAfter?: Promise<unknown>;
}) {
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
      startEmbedded(startAfter).then((started) => {
        if (cancelled) return;
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
  }, [startAfter]);

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
