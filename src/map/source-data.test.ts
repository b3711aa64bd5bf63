import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import {
  addOrTakeOverSource,
  recordSourceData,
  sendSourceData,
  type SourceData,
  type SourceMap,
} from './source-data';

/** A map with GeoJSON sources that counts what was sent to them. */
function fakeMap() {
  const sources = new Map<string, { data: unknown; sent: unknown[] }>();
  const map = {
    getSource: (id: string) => {
      const source = sources.get(id);
      return source && { setData: (data: unknown) => source.sent.push(data) };
    },
    addSource: (id: string, spec: { data: unknown }) => {
      sources.set(id, { data: spec.data, sent: [] });
    },
  } as unknown as SourceMap;
  return { map, sources };
}

const points = (n: number): FeatureCollection => ({
  type: 'FeatureCollection',
  features: Array.from({ length: n }, (_, i) => ({
    type: 'Feature',
    properties: { id: String(i) },
    geometry: { type: 'Point', coordinates: [5, 52] },
  })),
});

/** A map that started with `data` in source `id`, as the early map does. */
function startedWith(id: string, data: SourceData) {
  const fake = fakeMap();
  fake.map.addSource(id, { type: 'geojson', data });
  recordSourceData(fake.map, id, data);
  return fake;
}

describe('taking over a source the map already has', () => {
  it('sends nothing when the layer brings the very data the source holds', () => {
    const data = points(3);
    const { map, sources } = startedWith('partnerships', data);
    addOrTakeOverSource(map, 'partnerships', data);
    sendSourceData(map, 'partnerships', data);
    expect(sources.get('partnerships')?.sent).toEqual([]);
  });

  it('sends the layer’s data when it differs, once', () => {
    const { map, sources } = startedWith('partnerships', points(3));
    const newer = points(4);
    addOrTakeOverSource(map, 'partnerships', newer);
    sendSourceData(map, 'partnerships', newer);
    expect(sources.get('partnerships')?.sent).toEqual([newer]);
  });

  it('keeps what the source holds while the layer has no data yet', () => {
    const { map, sources } = startedWith('provinces', points(12));
    addOrTakeOverSource(map, 'provinces', undefined);
    expect(sources.get('provinces')?.sent).toEqual([]);
  });
});

describe('a source the layer adds itself', () => {
  it('starts empty without data, and is emptied again when its data goes', () => {
    const { map, sources } = fakeMap();
    addOrTakeOverSource(map, 'reach', undefined);
    expect(sources.get('reach')?.data).toEqual(points(0));
    const zone = points(1);
    sendSourceData(map, 'reach', zone);
    sendSourceData(map, 'reach', undefined);
    expect(sources.get('reach')?.sent).toEqual([zone, points(0)]);
  });

  it('adds the data it has, and does not send it a second time', () => {
    const { map, sources } = fakeMap();
    const data = points(2);
    addOrTakeOverSource(map, 'sites', data, 'id');
    sendSourceData(map, 'sites', data);
    expect(sources.get('sites')).toEqual({ data, sent: [] });
  });
});
