import { describe, expect, it } from 'vitest';
import { cohortGauge, nearestFeasibleGroup, type Origin, type StudentSite } from './cohort';
import { reachKm, ReachIndex } from './reach';

const KM_PER_DEGREE_LAT = (6371.0088 * Math.PI) / 180;
const utrecht = { lat: 52.0907, lng: 5.1214 };
const at = (km: number) => ({ lat: utrecht.lat + km / KM_PER_DEGREE_LAT, lng: utrecht.lng });

const origin: Origin = { ...utrecht, students: 3, mode: 'ov', maxMinutes: 30 };
let n = 0;
const site = (km: number, students: number, overrides: Partial<StudentSite> = {}): StudentSite => {
  n += 1;
  return {
    siteId: `s${n}`,
    organisationId: `o${n}`,
    organisationName: `Aanbieder ${n}`,
    students,
    mode: 'ov',
    maxMinutes: 30,
    ...at(km),
    ...overrides,
  };
};

describe('cohortGauge', () => {
  it('counts only the own students when there are no sites', () => {
    expect(cohortGauge(origin, new ReachIndex([]))).toEqual({
      reachable: 3,
      target: 10,
      feasible: false,
      contributions: [],
    });
  });

  it('reads "7 van 10" with two providers in mutual reach, per organisation, nearest first', () => {
    const gauge = cohortGauge(origin, new ReachIndex([site(5, 3), site(2, 1), site(20, 6)]));
    expect(gauge.reachable).toBe(7);
    expect(gauge.contributions.map((c) => [c.students, Math.round(c.minutes)])).toEqual([
      [1, 8], // 2 km × 1.3 / 20 km/h = 7.8 min
      [3, 20], // 5 km → 19.5 min
    ]);
  });

  it('adds up sites of one organisation and sites all in one place', () => {
    const gauge = cohortGauge(
      origin,
      new ReachIndex([
        site(1, 2, { organisationId: 'x', organisationName: 'X' }),
        site(1, 4, { organisationId: 'x', organisationName: 'X' }),
        site(1, 3),
      ]),
    );
    expect(gauge.reachable).toBe(12);
    expect(gauge.feasible).toBe(true);
    expect(gauge.contributions.find((c) => c.organisationId === 'x')?.students).toBe(6);
  });

  it("leaves out a site within the origin's reach whose own limit does not reach the origin", () => {
    const walker = site(3, 5, { mode: 'lopen', maxMinutes: 20 });
    expect(cohortGauge(origin, new ReachIndex([walker])).reachable).toBe(3);
  });

  it("does not count the origin's own organisation twice", () => {
    const own = site(1, 4, { organisationId: 'own' });
    expect(cohortGauge({ ...origin, organisationId: 'own' }, new ReachIndex([own])).reachable).toBe(
      3,
    );
  });

  it('is feasible on its own with more than 10 students', () => {
    expect(cohortGauge({ ...origin, students: 12 }, new ReachIndex([])).feasible).toBe(true);
  });

  it('counts a site exactly at the stricter limit, not one just beyond it', () => {
    const limit = reachKm({ mode: 'ov', maxMinutes: 30 });
    const gauge = cohortGauge(
      origin,
      new ReachIndex([site(limit - 0.005, 2), site(limit + 0.05, 4)]),
    );
    expect(gauge.reachable).toBe(5);
  });
});

describe('nearestFeasibleGroup', () => {
  it('is null when no place brings 10 together', () => {
    expect(nearestFeasibleGroup(origin, new ReachIndex([site(30, 2)]))).toBeNull();
    expect(nearestFeasibleGroup(origin, new ReachIndex([]))).toBeNull();
  });

  it('finds the nearest cluster and says how many minutes further the students must travel', () => {
    const far = [site(30, 4), site(31, 4)]; // 8 students that reach each other, 30 km away
    const farther = [site(60, 5), site(60.5, 5)];
    const group = nearestFeasibleGroup(origin, new ReachIndex([...far, ...farther]));
    expect(group?.meetingPoint.siteId).toBe(far[0]!.siteId);
    expect(group?.students).toBe(11);
    expect(group?.minutes).toBeCloseTo(117, 0); // 30 km × 1.3 / 20 km/h × 60
    expect(group?.extraMinutes).toBe(87);
  });

  it('reports 0 extra minutes when the group is already within reach', () => {
    const group = nearestFeasibleGroup(origin, new ReachIndex([site(2, 4), site(3, 4)]));
    expect(group?.extraMinutes).toBe(0);
  });
});
