import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseProvinces } from './provinces';

const served = () =>
  JSON.parse(
    readFileSync(new URL('../../../public/geo/provinces.geojson', import.meta.url), 'utf8'),
  );

describe('parseProvinces', () => {
  it('accepts the boundaries the app serves, all twelve with their outlines', () => {
    const provinces = parseProvinces(served());
    expect(provinces.features).toHaveLength(12);
    const groningen = provinces.features.find((f) => f.id === 'PV20');
    expect(groningen?.geometry.type).toBe('MultiPolygon');
    expect(groningen?.geometry.coordinates[0]?.[0]?.[0]).toEqual([7.093, 52.838]);
  });

  it('refuses an outline with a coordinate that is not a number', () => {
    const file = served();
    file.features[2].geometry.coordinates[0][5] = ['6.5', 52.9];
    expect(() => parseProvinces(file)).toThrow();
  });

  it('refuses an outline nested one level too shallow or too deep', () => {
    const shallow = served();
    shallow.features[2].geometry.coordinates = shallow.features[2].geometry.coordinates[0];
    expect(() => parseProvinces(shallow)).toThrow();
    const deep = served();
    deep.features[2].geometry.coordinates = [deep.features[2].geometry.coordinates];
    expect(() => parseProvinces(deep)).toThrow();
  });

  it('refuses a coordinate that is not finite', () => {
    const file = served();
    file.features[0].geometry.coordinates[0][0][1] = [Number.NaN, 53];
    expect(() => parseProvinces(file)).toThrow();
  });
});
