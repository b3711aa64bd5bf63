// The first frame's data: what a visitor's start views read, asked of the embedded database at
// build time through the same data port and the same query options as the app, dehydrated
// (TanStack Query) so the page can hydrate it before its first render — and refetch it from the
// live database once that has started. Nothing is invented: these are the functions' answers on
// the data the build ships.
import type { PGlite } from '@electric-sql/pglite';
import { dehydrate, QueryClient, type DehydratedState } from '@tanstack/react-query';
import { embeddedTransport } from '../src/data/embedded/embedded-call';
import { VISITOR } from '../src/data/embedded/personas';
import { createDataPort } from '../src/data/port';
import {
  getCoverageBoardQueryOptions,
  getCoverageTimelineQueryOptions,
} from '../src/data/queries/coverage';
import { getDirectoryQueryOptions } from '../src/data/queries/directory';
import {
  getEventCancellationsQueryOptions,
  getEventListQueryOptions,
} from '../src/data/queries/events';
import { getInfoPageListQueryOptions } from '../src/data/queries/info-pages';
import {
  getCoverageQueryOptions,
  getPartnershipsQueryOptions,
  getSitesQueryOptions,
} from '../src/data/queries/network';
import { getQuestionListQueryOptions } from '../src/data/queries/questions';

export interface EmbeddedSnapshot {
  /** The embedded database version it was taken from; the app ignores any other. */
  version: string;
  /** When it was taken (ISO); the board's "today" is that day until the live data answers. */
  takenAt: string;
  state: DehydratedState;
}

export async function buildSnapshot(db: PGlite, version: string): Promise<EmbeddedSnapshot> {
  const port = createDataPort(embeddedTransport(db, () => ({ role: 'anon' })));
  const client = new QueryClient();
  await Promise.all([
    client.prefetchQuery(getPartnershipsQueryOptions(port, VISITOR)),
    client.prefetchQuery(getSitesQueryOptions(port, VISITOR)),
    client.prefetchQuery(getCoverageQueryOptions(port, VISITOR)),
    client.prefetchQuery(
      getCoverageBoardQueryOptions(port, VISITOR, { asOf: null, opleiding: null }),
    ),
    client.prefetchQuery(getCoverageTimelineQueryOptions(port, VISITOR, null)),
    client.prefetchQuery(getDirectoryQueryOptions(port, VISITOR)),
    // Kennis: people arrive there from a link in an invitation or a newsletter.
    client.prefetchQuery(getInfoPageListQueryOptions(port, VISITOR)),
    client.prefetchQuery(getEventListQueryOptions(port, VISITOR, null)),
    client.prefetchQuery(getEventCancellationsQueryOptions(port, VISITOR)),
    client.prefetchQuery(getQuestionListQueryOptions(port, VISITOR, null)),
  ]);
  const state = dehydrate(client);
  const failed = state.queries.filter((q) => q.state.status !== 'success');
  if (failed.length)
    throw new Error(`snapshot queries failed: ${JSON.stringify(failed.map((q) => q.queryKey))}`);
  client.clear();
  return { version, takenAt: new Date().toISOString(), state };
}
