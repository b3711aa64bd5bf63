import { describe, expect, it } from 'vitest';
import { partnershipPoints, sitePoints } from './network-points';
import type { PartnershipRow, SiteRow } from './schemas';

const partnership = { id: 'p1', name: 'Groen Utrecht', status: 'active', lat: 52.09, lng: 5.12 };
const site = {
  id: 's1',
  organisation_name: 'Zorgboerderij De Linde',
  seeking: ['groen'],
  lat: 52.1,
  lng: 5.2,
};

describe('network points for the map', () => {
  it('gives the same rows the same object, so a source holding them is kept', () => {
    const rows = [partnership] as unknown as PartnershipRow[];
    expect(partnershipPoints(rows)).toBe(partnershipPoints(rows));
    expect(partnershipPoints([...rows])).not.toBe(partnershipPoints(rows));
    const sites = [site] as unknown as SiteRow[];
    expect(sitePoints(sites)).toBe(sitePoints(sites));
  });

  it('carries id, name and status or seeking, at the row’s place', () => {
    const [p] = partnershipPoints([partnership] as unknown as PartnershipRow[]).features;
    expect(p).toEqual({
      type: 'Feature',
      properties: { id: 'p1', name: 'Groen Utrecht', status: 'active' },
      geometry: { type: 'Point', coordinates: [5.12, 52.09] },
    });
    const [s] = sitePoints([
      site,
      { ...site, id: 's2', seeking: [] },
    ] as unknown as SiteRow[]).features.map((f) => f.properties);
    expect(s).toEqual({ id: 's1', name: 'Zorgboerderij De Linde', seeking: true });
  });
});
