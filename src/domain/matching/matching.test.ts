import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distanceKm, reachKm, travelMinutes } from '../reach';
import { TRAVEL_MODES, type TravelMode } from '../vocabulary';
import { MatchingNetwork, reachesGroup } from './network';
import type { MatchRequest, PartnershipPlace, StudentSite } from './types';

// Section - builders
const site = (
  id: string,
  lat: number,
  lng: number,
  students: number,
  extra: Partial<StudentSite> = {},
): StudentSite => ({
  siteId: id,
  organisationId: `org-${id}`,
  organisationName: `Organisatie ${id}`,
  place: `Plaats ${id}`,
  lat,
  lng,
  students,
  mode: 'ov',
  maxMinutes: 30,
  partnershipIds: [],
  seeking: false,
  ...extra,
});

const partnership = (
  id: string,
  lat: number,
  lng: number,
  extra: Partial<PartnershipPlace> = {},
): PartnershipPlace => ({
  id,
  name: `Verband ${id}`,
  status: 'active',
  opleidingen: ['groen'],
  place: `Plaats ${id}`,
  provinceCode: 'PV26',
  lat,
  lng,
  memberCount: 3,
  maxMembers: 12,
  ...extra,
});

const UTRECHT = { lat: 52.0907, lng: 5.1214 };
const BUNNIK = { lat: 52.067, lng: 5.197 };
const LEEUWARDEN = { lat: 53.2012, lng: 5.7999 };
const HARLINGEN = { lat: 53.1751, lng: 5.418 };
const ZWARTEWATERLAND = { lat: 52.6, lng: 6.1 };

const request = (extra: Partial<MatchRequest> = {}): MatchRequest => ({
  ...UTRECHT,
  opleiding: 'groen',
  students: 3,
  mode: 'ov',
  maxMinutes: 30,
  organisationId: 'org-asker',
  ...extra,
});

// Section - the situations people met
describe('matching: the situations people met', () => {
  it('Utrecht, groen, 30 min ov: the partnership in reach comes first and sets the gauge', () => {
    const members = [
      site('m1', 52.07, 5.19, 9, { partnershipIds: ['bunnik'] }),
      site('m2', 52.06, 5.21, 8, { partnershipIds: ['bunnik'] }),
      site('m3', 52.075, 5.18, 6, { partnershipIds: ['bunnik'] }),
    ];
    const seekers = [site('s1', 52.1, 5.1, 2, { seeking: true }), site('s2', 52.08, 5.13, 2)];
    const network = new MatchingNetwork({
      opleiding: 'groen',
      students: [...members, ...seekers],
      partnerships: [partnership('bunnik', BUNNIK.lat, BUNNIK.lng)],
    });
    const result = network.match(request())!;
    const first = result.options[0]!;
    expect(first.kind).toBe('join');
    expect(first.kind === 'join' && first.partnership.id).toBe('bunnik');
    expect(first).toMatchObject({ current: 23, total: 26, withinLimit: true });
    expect(result.best).toBe(first);
    expect(result.gauge).toEqual({ count: 26, target: 10, feasible: true, groups: 2, missing: 0 });
    // The new-group option is there too, with the students not yet in a group.
    expect(result.options.find((o) => o.kind === 'new')?.total).toBe(7);
  });

  it('Leeuwarden, logistiek, 20 min by bike: nothing absurd, and nothing is invented', () => {
    const network = new MatchingNetwork({
      opleiding: 'logistiek',
      students: [
        site('z1', ZWARTEWATERLAND.lat, ZWARTEWATERLAND.lng, 12, { seeking: true }),
        site('h1', HARLINGEN.lat + 0.01, HARLINGEN.lng, 11, { partnershipIds: ['harlingen'] }),
      ],
      partnerships: [
        partnership('harlingen', HARLINGEN.lat, HARLINGEN.lng, { opleidingen: ['logistiek'] }),
      ],
    });
    const byBike = network.match(
      request({ ...LEEUWARDEN, opleiding: 'logistiek', mode: 'fiets', maxMinutes: 20 }),
    )!;
    expect(byBike.capMinutes).toBe(40);
    expect(byBike.options).toEqual([]);
    expect(byBike.outcome).toBe('nothing');
    expect(byBike.gauge.count).toBe(3);

    const byCar = network.match(
      request({ ...LEEUWARDEN, opleiding: 'logistiek', mode: 'auto', maxMinutes: 30 }),
    )!;
    expect(byCar.outcome).toBe('beyond');
    expect(byCar.options).toHaveLength(1);
    const harlingen = byCar.options[0]!;
    expect(harlingen).toMatchObject({ kind: 'join', withinLimit: false, total: 14 });
    expect(harlingen.extraMinutes).toBe(Math.ceil(harlingen.minutes - 30));
    expect(harlingen.minutes).toBeLessThanOrEqual(60);

    const longer = network.match(
      request({ ...LEEUWARDEN, opleiding: 'logistiek', mode: 'auto', maxMinutes: 60 }),
    )!;
    expect(longer.options[0]).toMatchObject({ kind: 'join', withinLimit: true });
    expect(longer.gauge.feasible).toBe(true);
  });

  it('a full partnership is listed as full and never sets the gauge', () => {
    const network = new MatchingNetwork({
      opleiding: 'groen',
      students: [site('m1', 52.07, 5.19, 12, { partnershipIds: ['vol'] })],
      partnerships: [partnership('vol', BUNNIK.lat, BUNNIK.lng, { memberCount: 4, maxMembers: 4 })],
    });
    const result = network.match(request())!;
    expect(result.options[0]).toMatchObject({ kind: 'join', full: true });
    expect(reachesGroup(result.options[0]!)).toBe(false);
    expect(result.best).toBeNull();
    expect(result.gauge.count).toBe(3);
  });

  it('does not offer the asker its own partnership, nor count its own sites twice', () => {
    const network = new MatchingNetwork({
      opleiding: 'groen',
      students: [
        site('own', 52.09, 5.12, 5, { organisationId: 'org-asker', partnershipIds: ['eigen'] }),
        site('other', 52.1, 5.13, 4),
      ],
      partnerships: [partnership('eigen', 52.09, 5.12)],
    });
    const result = network.match(request())!;
    expect(result.options.map((o) => o.kind)).toEqual(['new']);
    expect(result.options[0]!.total).toBe(3 + 4);
  });

  it('forms a new group where the most students can each get to, and names them', () => {
    const network = new MatchingNetwork({
      opleiding: 'groen',
      students: [
        site('a', 52.1, 5.15, 4, { seeking: true }),
        site('b', 52.11, 5.16, 3, { mode: 'lopen', maxMinutes: 15 }),
        site('c', 52.2, 5.4, 6),
      ],
      partnerships: [],
    });
    const result = network.match(request())!;
    const group = result.options[0]!;
    expect(group.kind).toBe('new');
    if (group.kind !== 'new') return;
    expect(group.others.map((o) => o.organisationId).sort()).toEqual(['org-a', 'org-b']);
    expect(group.total).toBe(10);
    expect(result.gauge).toMatchObject({ count: 10, feasible: true, groups: 1 });
    // b walks at most 15 minutes: the group meets where b can get to.
    const b = { lat: 52.11, lng: 5.16 };
    expect(travelMinutes(distanceKm(group.meetingPoint, b), 'lopen')).toBeLessThanOrEqual(15.01);
  });

  it('offers a group of 10 beyond the limit, labelled with the minutes over it, up to the cap', () => {
    // Nine students who can drive 10 minutes, about 30 minutes by car from Utrecht.
    const far = site('far', 52.2, 5.25, 9, { mode: 'auto', maxMinutes: 10 });
    const network = new MatchingNetwork({ opleiding: 'groen', students: [far], partnerships: [] });
    const within20 = network.match(request({ mode: 'auto', maxMinutes: 20 }))!;
    const option = within20.options[0]!;
    expect(option).toMatchObject({ kind: 'new', withinLimit: false, total: 12 });
    expect(option.extraMinutes).toBeGreaterThan(0);
    expect(option.minutes).toBeLessThanOrEqual(40);
    expect(within20.gauge.count).toBe(3);
    const within10 = network.match(request({ mode: 'auto', maxMinutes: 10 }))!;
    expect(within10.options).toEqual([]);
  });

  it('refuses to compute on invalid input', () => {
    const network = new MatchingNetwork({ opleiding: 'groen', students: [], partnerships: [] });
    expect(network.match(request({ students: 999 }))).toBeNull();
    expect(network.match(request({ students: 0 }))).toBeNull();
    expect(network.match(request({ maxMinutes: 4 }))).toBeNull();
    expect(network.match(request({ lat: Number.NaN }))).toBeNull();
    expect(network.match(request({ opleiding: 'logistiek' }))).toBeNull();
  });
});

// Section - properties
const area = { lat: [52.0, 52.25], lng: [5.0, 5.45] } as const;
const coordinate = (range: readonly [number, number]) =>
  fc.double({ min: range[0], max: range[1], noNaN: true });
const mode = fc.constantFrom<TravelMode>(...TRAVEL_MODES);
const limit = fc.integer({ min: 5, max: 90 });
const siteArb = (ids: string[]) =>
  fc.record({
    siteId: fc.uuid(),
    organisationId: fc.constantFrom('org-1', 'org-2', 'org-3', 'org-4', 'org-5', 'org-6', 'org-7'),
    organisationName: fc.constant('Organisatie'),
    place: fc.constant('Plaats'),
    lat: coordinate(area.lat),
    lng: coordinate(area.lng),
    students: fc.integer({ min: 1, max: 8 }),
    mode,
    maxMinutes: limit,
    partnershipIds: fc.subarray(ids, { maxLength: 2 }),
    seeking: fc.boolean(),
  });
const PARTNERSHIP_IDS = ['p1', 'p2', 'p3'];
const partnershipArb = fc.record({
  id: fc.constantFrom(...PARTNERSHIP_IDS),
  name: fc.constant('Verband'),
  status: fc.constantFrom('seeking', 'forming', 'active', 'ended' as const),
  opleidingen: fc.constantFrom(
    ['groen'] as const,
    ['groen', 'logistiek'] as const,
    ['logistiek'] as const,
  ),
  place: fc.constant('Plaats'),
  provinceCode: fc.constant('PV26'),
  lat: coordinate(area.lat),
  lng: coordinate(area.lng),
  memberCount: fc.integer({ min: 1, max: 12 }),
  maxMembers: fc.integer({ min: 2, max: 12 }),
});
const networkArb = fc.record({
  students: fc.array(siteArb(PARTNERSHIP_IDS), { maxLength: 25 }),
  partnerships: fc
    .uniqueArray(partnershipArb, { selector: (p) => p.id, maxLength: 3 })
    .map((ps) => ps as PartnershipPlace[]),
});
const requestArb = fc.record({
  lat: coordinate(area.lat),
  lng: coordinate(area.lng),
  opleiding: fc.constant('groen' as const),
  students: fc.integer({ min: 1, max: 12 }),
  mode,
  maxMinutes: limit,
  organisationId: fc.constantFrom('org-1', 'org-asker'),
});

/** Brute force, without indexes or caches: who can reach a point within their own limit. */
function naiveGroupAt(
  students: readonly StudentSite[],
  partnerships: readonly PartnershipPlace[],
  point: { lat: number; lng: number },
  excludeOrganisation: string,
): number {
  const open = partnerships.filter((p) => p.status !== 'ended' && p.opleidingen.includes('groen'));
  const taken = (s: StudentSite) =>
    open.some((p) => s.partnershipIds.includes(p.id) && distanceKm(s, p) <= reachKm(s) + 0.001);
  return students
    .filter((s) => s.organisationId !== excludeOrganisation && !taken(s))
    .filter((s) => distanceKm(s, point) <= reachKm(s) + 0.001)
    .reduce((sum, s) => sum + s.students, 0);
}

describe('matching: properties', () => {
  it('every option respects each member’s own limit and the asker’s (or its cap)', () => {
    fc.assert(
      fc.property(networkArb, requestArb, ({ students, partnerships }, req) => {
        const network = new MatchingNetwork({ opleiding: 'groen', students, partnerships });
        const result = network.match(req)!;
        for (const option of result.options) {
          expect(option.minutes).toBeLessThanOrEqual(result.capMinutes + 0.01);
          expect(option.withinLimit).toBe(option.minutes <= req.maxMinutes + 0.01);
          if (option.kind === 'new') {
            expect(option.total - req.students).toBe(
              naiveGroupAt(students, partnerships, option.meetingPoint, req.organisationId),
            );
            for (const other of option.others) {
              const sites = students.filter((s) => s.organisationId === other.organisationId);
              expect(
                sites.some(
                  (s) =>
                    travelMinutes(distanceKm(s, option.meetingPoint), s.mode) <=
                    s.maxMinutes + 0.01,
                ),
              ).toBe(true);
            }
          } else {
            const members = students.filter(
              (s) =>
                s.partnershipIds.includes(option.partnership.id) &&
                distanceKm(s, option.partnership) <= reachKm(s) + 0.001,
            );
            expect(option.current).toBe(members.reduce((sum, s) => sum + s.students, 0));
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('the gauge is the best listed option’s count, never contradicted by the list', () => {
    fc.assert(
      fc.property(networkArb, requestArb, ({ students, partnerships }, req) => {
        const result = new MatchingNetwork({ opleiding: 'groen', students, partnerships }).match(
          req,
        )!;
        if (result.best) {
          expect(result.options).toContain(result.best);
          expect(result.gauge.count).toBe(result.best.total);
          // No option within the limit that takes the asker brings more together short of 10.
          for (const o of result.options.filter(
            (x) => x.withinLimit && !(x.kind === 'join' && x.full),
          ))
            expect(Math.min(o.total, 10)).toBeLessThanOrEqual(Math.min(result.gauge.count, 10));
        } else {
          expect(result.gauge.count).toBe(req.students);
        }
        expect(result.gauge.feasible).toBe(result.gauge.count >= 10);
      }),
      { numRuns: 200 },
    );
  });

  it('adding a seeker never lowers another seeker’s best count toward a group', () => {
    fc.assert(
      fc.property(
        networkArb,
        requestArb,
        siteArb(PARTNERSHIP_IDS),
        ({ students, partnerships }, req, newcomer) => {
          const before = new MatchingNetwork({ opleiding: 'groen', students, partnerships }).match(
            req,
          )!;
          const after = new MatchingNetwork({
            opleiding: 'groen',
            students: [...students, { ...newcomer, partnershipIds: [], seeking: true }],
            partnerships,
          }).match(req)!;
          expect(Math.min(after.gauge.count, 10)).toBeGreaterThanOrEqual(
            Math.min(before.gauge.count, 10),
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it('picks the same place beyond the limit when two sites lie at the same spot', () => {
    // Found by the property below (seed -2107183540): two sites of one organisation at one
    // spot, 14 km from an 8-student request by taxi with a 14-minute limit.
    const site = (n: number) => ({
      siteId: `00000000-0000-1000-8000-00000000000${n}`,
      organisationId: 'org-1',
      organisationName: 'Organisatie',
      place: 'Plaats',
      lat: 52.000000000000036,
      lng: 5.449999996821687,
      students: 1,
      mode: 'lopen' as const,
      maxMinutes: 5,
      partnershipIds: [],
      seeking: false,
    });
    const request = {
      lat: 52,
      lng: 5.240238263147884,
      opleiding: 'groen' as const,
      students: 8,
      mode: 'auto' as const,
      maxMinutes: 14,
      organisationId: 'org-asker',
    };
    for (const students of [
      [site(0), site(1)],
      [site(1), site(0)],
    ]) {
      const options = new MatchingNetwork({ opleiding: 'groen', students, partnerships: [] }).match(
        request,
      )!.options;
      expect(options.map((o) => (o.kind === 'new' ? o.meetingPoint.siteId : null))).toEqual([
        '00000000-0000-1000-8000-000000000000',
      ]);
    }
  });

  it('ranks the same way whatever order the data comes in', () => {
    fc.assert(
      fc.property(networkArb, requestArb, ({ students, partnerships }, req) => {
        const key = (n: MatchingNetwork) =>
          n
            .match(req)!
            .options.map((o) =>
              o.kind === 'join' ? o.partnership.id : `${o.total}@${o.meetingPoint.siteId}`,
            );
        expect(
          key(
            new MatchingNetwork({
              opleiding: 'groen',
              students: [...students].reverse(),
              partnerships: [...partnerships].reverse(),
            }),
          ),
        ).toEqual(key(new MatchingNetwork({ opleiding: 'groen', students, partnerships })));
      }),
      { numRuns: 150 },
    );
  });

  it('computes nothing for invalid input', () => {
    fc.assert(
      fc.property(
        requestArb,
        fc.oneof(
          fc.record({ students: fc.oneof(fc.integer({ max: 0 }), fc.integer({ min: 51 })) }),
          fc.record({ maxMinutes: fc.oneof(fc.integer({ max: 4 }), fc.integer({ min: 91 })) }),
          fc.record({ lat: fc.constantFrom(Number.NaN, 48.85, 60) }),
        ),
        (req, broken) => {
          const network = new MatchingNetwork({
            opleiding: 'groen',
            students: [],
            partnerships: [],
          });
          expect(network.match({ ...req, ...broken })).toBeNull();
        },
      ),
    );
  });
});
