import { createClient } from '@supabase/supabase-js';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createDataPort } from '../port';
import { supabaseTransport } from './supabase-transport';

const URL = 'https://demo-project.supabase.co';
const ANON_KEY = 'public-anon-key-for-tests';
const requests: { path: string; headers: Headers; body: unknown }[] = [];

const server = setupServer(
  http.post(`${URL}/rest/v1/rpc/:fn`, async ({ request, params }) => {
    requests.push({
      path: String(params.fn),
      headers: request.headers,
      body: await request.json(),
    });
    if (params.fn === 'coverage_by_province') {
      return HttpResponse.json([
        {
          code: 'PV26',
          name: 'Utrecht',
          status: 'active',
          active_partnerships: 1,
          forming_partnerships: 1,
          seekers: 4,
          ambassadors: ['Stichting X'],
        },
      ]);
    }
    if (params.fn === 'my_registrations') return HttpResponse.error();
    if (params.fn === 'my_memberships') return new HttpResponse('Bad gateway', { status: 502 });
    if (params.fn === 'my_notifications') {
      return HttpResponse.json(
        { code: 'P0001', message: 'boom', details: null, hint: null },
        { status: 500 },
      );
    }
    if (params.fn === 'decide_membership') {
      return HttpResponse.json(
        { code: 'SK001', message: 'capacity_exceeded', details: '10', hint: null },
        { status: 400 },
      );
    }
    return HttpResponse.json([]);
  }),
);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  requests.length = 0;
});
afterAll(() => server.close());

// Node 20 has no native WebSocket; realtime is never used by the adapter, so a stub will do.
class NoWebSocket {}
const port = () =>
  createDataPort(
    supabaseTransport(
      createClient(URL, ANON_KEY, {
        auth: { persistSession: false, autoRefreshToken: false },
        realtime: { transport: NoWebSocket as unknown as typeof WebSocket },
      }),
    ),
  );

describe('the supabase adapter', () => {
  it('calls the RPC by name with the anon key and the arguments as JSON', async () => {
    const rows = await port().coverageByProvince('2022-06-30');
    expect(rows[0]).toMatchObject({ code: 'PV26', status: 'active' });
    expect(requests).toHaveLength(1);
    const [request] = requests;
    expect(request!.path).toBe('coverage_by_province');
    expect(request!.body).toEqual({ as_of: '2022-06-30' });
    expect(request!.headers.get('apikey')).toBe(ANON_KEY);
    expect(request!.headers.get('authorization')).toBe(`Bearer ${ANON_KEY}`);
    expect(request!.headers.get('content-type')).toContain('application/json');
  });

  it('sends bounding boxes with the SQL parameter names', async () => {
    await port().sitesInBbox({ min_lng: 4.9, min_lat: 52, max_lng: 5.3, max_lat: 52.2 });
    expect(requests[0]).toMatchObject({
      path: 'sites_in_bbox',
      body: { min_lng: 4.9, min_lat: 52, max_lng: 5.3, max_lat: 52.2 },
    });
  });

  it('turns a PostgREST error with an SK code into a data error', async () => {
    await expect(
      port().decideMembership({ membership: '00000000-0000-4000-8000-000000000009', accept: true }),
    ).rejects.toMatchObject({ name: 'DataError', code: 'capacity_exceeded', detail: '10' });
    expect(requests[0]?.body).toEqual({
      membership: '00000000-0000-4000-8000-000000000009',
      accept: true,
    });
  });

  it('calls a backend that cannot be reached unavailable, not a refusal', async () => {
    await expect(port().myRegistrations()).rejects.toMatchObject({
      name: 'DataError',
      code: 'unavailable',
    });
    await expect(port().myMemberships()).rejects.toMatchObject({ code: 'unavailable' });
  });

  it('keeps an error the database raised a database error, even with status 500', async () => {
    await expect(port().myNotifications()).rejects.toMatchObject({ code: 'unexpected' });
  });
});
