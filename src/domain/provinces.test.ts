import { describe, expect, it } from 'vitest';
import {
  isProvinceCode,
  PROVINCE_CODES,
  provinceLabelPoints,
  provincesWithLabelPoints,
  sortProvincesByName,
  type ProvinceFeature,
} from './provinces';

const square = (code: ProvinceFeature['id'], name: string, x: number): ProvinceFeature => ({
  type: 'Feature',
  id: code,
  properties: { code, name, label: [x + 0.5, 52.5], bbox: [x, 52, x + 1, 53] },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [x, 52],
        [x + 1, 52],
        [x + 1, 53],
        [x, 53],
        [x, 52],
      ],
    ],
  },
});

describe('province codes', () => {
  it('knows exactly the 12 CBS codes PV20–PV31', () => {
    expect(PROVINCE_CODES).toHaveLength(12);
    expect(isProvinceCode('PV20')).toBe(true);
    expect(isProvinceCode('PV31')).toBe(true);
    expect(isProvinceCode('PV19')).toBe(false);
    expect(isProvinceCode('pv20')).toBe(false);
    expect(isProvinceCode(20)).toBe(false);
  });
});

describe('sortProvincesByName', () => {
  it('sorts as a Dutch reader expects, treating â like a', () => {
    const sorted = sortProvincesByName([
      square('PV22', 'Drenthe', 6),
      square('PV21', 'Fryslân', 5),
      square('PV24', 'Flevoland', 5.2),
      square('PV25', 'Gelderland', 5.5),
    ]).map((f) => f.properties.name);
    expect(sorted).toEqual(['Drenthe', 'Flevoland', 'Fryslân', 'Gelderland']);
  });
});

describe('provinceLabelPoints', () => {
  it('makes one point per province at its label position, carrying code and name', () => {
    const points = provinceLabelPoints({
      type: 'FeatureCollection',
      features: [square('PV26', 'Utrecht', 5)],
    });
    expect(points).toEqual([
      {
        type: 'Feature',
        id: 'PV26',
        properties: { code: 'PV26', name: 'Utrecht' },
        geometry: { type: 'Point', coordinates: [5.5, 52.5] },
      },
    ]);
  });
});

describe('provincesWithLabelPoints', () => {
  it('puts the areas first and then one label point per province', () => {
    const combined = provincesWithLabelPoints({
      type: 'FeatureCollection',
      features: [square('PV26', 'Utrecht', 5), square('PV25', 'Gelderland', 6)],
    });
    expect(combined.features.map((f) => `${f.id}:${f.geometry.type}`)).toEqual([
      'PV26:Polygon',
      'PV25:Polygon',
      'PV26:Point',
      'PV25:Point',
    ]);
  });

  it('gives the same boundaries the same collection, so the map keeps a source that has them', () => {
    const provinces = {
      type: 'FeatureCollection' as const,
      features: [square('PV26', 'Utrecht', 5)],
    };
    expect(provincesWithLabelPoints(provinces)).toBe(provincesWithLabelPoints(provinces));
    expect(provincesWithLabelPoints({ ...provinces })).not.toBe(
      provincesWithLabelPoints(provinces),
    );
  });
});
