import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { provinceAt } from '../src/domain/province-at';
import type { ProvinceCollection } from '../src/domain/provinces';

const committed = join(import.meta.dirname, '..', 'public', 'geo', 'places.geojson');
const provinces: ProvinceCollection = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'public', 'geo', 'provinces.geojson'), 'utf8'),
);
interface Place {
  id: string;
  properties: { name: string; rank: number; province: string };
  geometry: { coordinates: [number, number] };
}
const places: Place[] = JSON.parse(readFileSync(committed, 'utf8')).features;

describe('place names for the map', () => {
  it('reproduces the committed file from the municipality list', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'samenkaart-places-')), 'places.geojson');
    execFileSync(process.execPath, [join(import.meta.dirname, 'places.mjs'), out]);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(committed, 'utf8'));
  });

  it('has every municipality once and one capital per province, with everyday names', () => {
    expect(places).toHaveLength(342);
    expect(new Set(places.map((p) => p.id)).size).toBe(342);
    const capitals = places.filter((p) => p.properties.rank === 1);
    expect(new Set(capitals.map((p) => p.properties.province)).size).toBe(12);
    expect(capitals.map((p) => p.properties.name)).toContain('Den Haag');
  });

  it('puts almost every place inside its own province (points on a coast may fall just outside)', () => {
    const wrong = places.filter((p) => {
      const [lng, lat] = p.geometry.coordinates;
      const at = provinceAt(provinces, lat, lng);
      return at !== null && at.id !== p.properties.province;
    });
    expect(wrong.map((p) => p.properties.name)).toEqual([]);
  });
});
