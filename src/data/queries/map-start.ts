import { dehydrate, QueryClient, type DehydratedState } from '@tanstack/react-query';
import type { DataPort } from '../port';
import {
  getCoverageQueryOptions,
  getPartnershipsQueryOptions,
  getSitesQueryOptions,
} from './network';

/**
 * What the map shows at the start (partnerships, sites, the provinces' coverage), asked of the
 * live database as soon as it is open — before React has taken the page over, which would ask
 * only after its hydration. Dehydrated with the same query options as the views use, to be put
 * into the app's cache once it runs. Rejects if any of them fails; the app then asks again.
 */
export async function askMapStart(port: DataPort, identity: string): Promise<DehydratedState> {
  const client = new QueryClient();
  await Promise.all([
    client.fetchQuery(getPartnershipsQueryOptions(port, identity)),
    client.fetchQuery(getSitesQueryOptions(port, identity)),
    client.fetchQuery(getCoverageQueryOptions(port, identity)),
  ]);
  const answers = dehydrate(client);
  client.clear();
  return answers;
}
