import { hydrate, QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { DataError } from '../errors';
import type { DataPort } from '../port';
import { askMapStart } from './map-start';
import {
  getCoverageQueryOptions,
  getPartnershipsQueryOptions,
  getSitesQueryOptions,
} from './network';

const partnerships = [{ id: 'p1', name: 'Groen Samen Utrecht' }];
const sites = [{ id: 's1' }, { id: 's2' }];
const coverage = [{ province_code: 'PV26', active: 1 }];

/** A port with only what the map's start asks; `failing` names one call that fails. */
const fakePort = (failing?: string) => {
  const answer = <T>(name: string, rows: T) =>
    name === failing
      ? () => Promise.reject(new DataError('unavailable', `${name} failed`))
      : () => Promise.resolve(rows);
  return {
    partnershipsInBbox: answer('partnerships', partnerships),
    sitesInBbox: answer('sites', sites),
    coverageByProvince: answer('coverage', coverage),
  } as unknown as DataPort;
};

describe('askMapStart', () => {
  it("answers the map's three start queries under the keys the views read", async () => {
    const port = fakePort();
    const answers = await askMapStart(port, 'bezoeker');
    const app = new QueryClient();
    hydrate(app, answers);
    expect(app.getQueryData(getPartnershipsQueryOptions(port, 'bezoeker').queryKey)).toEqual(
      partnerships,
    );
    expect(app.getQueryData(getSitesQueryOptions(port, 'bezoeker').queryKey)).toEqual(sites);
    expect(app.getQueryData(getCoverageQueryOptions(port, 'bezoeker').queryKey)).toEqual(coverage);
    expect(answers.queries).toHaveLength(3);
  });

  it('overrides older data in the cache, such as the build snapshot', async () => {
    const port = fakePort();
    const app = new QueryClient();
    const key = getPartnershipsQueryOptions(port, 'bezoeker').queryKey;
    app.setQueryData(key, [{ id: 'old', name: 'Uit de momentopname' }] as never, { updatedAt: 1 });
    hydrate(app, await askMapStart(port, 'bezoeker'));
    expect(app.getQueryData(key)).toEqual(partnerships);
  });

  it('rejects when one of them fails, so that the app asks again itself', async () => {
    await expect(askMapStart(fakePort('sites'), 'bezoeker')).rejects.toThrow('sites failed');
  });
});
