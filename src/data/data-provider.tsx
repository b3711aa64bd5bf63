import { hydrate, useQueryClient, type DehydratedState } from '@tanstack/react-query';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { dataBackend, env } from '../config/env';
import { untilFirstUse } from '../lib/first-use';
import { forgetPersistedCache } from '../lib/query-persistence';
import { DataContext, type DataState } from './data-context';
import type { EmbeddedDatabase } from './embedded/embedded-database';
import { currentClaims, usePersonaStore } from './embedded/persona-store';
import { VISITOR, type PersonaId } from './embedded/personas';
import { DataError } from './errors';
import type { DataPort } from './port';
import type { SupabaseConnection } from './supabase/supabase-client';

const backend = dataBackend;

/** A promise with its resolver, for "the database is needed now" and "the port is ready". */
function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  let reject: (error: unknown) => void = () => undefined;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

/**
 * A port that answers every call with "unavailable": when the database cannot start, reads
 * and writes fail (and say so, with what is on screen kept) instead of waiting forever.
 */
const refusingPort = (message: string) =>
  import('./port').then(({ createDataPort }) =>
    createDataPort({ call: () => Promise.reject(new DataError('unavailable', message)) }),
  );

const needed = deferred<void>();
const ready = deferred<DataPort>();

/** Asks for the database at once (a write, or data no snapshot or kept cache has). */
const requestStart = () => needed.resolve();

/**
 * On a slow or metered connection the database (~18 MB) is fetched when first needed, not
 * when the page happens to be idle.
 */
function onSlowConnection(): boolean {
  const connection = (
    navigator as Navigator & { connection?: { saveData?: boolean; effectiveType?: string } }
  ).connection;
  return (
    !!connection?.saveData || ['slow-2g', '2g', '3g'].includes(connection?.effectiveType ?? '')
  );
}

/** Resolves once the main thread is idle after `after` (the map's first frame). */
const idleAfter = (after: Promise<unknown>) =>
  after.then(
    () =>
      new Promise<void>((resolve) =>
        'requestIdleCallback' in window
          ? window.requestIdleCallback(() => resolve(), { timeout: 1500 })
          : setTimeout(resolve, 200),
      ),
  );

let embeddedStart: Promise<{ db: EmbeddedDatabase; port: DataPort }> | null = null;

// Another tab holds the database: said by the provider, which may mount after the start began.
let waitingForOtherTab = false;
const waitingListeners = new Set<() => void>();

/**
 * Starts the embedded database once per page, whatever React does with effects. The port (and
 * the row schemas it parses with) loads with it: the first frame only needs the snapshot.
 */
function startEmbedded(when: Promise<unknown>, loadCodeFirst = false) {
  const load = () =>
    Promise.all([
      import('./embedded/embedded-database'),
      import('./embedded/embedded-call'),
      import('./port'),
    ]);
  const code = loadCodeFirst
    ? load().then((modules) => {
        modules[0].prepareDatabaseWorker();
        return modules;
      })
    : null;
  embeddedStart ??= when
    .catch(() => undefined)
    .then(() => code ?? load())
    .then(async ([{ startEmbeddedDatabase }, { embeddedTransport }, { createDataPort }]) => {
      const db = await startEmbeddedDatabase(() => {
        waitingForOtherTab = true;
        for (const listener of waitingListeners) listener();
      });
      return { db, port: createDataPort(embeddedTransport(db, currentClaims)) };
    });
  return embeddedStart;
}

/**
 * When the embedded database starts: after `mapDrawn` (the map's first frame; once the main
 * thread is idle after it unless `idle` is false), or at once when something needs it; on a
 * slow connection only when needed or at the first use of the page.
 */
function startMoment(mapDrawn: Promise<unknown>, idle = true) {
  if (!onSlowConnection())
    return Promise.race([needed.promise, idle ? idleAfter(mapDrawn) : mapDrawn]);
  const firstClickOrKey = untilFirstUse(document.documentElement, ['pointerdown', 'keydown']);
  return Promise.race([needed.promise, firstClickOrKey]);
}

/** The map's first live answers when the entry asked for them (startEmbeddedAfter). */
let mapStartAnswers: Promise<DehydratedState | null> | null = null;

/**
 * Starts the embedded database right after the map's first frame, from the page's entry (when
 * the map starts before React, an idle moment would only come after the hydration); its code is
 * fetched meanwhile, except on a slow connection. The provider takes over the start under way.
 * Resolves once the live database has answered what the map shows (null: nothing asked, on a
 * slow connection, where the start waits for the first use); the provider puts those answers
 * into the app's cache.
 */
export function startEmbeddedAfter(mapDrawn: Promise<unknown>): Promise<unknown> | null {
  if (backend !== 'embedded') return null;
  const slow = onSlowConnection();
  const started = startEmbedded(startMoment(mapDrawn, false), !slow);
  started.catch(() => undefined);
  if (slow) return null;
  mapStartAnswers = Promise.all([started, import('./queries/map-start')])
    .then(([{ port }, { askMapStart }]) => askMapStart(port, usePersonaStore.getState().persona))
    .catch(() => null);
  return mapStartAnswers;
}

/**
 * Chooses and starts the backend: Supabase when configured, otherwise the embedded PGlite
 * database. Nothing here blocks the first paint: the map, the provinces and the start views'
 * data (snapshot or kept cache) render meanwhile. The embedded database starts when the main
 * thread is idle after the map's first frame — it would otherwise compete with MapLibre for the
 * CPU — or at once when something needs it; on a slow connection only then.
 */
export function DataProvider({
  children,
  startAfter,
}: {
  children: ReactNode;
  startAfter: Promise<unknown>;
}) {
  const [state, setState] = useState<DataState>({ status: 'starting', backend });
  const [db, setDb] = useState<EmbeddedDatabase | null>(null);
  const [port, setPort] = useState<DataPort | null>(null);
  const persona = usePersonaStore((s) => s.persona);
  const setPersona = usePersonaStore((s) => s.setPersona);
  const [supabaseUser, setSupabaseUser] = useState('anon');
  const [supabase, setSupabase] = useState<SupabaseConnection | null>(null);
  const queryClient = useQueryClient();

  // Signed in as someone else than the visitor: their data is in no snapshot.
  useEffect(() => {
    if (persona !== VISITOR) requestStart();
  }, [persona]);

  useEffect(() => {
    let cancelled = false;
    const fail = (error: unknown) => {
      console.error('Samenkaart: the database could not start', error);
      const message = error instanceof Error ? error.message : String(error);
      if (cancelled) return;
      setState({ status: 'error', backend, message });
      refusingPort(message).then(
        (refusing) => {
          ready.resolve(refusing);
          if (!cancelled) setPort(refusing);
        },
        () => ready.reject(new DataError('unavailable', message)),
      );
    };
    const connected = (next: DataPort, answered: DehydratedState | null = null) => {
      ready.resolve(next);
      if (answered) hydrate(queryClient, answered);
      setPort(next);
      // What is on screen came from the snapshot or an earlier visit: ask the live database,
      // except what it has just answered.
      const fresh = new Set(answered?.queries.map((query) => query.queryHash));
      void queryClient.invalidateQueries({
        queryKey: ['db'],
        predicate: (query) => !fresh.has(query.queryHash),
      });
    };
    if (backend === 'embedded') {
      const waiting = () =>
        !cancelled && setState({ status: 'starting', backend, elsewhere: true });
      waitingListeners.add(waiting);
      if (waitingForOtherTab) waiting();
      startEmbedded(startMoment(startAfter)).then(async (started) => {
        waitingListeners.delete(waiting);
        // Writes need not wait for the map's first answers.
        ready.resolve(started.port);
        const answered = await mapStartAnswers;
        if (cancelled) return;
        setDb(started.db);
        connected(started.port, answered);
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
          connected(connection.port);
        }, fail);
    }
    return () => {
      cancelled = true;
      waitingListeners.clear();
    };
  }, [startAfter, queryClient]);

  const identity = backend === 'embedded' ? persona : supabaseUser;
  const current = useMemo<DataState>(
    () =>
      !port
        ? state
        : state.status === 'error'
          ? { ...state, port }
          : { status: 'ready', backend, port, identity },
    [state, port, identity],
  );

  const value = useMemo(
    () => ({
      state: current,
      identity,
      requestStart,
      viewAs:
        backend === 'embedded'
          ? (next: PersonaId) => {
              if (next === persona) return;
              setPersona(next);
              // Identity is part of every data query key; the old identity's answers can go.
              queryClient.removeQueries({ queryKey: ['db', persona] });
            }
          : null,
      whenReady: () => {
        requestStart();
        return ready.promise;
      },
      resetDemoData: async () => {
        const { resetEmbeddedDatabase } = await import('./embedded/embedded-database');
        await resetEmbeddedDatabase(db);
        await forgetPersistedCache();
        window.location.reload();
      },
      supabaseAuth: supabase,
    }),
    [current, identity, db, supabase, persona, setPersona, queryClient],
  );
  return <DataContext.Provider value={value}>{children}</DataContext.Provider>;
}
